package vn.phoihop.shared;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads what a Camunda Form (or a REST client completing a task) submitted, and the text fields of
 * {@code /api/v1} bodies. Tasklist sends text as text, numbers as numbers, checkboxes as booleans,
 * dates as text and lists as JSON; a value of another type than its field takes is refused, not
 * converted. Text is normalised to Unicode NFC (a name typed decomposed is stored like the same
 * name typed composed) and may not contain control characters: none at all in a one-line field
 * ({@link #requiredLine}), only tab and line breaks in a multi-line one ({@link #requiredText});
 * never NUL, DEL, C1 controls or the bidirectional embedding, override and isolate characters
 * (U+202A–U+202E, U+2066–U+2069) that make text read differently from what it is. Every refusal is
 * an {@link DomainException#invalid} that names the field and says, in Vietnamese, what to enter
 * instead. Features add their own readers (KPIs, agency codes) on top of these.
 */
public final class FormInput {

  /**
   * What a form's date field takes, as its form-js {@code pattern} (a first check in the browser;
   * {@link #requiredFormDate} decides): day/month/year, day and month of one or two digits.
   */
  public static final String FORM_DATE_PATTERN = "^\\s*\\d{1,2}/\\d{1,2}/\\d{4}\\s*$";

  /** Day/month/year in a form, read strictly: no 31/02, no 29/02 outside leap years. */
  private static final DateTimeFormatter FORM_DATE =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** Day/month/year and hour:minute (24 h, Vietnam time) in a form. */
  private static final DateTimeFormatter FORM_DATE_TIME =
      DateTimeFormatter.ofPattern("d/M/uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);

  /** Thousands grouped with dots (or commas, or spaces), as people write money: 1.850.000.000. */
  private static final Pattern GROUPED_DIGITS = Pattern.compile("\\d{1,3}([., ]\\d{3})+");

  private FormInput() {}

  /**
   * Trimmed text, or {@code null} when empty, of a value PhoiHop set itself (variables, codes it
   * compares against its registry). User input goes through {@link #text(String, Object)}.
   */
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

  /**
   * What the user submitted for a text field: NFC, trimmed, {@code null} when empty. Refused when
   * it is not text (a number, a boolean, a list) or contains a character no text may contain (tab
   * and line breaks are left to the caller: see {@link #requiredLine}).
   */
  public static String text(String field, Object value) {
    return clean(field, raw(field, value), true, null);
  }

  /** Multi-line text (tab and line breaks allowed), required. */
  public static String requiredText(String field, Object value, int maxLength, String what) {
    String text = clean(field, raw(field, value), true, what);
    if (text == null) {
      throw DomainException.invalid(field, Texts.text("input.required", what));
    }
    return checkLength(field, text, maxLength, what);
  }

  /** Multi-line text (tab and line breaks allowed), or {@code null}. */
  public static String optionalText(String field, Object value, int maxLength, String what) {
    String text = clean(field, raw(field, value), true, what);
    return text == null ? null : checkLength(field, text, maxLength, what);
  }

  /** One line of text (a title, a name, a number): no tab, no line break. Required. */
  public static String requiredLine(String field, Object value, int maxLength, String what) {
    String text = clean(field, raw(field, value), false, what);
    if (text == null) {
      throw DomainException.invalid(field, Texts.text("input.required", what));
    }
    return checkLength(field, text, maxLength, what);
  }

  /** One line of text (no tab, no line break), or {@code null}. */
  public static String optionalLine(String field, Object value, int maxLength, String what) {
    String text = clean(field, raw(field, value), false, what);
    return text == null ? null : checkLength(field, text, maxLength, what);
  }

  /**
   * The rules every accepted text follows: NFC, no control or bidirectional formatting character
   * (tab, LF and CR only when {@code multiLine}), no lone surrogate; trimmed, {@code null} when
   * empty. {@code what} (for example "tên văn bản") starts the message; {@code null}: "Nội dung".
   */
  public static String clean(String field, String value, boolean multiLine, String what) {
    if (value == null) {
      return null;
    }
    String text = Normalizer.normalize(value, Normalizer.Form.NFC);
    String subject = what == null ? Texts.text("input.content") : capitalize(what);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isSurrogate(text.charAt(i)) && Character.charCount(cp) == 1) {
        throw DomainException.invalid(
            field, Texts.text("input.brokenCharacter", subject, String.valueOf(i + 1)));
      }
      if (forbidden(cp)) {
        throw DomainException.invalid(
            field,
            bidi(cp)
                ? Texts.text(
                    "input.bidiCharacter",
                    subject,
                    String.format("U+%04X", cp),
                    String.valueOf(i + 1))
                : Texts.text(
                    "input.controlCharacter",
                    subject,
                    String.format("U+%04X", cp),
                    String.valueOf(i + 1)));
      }
      i += Character.charCount(cp);
    }
    text = text.strip();
    if (!multiLine) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\t' || c == '\n' || c == '\r') {
          throw DomainException.invalid(
              field, Texts.text("input.singleLine", subject, String.valueOf(i + 1)));
        }
      }
    }
    return text.isEmpty() ? null : text;
  }

  /** Characters no text PhoiHop accepts may contain (tab, LF and CR are judged by the caller). */
  public static boolean forbidden(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return false;
    }
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || bidi(cp);
  }

  private static boolean bidi(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
  }

  /** A ticked checkbox: a boolean, absent meaning not ticked. Anything else is refused. */
  public static boolean checked(String field, Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof SpinJsonNode node && node.isBoolean()) {
      return node.boolValue();
    }
    throw DomainException.invalid(field, Texts.text("input.checkbox", describe(value)));
  }

  /** One of an enum's values, written exactly as listed (upper case). */
  public static <E extends Enum<E>> E requiredChoice(
      String field, Object value, Class<E> type, String what) {
    return requiredChoice(field, value, type, what, null);
  }

  /**
   * One of an enum's values, written exactly as listed; a refusal lists every value with its
   * Vietnamese {@code label} (when given).
   */
  public static <E extends Enum<E>> E requiredChoice(
      String field, Object value, Class<E> type, String what, Function<E, String> label) {
    String text = clean(field, raw(field, value), false, what);
    if (text == null) {
      throw DomainException.invalid(field, Texts.text("input.requiredChoice", what));
    }
    for (E option : type.getEnumConstants()) {
      if (option.name().equals(text)) {
        return option;
      }
    }
    throw DomainException.invalid(
        field,
        Texts.text(
            "input.option",
            text,
            what,
            Arrays.stream(type.getEnumConstants())
                .map(o -> label == null ? o.name() : o.name() + " (" + label.apply(o) + ")")
                .collect(Collectors.joining(", "))));
  }

  /** A date as {@code yyyy-MM-dd}; a datetime value's date part is accepted too. */
  public static LocalDate requiredDate(String field, Object value, String what) {
    String text = clean(field, raw(field, value), false, what);
    if (text == null) {
      throw DomainException.invalid(field, Texts.text("input.required", what));
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(field, Texts.text("input.dateFormat", capitalize(what)));
    }
  }

  /**
   * A date a form's text field submitted, as people in Vietnam write it: {@code 15/01/2027}
   * (day/month/year; {@code 5/1/2027} too). What is typed is what is stored, whatever the browser's
   * language: {@code 15/01/2027} is 15 January 2027. Refused, naming the field in Vietnamese: an
   * empty value, another shape (also {@code 2027-01-15}: forms never send ISO dates), a day that
   * does not exist ({@code 31/02/2027}). The REST API keeps ISO dates ({@link #requiredDate}).
   */
  public static LocalDate requiredFormDate(String field, Object value, String what) {
    String text = clean(field, raw(field, value), false, what);
    if (text == null) {
      throw DomainException.invalid(field, Texts.text("input.required", what));
    }
    if (!text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
      throw DomainException.invalid(
          field, Texts.text("input.formDateFormat", capitalize(what), text));
    }
    try {
      return LocalDate.parse(text, FORM_DATE);
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(
          field, Texts.text("input.formDateNoSuchDay", capitalize(what), text));
    }
  }

  /** {@link #requiredFormDate}, then the bounds of {@link #within}. */
  public static LocalDate requiredFormDate(
      String field, Object value, String what, LocalDate earliest, LocalDate latest) {
    return within(field, requiredFormDate(field, value, what), earliest, latest, what);
  }

  /**
   * A day and time a form's text field submitted: {@code 15/01/2027 08:30} (24 h, Vietnam time), or
   * a day alone, meaning {@code defaultTime} (e.g. 08:00) that day.
   */
  public static Instant requiredFormDateTime(
      String field, Object value, String what, LocalTime defaultTime) {
    String text = clean(field, raw(field, value), false, what);
    if (text == null) {
      throw DomainException.invalid(field, Texts.text("input.required", what));
    }
    String normalised = text.replaceAll("\\s+", " ");
    try {
      if (normalised.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
        return LocalDate.parse(normalised, FORM_DATE)
            .atTime(defaultTime)
            .atZone(Clocks.ZONE)
            .toInstant();
      }
      if (normalised.matches("\\d{1,2}/\\d{1,2}/\\d{4} \\d{1,2}:\\d{2}")) {
        return LocalDateTime.parse(normalised, FORM_DATE_TIME).atZone(Clocks.ZONE).toInstant();
      }
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(
          field, Texts.text("input.formDateNoSuchDay", capitalize(what), text));
    }
    throw DomainException.invalid(
        field, Texts.text("input.formDateTimeFormat", capitalize(what), text));
  }

  /**
   * An amount of money in đồng as a form submits it: a whole number not below zero, or text typed
   * with thousands separators ({@code 1.850.000.000}, {@code 1,850,000,000}, {@code 1 850 000 000})
   * or plain digits. {@code 1.5} is not read as 15. {@code null} when empty.
   */
  public static Long optionalAmount(String field, Object value, String what) {
    return optionalWhole(field, value, what, true);
  }

  /**
   * A count (inspections, cases) as a form submits it: a whole number not below zero, plain or with
   * thousands separators, as {@link #optionalAmount}. {@code null} when empty.
   */
  public static Long optionalCount(String field, Object value, String what) {
    return optionalWhole(field, value, what, false);
  }

  /** {@link #optionalCount}, required. */
  public static long requiredCount(String field, Object value, String what) {
    Long count = optionalCount(field, value, what);
    if (count == null) {
      throw DomainException.invalid(field, Texts.text("input.required", what));
    }
    return count;
  }

  private static Long optionalWhole(String field, Object value, String what, boolean money) {
    if (value == null) {
      return null;
    }
    BigDecimal number;
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      number = BigDecimal.valueOf(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      number = Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    } else if (value instanceof BigDecimal decimal) {
      number = decimal;
    } else {
      String text = clean(field, raw(field, value), false, what);
      if (text == null) {
        return null;
      }
      String digits = GROUPED_DIGITS.matcher(text).matches() ? text.replaceAll("[., ]", "") : text;
      number = digits.matches("\\d{1,18}") ? new BigDecimal(digits) : null;
      if (number == null) {
        throw DomainException.invalid(field, notWhole(money, capitalize(what), text));
      }
    }
    if (number == null
        || number.signum() < 0
        || number.stripTrailingZeros().scale() > 0
        || number.compareTo(BigDecimal.valueOf(1_000_000_000_000_000L)) > 0) {
      throw DomainException.invalid(
          field,
          notWhole(
              money,
              capitalize(what),
              number == null ? String.valueOf(value) : number.toPlainString()));
    }
    return number.longValueExact();
  }

  private static String notWhole(boolean money, String what, String given) {
    return money ? Texts.text("input.amount", what, given) : Texts.text("input.count", what, given);
  }

  /** {@link #optionalAmount}, required. */
  public static long requiredAmount(String field, Object value, String what) {
    Long amount = optionalAmount(field, value, what);
    if (amount == null) {
      throw DomainException.invalid(field, Texts.text("input.required", what));
    }
    return amount;
  }

  /** Refuses a date outside {@code [earliest, latest]} (either bound may be {@code null}). */
  public static LocalDate within(
      String field, LocalDate date, LocalDate earliest, LocalDate latest, String what) {
    if ((earliest != null && date.isBefore(earliest)) || (latest != null && date.isAfter(latest))) {
      String range =
          earliest == null
              ? Texts.text("input.dateNotAfter", VietnameseFormats.date(latest))
              : latest == null
                  ? Texts.text("input.dateNotBefore", VietnameseFormats.date(earliest))
                  : Texts.text(
                      "input.dateBetween",
                      VietnameseFormats.date(earliest),
                      VietnameseFormats.date(latest));
      throw DomainException.invalid(
          field,
          Texts.text(
              "input.dateOutOfRange", capitalize(what), VietnameseFormats.date(date), range));
    }
    return date;
  }

  /** "ngày ký" → "Ngày ký": messages start with the field's description. */
  public static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The submitted text as is, or a refusal when the value is not text. */
  private static String raw(String field, Object value) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof SpinJsonNode node && node.isString()) {
      return node.stringValue();
    }
    throw DomainException.invalid(field, Texts.text("input.notText", describe(value)));
  }

  private static String describe(Object value) {
    if (value instanceof Boolean) {
      return Texts.text("input.kind.boolean");
    }
    if (value instanceof Number) {
      return Texts.text("input.kind.number");
    }
    if (value instanceof SpinJsonNode node) {
      return node.isArray()
          ? Texts.text("input.kind.list")
          : node.isObject()
              ? Texts.text("input.kind.object")
              : node.isNumber() ? Texts.text("input.kind.number") : Texts.text("input.kind.other");
    }
    if (value instanceof java.util.Collection<?>) {
      return Texts.text("input.kind.list");
    }
    return Texts.text("input.kind.type", value.getClass().getSimpleName());
  }

  private static String checkLength(String field, String text, int maxLength, String what) {
    if (text.length() > maxLength) {
      throw DomainException.invalid(
          field,
          Texts.text(
              "input.tooLong",
              capitalize(what),
              String.valueOf(maxLength),
              String.valueOf(text.length())));
    }
    return text;
  }
}
