package vn.phoihop.identity;

import java.util.List;

/**
 * An authenticated caller: their Camunda user id, all their group ids and their agency (if any).
 */
public record PhoiHopUser(String userId, List<String> groupIds, String agencyCode) {

  public PhoiHopUser {
    groupIds = List.copyOf(groupIds);
  }

  public boolean hasRole(Role role) {
    return groupIds.contains(role.groupId())
        || (role == Role.ADMIN && groupIds.contains(Groups.CAMUNDA_ADMIN));
  }
}
