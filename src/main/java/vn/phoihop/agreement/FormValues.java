package vn.phoihop.agreement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.camunda.spin.json.SpinJsonNode;
import vn.phoihop.web.ApiException;

/**
 * Reads what a form or a REST body submitted. Camunda Forms send scalars untyped, dates as text and
 * lists as JSON; REST clients send lists. Each refusal names its field, in Vietnamese.
 */
final class FormValues {

  static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private FormValues() {}

  /** Trimmed text, or {@code null} when empty. */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value instanceof SpinJsonNode node && node.isString() ? node.stringValue() : value.toString();
    text = text.strip();
    return text.isEmpty() ? null : text;
  }

  static String requiredText(String field, Object value, int maxLength, String what) {
    String text = text(value);
    if (text == null) {
      throw ApiException.invalid(field, "Vui lòng nhập " + what + ".");
    }
    return checkLength(field, text, maxLength, what);
  }

  static String optionalText(String field, Object value, int maxLength, String what) {
    String text = text(value);
    return text == null ? null : checkLength(field, text, maxLength, what);
  }

  private static String checkLength(String field, String text, int maxLength, String what) {
    if (text.length() > maxLength) {
      throw ApiException.invalid(
          field, capitalize(what) + " dài quá " + maxLength + " ký tự (hiện có " + text.length() + ").");
    }
    return text;
  }

  /** A date as {@code yyyy-MM-dd} (a datetime value's date part is accepted too). */
  static LocalDate requiredDate(String field, Object value, String what) {
    String text = text(value);
    if (text == null) {
      throw ApiException.invalid(field, "Vui lòng nhập " + what + ".");
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(field, capitalize(what) + " không đúng định dạng ngày (năm-tháng-ngày, ví dụ 2026-03-01).");
    }
  }

  static <E extends Enum<E>> E requiredChoice(String field, Object value, Class<E> type, String what) {
    String text = text(value);
    if (text == null) {
      throw ApiException.invalid(field, "Vui lòng chọn " + what + ".");
    }
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(field, "Giá trị '" + text + "' không hợp lệ cho " + what + ".");
    }
  }

  /** One of the given routing values, e.g. {@code CONSULT} / {@code RETURN}. */
  static String requiredDecision(String field, Object value, String what, String... allowed) {
    String text = text(value);
    for (String option : allowed) {
      if (option.equalsIgnoreCase(text)) {
        return option;
      }
    }
    throw ApiException.invalid(field, "Vui lòng chọn " + what + ".");
  }

  /** Agency codes (upper case) from a list, a JSON array or a text separated by commas, semicolons or spaces. */
  static List<String> agencyCodes(Object value) {
    return codes(value).stream().map(code -> code.toUpperCase(Locale.ROOT)).toList();
  }

  /** Codes from a list, a JSON array or a text separated by commas, semicolons or spaces. */
  static List<String> codes(Object value) {
    List<String> codes = new ArrayList<>();
    if (value == null) {
      return codes;
    }
    if (value instanceof SpinJsonNode node) {
      if (node.isArray()) {
        node.elements().forEach(e -> addCode(codes, e.isString() ? e.stringValue() : e.toString()));
      } else {
        addCodes(codes, node.isString() ? node.stringValue() : node.toString());
      }
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(e -> addCode(codes, e == null ? null : e.toString()));
    } else {
      addCodes(codes, value.toString());
    }
    return codes;
  }

  private static void addCodes(List<String> codes, String text) {
    for (String part : text.split("[,;\\s]+")) {
      addCode(codes, part);
    }
  }

  private static void addCode(List<String> codes, String code) {
    String text = text(code);
    if (text != null) {
      codes.add(text);
    }
  }

  static String format(LocalDate date) {
    return date == null ? "" : VN_DATE.format(date);
  }

  private static String capitalize(String what) {
    return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
  }
}
