package vn.phoihop.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import vn.phoihop.deadline.WorkingDayCalendar;

/** Vietnamese formatting of dates and amounts for forms, notifications and the audit trail. */
final class Texts {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  private Texts() {}

  static String date(LocalDate day) {
    return day == null ? "" : DATE.format(day);
  }

  static String dateTime(Instant at) {
    return at == null ? "" : DATE_TIME.format(at.atZone(WorkingDayCalendar.ZONE));
  }

  static String dateTime(Date at) {
    return at == null ? "" : dateTime(at.toInstant());
  }

  /** 1.250.000.000 đồng */
  static String vnd(long amount) {
    return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.') + " đồng";
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return (bytes + 512) / 1024 + " KB";
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0))
        .replace('.', ',');
  }
}
