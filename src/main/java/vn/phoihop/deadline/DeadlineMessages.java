package vn.phoihop.deadline;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.phoihop.shared.Templates;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * Reminder and escalation messages: subjects from {@code i18n/deadline.properties}, bodies from
 * {@code templates/deadline/}.
 */
final class DeadlineMessages {

  private DeadlineMessages() {}

  static String reminderSubject(DelegateTask task) {
    String key = businessKey(task);
    return key == null
        ? Texts.text("deadline.reminder.subject", name(task))
        : Texts.text("deadline.reminder.subjectOfCase", name(task), key);
  }

  static String reminderBody(DelegateTask task) {
    Map<String, Object> values = values(task);
    values.put("due", task.getDueDate() == null ? null : formatDate(task.getDueDate()));
    return Templates.render("deadline/reminder", values).stripTrailing();
  }

  static String escalationSubject(DelegateTask task) {
    String key = businessKey(task);
    return key == null
        ? Texts.text("deadline.escalation.subject", name(task))
        : Texts.text("deadline.escalation.subjectOfCase", name(task), key);
  }

  static String escalationBody(DelegateTask task, String responsible) {
    Map<String, Object> values = values(task);
    values.put("due", formatDate(task.getDueDate()));
    values.put("responsible", responsible);
    return Templates.render("deadline/escalation", values).stripTrailing();
  }

  private static Map<String, Object> values(DelegateTask task) {
    Map<String, Object> values = new HashMap<>();
    values.put("task", name(task));
    values.put("businessKey", businessKey(task));
    return values;
  }

  private static String name(DelegateTask task) {
    return String.valueOf(task.getName());
  }

  private static String businessKey(DelegateTask task) {
    return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
  }

  private static String formatDate(Date date) {
    return date == null ? Texts.text("deadline.noDate") : VietnameseFormats.date(date);
  }
}
