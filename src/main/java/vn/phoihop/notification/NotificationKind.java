package vn.phoihop.notification;

import vn.phoihop.shared.Texts;

/** Why a notification was sent. */
public enum NotificationKind {
  INFO(Texts.text("notification.kind.info")),
  REMINDER(Texts.text("notification.kind.reminder")),
  ESCALATION(Texts.text("notification.kind.escalation"));

  private final String label;

  NotificationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
