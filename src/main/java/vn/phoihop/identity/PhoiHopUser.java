package vn.phoihop.identity;

import java.security.Principal;
import java.util.List;

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

  public boolean hasRole(Role role) {
    return groupIds.contains(role.groupId())
        || (role == Role.ADMIN && groupIds.contains(Groups.CAMUNDA_ADMIN));
  }
}
