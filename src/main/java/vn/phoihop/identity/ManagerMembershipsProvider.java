package vn.phoihop.identity;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Camunda's own database identity provider, which also keeps the derived memberships of the manager
 * groups while an administrator works (Admin webapp, {@code /engine-rest}, Java API): who joins
 * {@code QLTT-TNI.manager} joins {@code PROVINCE-TNI.manager} (or {@code national.manager} for a
 * central body); who leaves it leaves that group unless another of their {@code *.manager} groups
 * keeps them in. The derived change needs no permission of its own: the administrator's change was
 * checked. {@link ManagerMemberships} does the same for everything at every start.
 */
class ManagerMembershipsProvider extends DbIdentityServiceProvider {

  private final Supplier<ManagerScopes> scopes;

  ManagerMembershipsProvider(Supplier<ManagerScopes> scopes) {
    this.scopes = scopes;
  }

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    IdentityOperationResult result = super.createMembership(userId, groupId);
    scopeOf(groupId)
        .ifPresent(
            scope ->
                withoutAuthorization(
                    () -> {
                      if (findGroupById(scope) != null && !existsMembership(userId, scope)) {
                        super.createMembership(userId, scope);
                      }
                      return null;
                    }));
    return result;
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    IdentityOperationResult result = super.deleteMembership(userId, groupId);
    if (IdentityOperationResult.OPERATION_DELETE.equals(result.getOperation())) {
      scopeOf(groupId).ifPresent(scope -> leave(userId, scope, groupId));
    }
    return result;
  }

  @Override
  public IdentityOperationResult deleteGroup(String groupId) {
    Optional<String> scope = scopeOf(groupId);
    List<String> members =
        scope.isEmpty()
            ? List.of()
            : withoutAuthorization(
                () ->
                    createUserQuery(Context.getCommandContext())
                        .memberOfGroup(groupId)
                        .list()
                        .stream()
                        .map(User::getId)
                        .toList());
    IdentityOperationResult result = super.deleteGroup(groupId);
    if (IdentityOperationResult.OPERATION_DELETE.equals(result.getOperation())) {
      members.forEach(userId -> leave(userId, scope.get(), groupId));
    }
    return result;
  }

  /** The user left {@code leftGroup}: they leave {@code scope} unless another group keeps them. */
  private void leave(String userId, String scope, String leftGroup) {
    withoutAuthorization(
        () -> {
          boolean kept =
              createGroupQuery(Context.getCommandContext()).groupMember(userId).list().stream()
                  .map(Group::getId)
                  .filter(id -> !id.equals(leftGroup))
                  .anyMatch(id -> scopeOf(id).filter(scope::equals).isPresent());
          if (!kept && existsMembership(userId, scope)) {
            super.deleteMembership(userId, scope);
          }
          return null;
        });
  }

  private Optional<String> scopeOf(String groupId) {
    return scopes.get().scopeOfUnitRole(groupId);
  }

  private static <T> T withoutAuthorization(Callable<T> call) {
    return Context.getCommandContext().runWithoutAuthorization(call);
  }

  /** Opens this provider instead of Camunda's, for reading and for writing. */
  static final class Factory implements SessionFactory {

    private final Supplier<ManagerScopes> scopes;

    Factory(Supplier<ManagerScopes> scopes) {
      this.scopes = scopes;
    }

    @Override
    public Class<?> getSessionType() {
      return ManagerMembershipsProvider.class;
    }

    @Override
    public Session openSession() {
      return new ManagerMembershipsProvider(scopes);
    }
  }
}
