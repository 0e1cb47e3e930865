package vn.phoihop.deadline;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.VietnameseFormats;

/** Vietnamese texts of reminder and escalation messages. */
final class DeadlineMessages {

  private DeadlineMessages() {}

  static String reminderSubject(DelegateTask task) {
    return "[PhoiHop] Nhắc việc: " + task.getName() + suffix(task);
  }

  static String reminderBody(DelegateTask task) {
    return "Kính gửi đồng chí,\n\nCông việc \""
        + task.getName()
        + "\""
        + dossier(task)
        + " cần hoàn thành "
        + due(task.getDueDate())
        + ".\nĐề nghị đồng chí xử lý đúng hạn.";
  }

  static String escalationSubject(DelegateTask task) {
    return "[PhoiHop] Quá hạn: " + task.getName() + suffix(task);
  }

  static String escalationBody(DelegateTask task, String responsible) {
    return "Kính gửi đồng chí lãnh đạo,\n\nCông việc \""
        + task.getName()
        + "\""
        + dossier(task)
        + " đã quá hạn (hạn "
        + formatDate(task.getDueDate())
        + ") mà chưa được xử lý.\nĐơn vị/người được giao: "
        + responsible
        + ".\nĐề nghị đồng chí chỉ đạo xử lý.";
  }

  private static String suffix(DelegateTask task) {
    String key = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    return key == null ? "" : " (" + key + ")";
  }

  private static String dossier(DelegateTask task) {
    String key = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    return key == null ? "" : " của hồ sơ " + key;
  }

  private static String due(Date dueDate) {
    return dueDate == null ? "sớm" : "trước hết ngày " + formatDate(dueDate);
  }

  static String formatDate(Date date) {
    return date == null ? "—" : VietnameseFormats.DATE.format(date.toInstant().atZone(Clocks.ZONE));
  }
}
