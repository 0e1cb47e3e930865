package vn.phoihop.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads what a Camunda Form (or a REST client completing a task) submitted. Tasklist sends scalars
 * untyped, dates as text and lists as JSON. Every refusal is an {@link ApiException#invalid} that
 * names the field and says, in Vietnamese, what to enter instead. Features add their own readers
 * (KPIs, agency codes) on top of these.
 */
public final class FormInput {

  private FormInput() {}

  /** Trimmed text, or {@code null} when empty. */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text =
        value instanceof SpinJsonNode node && node.isString()
            ? node.stringValue()
            : value.toString();
    text = text.strip();
    return text.isEmpty() ? null : text;
  }

  public static String requiredText(String field, Object value, int maxLength, String what) {
    String text = text(value);
    if (text == null) {
      throw ApiException.invalid(field, "Vui lòng nhập " + what + ".");
    }
    return checkLength(field, text, maxLength, what);
  }

  public static String optionalText(String field, Object value, int maxLength, String what) {
    String text = text(value);
    return text == null ? null : checkLength(field, text, maxLength, what);
  }

  /** A ticked checkbox ({@code true} as a boolean or as text). */
  public static boolean checked(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return "true".equalsIgnoreCase(text(value));
  }

  public static <E extends Enum<E>> E requiredChoice(
      String field, Object value, Class<E> type, String what) {
    String text = text(value);
    if (text == null) {
      throw ApiException.invalid(field, "Vui lòng chọn " + what + ".");
    }
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(
          field, "Giá trị '" + text + "' không hợp lệ cho " + what + ". Vui lòng chọn lại.");
    }
  }

  /** A date as {@code yyyy-MM-dd}; a datetime value's date part is accepted too. */
  public static LocalDate requiredDate(String field, Object value, String what) {
    String text = text(value);
    if (text == null) {
      throw ApiException.invalid(field, "Vui lòng nhập " + what + ".");
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(
          field,
          capitalize(what) + " không đúng định dạng ngày (năm-tháng-ngày, ví dụ 2026-03-01).");
    }
  }

  /** "ngày ký" → "Ngày ký": messages start with the field's description. */
  public static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String checkLength(String field, String text, int maxLength, String what) {
    if (text.length() > maxLength) {
      throw ApiException.invalid(
          field,
          capitalize(what)
              + " dài quá "
              + maxLength
              + " ký tự (hiện có "
              + text.length()
              + "). Vui lòng rút gọn.");
    }
    return text;
  }
}
