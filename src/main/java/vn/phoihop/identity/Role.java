package vn.phoihop.identity;

import vn.phoihop.shared.Texts;

/**
 * The roles a PhoiHop user can hold. Each is a Camunda group, and, per agency, a unit-role group.
 */
public enum Role {
  STAFF("staff", Texts.text("identity.role.staff")),
  LEADER("leader", Texts.text("identity.role.leader")),
  LIAISON("liaison", Texts.text("identity.role.liaison")),
  MANAGER("manager", Texts.text("identity.role.manager")),
  ADMIN("admin", Texts.text("identity.role.admin"));

  private final String groupId;
  private final String label;

  Role(String groupId, String label) {
    this.groupId = groupId;
    this.label = label;
  }

  /** The id of the role's global Camunda group, e.g. {@code leader}. */
  public String groupId() {
    return groupId;
  }

  /** Vietnamese name shown to users. */
  public String label() {
    return label;
  }

  public static Role fromGroupId(String groupId) {
    for (Role role : values()) {
      if (role.groupId.equals(groupId)) {
        return role;
      }
    }
    throw new IllegalArgumentException("Unknown role: " + groupId);
  }
}
