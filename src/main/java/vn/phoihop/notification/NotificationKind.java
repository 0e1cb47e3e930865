package vn.phoihop.notification;

/** Why a notification was sent. */
public enum NotificationKind {
  INFO("Thông báo"),
  REMINDER("Nhắc việc"),
  ESCALATION("Cảnh báo quá hạn");

  private final String label;

  NotificationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
