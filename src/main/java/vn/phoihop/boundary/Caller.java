package vn.phoihop.boundary;

import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.Role;

/** Who is calling the engine through one of its APIs, as the engine knows them. */
record Caller(String userId, List<String> groupIds) {

  Caller {
    groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
  }

  static Caller of(Authentication authentication) {
    return new Caller(authentication.getUserId(), authentication.getGroupIds());
  }

  boolean isAdmin() {
    return groupIds.contains(Role.ADMIN.groupId()) || groupIds.contains(Groups.CAMUNDA_ADMIN);
  }

  boolean is(String otherUserId) {
    return userId != null && userId.equals(otherUserId);
  }
}
