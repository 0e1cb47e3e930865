package vn.phoihop.identity;

import java.security.Principal;
import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * An authenticated caller: their Camunda user id, all their group ids and their agency (if any). As
 * a {@link Principal} its name is the user id, so code outside {@code identity} (e.g. the web
 * layer's Idempotency-Key store) can read who is calling from Spring Security's {@code
 * Authentication#getName()} without knowing this type.
 */
public record PhoiHopUser(String userId, List<String> groupIds, String agencyCode)
    implements Principal {

  public PhoiHopUser {
    groupIds = List.copyOf(groupIds);
  }

  @Override
  public String getName() {
    return userId;
  }

  /**
   * The user of the engine's current authentication (a Tasklist start form's submitter, in a
   * delegate), with their agency taken from their unit-role groups; {@code null} when nobody is
   * signed in (the job executor, PhoiHop itself).
   */
  public static PhoiHopUser ofEngine(Authentication authentication) {
    if (authentication == null || authentication.getUserId() == null) {
      return null;
    }
    List<String> groupIds =
        authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
    String agency =
        groupIds.stream()
            .map(Groups::agencyOf)
            .filter(code -> code != null && !code.isBlank())
            .findFirst()
            .orElse(null);
    return new PhoiHopUser(authentication.getUserId(), groupIds, agency);
  }

  public boolean hasRole(Role role) {
    return groupIds.contains(role.groupId())
        || (role == Role.ADMIN && groupIds.contains(Groups.CAMUNDA_ADMIN));
  }
}
