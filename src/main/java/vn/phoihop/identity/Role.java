package vn.phoihop.identity;

/**
 * The roles a PhoiHop user can hold. Each is a Camunda group, and, per agency, a unit-role group.
 */
public enum Role {
  STAFF("staff", "Chuyên viên"),
  LEADER("leader", "Lãnh đạo"),
  LIAISON("liaison", "Đầu mối phối hợp"),
  MANAGER("manager", "Quản lý, giám sát"),
  ADMIN("admin", "Quản trị hệ thống");

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
