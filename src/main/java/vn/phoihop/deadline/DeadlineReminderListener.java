package vn.phoihop.deadline;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.notification.NotificationKind;
import vn.phoihop.notification.Notifications;

/** {@code timeout} task listener: reminds whoever is responsible for the task before it is due. */
@Component("deadlineReminderListener")
class DeadlineReminderListener implements TaskListener {

  private final Notifications notifications;

  DeadlineReminderListener(Notifications notifications) {
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskRecipients recipients = TaskRecipients.of(task);
    String subject = DeadlineMessages.reminderSubject(task);
    String body = DeadlineMessages.reminderBody(task);
    String businessKey = task.getExecution().getProcessBusinessKey();
    notifications.toUsers(
        recipients.userIds(), NotificationKind.REMINDER, subject, body, businessKey, task.getId());
    notifications.toGroups(
        recipients.groupIds(), NotificationKind.REMINDER, subject, body, businessKey, task.getId());
  }
}
