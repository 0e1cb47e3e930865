package vn.phoihop.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * How PhoiHop writes dates, times, amounts and sizes for Vietnamese readers (forms, e-mails,
 * timelines, documents): {@code 15/01/2027}, {@code 08:30 ngày 15/01/2027}, {@code 1.250.000.000
 * đồng}. Times are shown in Vietnam's zone.
 */
public final class VietnameseFormats {

  /** {@code dd/MM/yyyy}. */
  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** {@code HH:mm 'ngày' dd/MM/yyyy}. */
  public static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  private VietnameseFormats() {}

  /** {@code 15/01/2027}, or an empty string for no date. */
  public static String date(LocalDate day) {
    return day == null ? "" : DATE.format(day);
  }

  /** The day in Vietnam of an instant, {@code 15/01/2027}; empty for none. */
  public static String date(Instant at) {
    return at == null ? "" : DATE.format(at.atZone(Clocks.ZONE));
  }

  /** The day in Vietnam of a date, {@code 15/01/2027}; empty for none. */
  public static String date(Date at) {
    return at == null ? "" : date(at.toInstant());
  }

  /** {@code 08:30 ngày 15/01/2027} in Vietnam's zone; empty for none. */
  public static String dateTime(Instant at) {
    return at == null ? "" : DATE_TIME.format(at.atZone(Clocks.ZONE));
  }

  /** {@code 08:30 ngày 15/01/2027} in Vietnam's zone; empty for none. */
  public static String dateTime(Date at) {
    return at == null ? "" : dateTime(at.toInstant());
  }

  /** {@code 1.250.000.000 đồng}. */
  public static String vnd(long amount) {
    return grouped(amount) + " đồng";
  }

  /** {@code 1.250.000.000}: digits grouped by thousands with dots, as a form field shows them. */
  public static String grouped(long amount) {
    return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
  }

  /** A file size: {@code 512 B}, {@code 13 KB}, {@code 3,2 MB}. */
  public static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return (bytes + 512) / 1024 + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace('.', ',');
  }
}
