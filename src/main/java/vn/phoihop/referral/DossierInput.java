package vn.phoihop.referral;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.referral.ReferralEnums.FoundDuring;
import vn.phoihop.referral.ReferralEnums.OffenderKind;
import vn.phoihop.referral.ReferralProcess.FormFields;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;

/**
 * A dossier as submitted — by the REST API (JSON) or by a Camunda Form (typed variables) — before
 * validation. Field names are the form's keys, so a 400 names the field the user has to correct. A
 * value of another type than its field takes (a number for a text, text for a checkbox) is refused;
 * text follows {@link FormInput#clean} (NFC, no control or bidirectional formatting characters; one
 * line for names, places and numbers).
 */
record DossierInput(
    String caseSummary,
    String foundOn,
    String foundPlace,
    String provinceCode,
    Boolean borderArea,
    Boolean customsControl,
    String offenderKind,
    String offenderName,
    String offenderIdNumber,
    String offenderAddress,
    String violationCategory,
    String goodsDescription,
    Number estimatedValueVnd,
    String crimeSigns,
    String foundDuring) {

  static final int MAX_TEXT = 4000;
  static final int MAX_LINE = 500;

  /** From form variables (text, numbers, booleans as Tasklist submits them). */
  static DossierInput fromVariables(Map<String, Object> v) {
    return new DossierInput(
        text(v, FormFields.CASE_SUMMARY),
        formDate(v, FormFields.FOUND_ON, Texts.text("referral.dossier.foundOn")),
        text(v, FormFields.FOUND_PLACE),
        text(v, FormFields.PROVINCE),
        bool(v.get(ReferralProcess.Vars.BORDER_AREA), ReferralProcess.Vars.BORDER_AREA),
        bool(v.get(ReferralProcess.Vars.CUSTOMS_CONTROL), ReferralProcess.Vars.CUSTOMS_CONTROL),
        text(v, FormFields.OFFENDER_KIND),
        text(v, FormFields.OFFENDER_NAME),
        text(v, FormFields.OFFENDER_ID_NUMBER),
        text(v, FormFields.OFFENDER_ADDRESS),
        text(v, ReferralProcess.Vars.VIOLATION_CATEGORY),
        text(v, FormFields.GOODS_DESCRIPTION),
        FormInput.optionalAmount(
            FormFields.ESTIMATED_VALUE,
            v.get(FormFields.ESTIMATED_VALUE),
            Texts.text("referral.dossier.estimatedValue")),
        text(v, FormFields.CRIME_SIGNS),
        text(v, FormFields.FOUND_DURING));
  }

  /** The checked dossier, found from the default earliest date to {@code today}. */
  Dossier validate(AgencyRegistry registry, LocalDate today) {
    return validate(registry, today, vn.phoihop.shared.InputProperties.DEFAULT_EARLIEST_DATE);
  }

  /**
   * The checked dossier. The case was found on a day from {@code earliest} (a mistyped year is
   * refused) to {@code today}.
   */
  Dossier validate(AgencyRegistry registry, LocalDate today, LocalDate earliest) {
    LocalDate found = date(foundOn, FormFields.FOUND_ON);
    if (found.isAfter(today)) {
      throw DomainException.invalid(
          FormFields.FOUND_ON, Texts.text("referral.dossier.foundOnFuture"));
    }
    FormInput.within(
        FormFields.FOUND_ON, found, earliest, today, Texts.text("referral.dossier.foundOn"));
    if (estimatedValueVnd == null) {
      throw DomainException.invalid(
          FormFields.ESTIMATED_VALUE, Texts.text("referral.dossier.valueMissing"));
    }
    double value = estimatedValueVnd.doubleValue();
    if (value < 0 || value != Math.rint(value) || value > 1e15) {
      throw DomainException.invalid(
          FormFields.ESTIMATED_VALUE, Texts.text("referral.dossier.valueNotWhole"));
    }
    return new Dossier(
        required(
            caseSummary,
            FormFields.CASE_SUMMARY,
            Texts.text("referral.dossier.caseSummary"),
            MAX_TEXT),
        found,
        requiredLine(
            foundPlace,
            FormFields.FOUND_PLACE,
            Texts.text("referral.dossier.foundPlace"),
            MAX_LINE),
        registry.requireProvince(provinceCode, FormFields.PROVINCE),
        Boolean.TRUE.equals(borderArea),
        Boolean.TRUE.equals(customsControl),
        choice(
            OffenderKind.class,
            offenderKind,
            FormFields.OFFENDER_KIND,
            Texts.text("referral.dossier.offenderKind"),
            OffenderKind::label),
        requiredLine(
            offenderName,
            FormFields.OFFENDER_NAME,
            Texts.text("referral.dossier.offenderName"),
            MAX_LINE),
        optionalLine(offenderIdNumber, FormFields.OFFENDER_ID_NUMBER, 50),
        optionalLine(offenderAddress, FormFields.OFFENDER_ADDRESS, MAX_LINE),
        registry.requireViolationCategory(
            violationCategory, ReferralProcess.Vars.VIOLATION_CATEGORY),
        required(
            goodsDescription,
            FormFields.GOODS_DESCRIPTION,
            Texts.text("referral.dossier.goodsDescription"),
            MAX_TEXT),
        (long) value,
        required(
            crimeSigns,
            FormFields.CRIME_SIGNS,
            Texts.text("referral.dossier.crimeSigns"),
            MAX_TEXT),
        choice(
            FoundDuring.class,
            foundDuring,
            FormFields.FOUND_DURING,
            Texts.text("referral.dossier.foundDuring"),
            FoundDuring::label));
  }

  /** Multi-line text (tab and line breaks allowed), required. */
  static String required(String value, String field, String message, int max) {
    return required(value, field, message, max, true);
  }

  /** Multi-line text (tab and line breaks allowed), or {@code null}. */
  static String optional(String value, String field, int max) {
    return optional(value, field, max, true);
  }

  /** One line (a name, a place, a number): no tab, no line break. Required. */
  static String requiredLine(String value, String field, String message, int max) {
    return required(value, field, message, max, false);
  }

  /** One line (no tab, no line break), or {@code null}. */
  static String optionalLine(String value, String field, int max) {
    return optional(value, field, max, false);
  }

  private static String required(
      String value, String field, String message, int max, boolean multiLine) {
    String text = optional(value, field, max, multiLine);
    if (text == null) {
      throw DomainException.invalid(field, message);
    }
    return text;
  }

  private static String optional(String value, String field, int max, boolean multiLine) {
    String text = FormInput.clean(field, value, multiLine, null);
    if (text != null && text.length() > max) {
      throw DomainException.invalid(field, Texts.text("referral.input.tooLong", max));
    }
    return text;
  }

  /**
   * One of an enum's values, written exactly as listed; a wrong value is refused listing every
   * value with its Vietnamese label.
   */
  static <E extends Enum<E>> E choice(
      Class<E> type, String value, String field, String message, Function<E, String> label) {
    String text = FormInput.clean(field, value, false, null);
    if (text == null) {
      throw DomainException.invalid(field, message);
    }
    for (E option : type.getEnumConstants()) {
      if (option.name().equals(text)) {
        return option;
      }
    }
    throw DomainException.invalid(
        field,
        Texts.text(
            "referral.input.choice",
            text,
            message,
            Arrays.stream(type.getEnumConstants())
                .map(o -> o.name() + " (" + label.apply(o) + ")")
                .collect(Collectors.joining(", "))));
  }

  /**
   * A form's date ({@code dd/mm/yyyy}, {@link FormInput#requiredFormDate}) as the ISO text the REST
   * body carries, so that both are validated alike afterwards.
   */
  static String formDate(Map<String, Object> variables, String field, String what) {
    return FormInput.requiredFormDate(field, variables.get(field), what).toString();
  }

  /** A date from a form's datetime field ("2026-02-10", or with a time part) or the API. */
  static LocalDate date(String value, String field) {
    String day = FormInput.clean(field, value, false, null);
    if (day == null) {
      throw DomainException.invalid(field, Texts.text("referral.input.dateMissing"));
    }
    if (day.length() > 10 && day.charAt(10) == 'T') {
      day = day.substring(0, 10);
    }
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(field, Texts.text("referral.input.dateInvalid", day));
    }
  }

  /** A text variable as submitted; a number, boolean or list is refused naming the field. */
  static String text(Map<String, Object> variables, String field) {
    return text(variables.get(field), field);
  }

  /** A text variable as submitted; a number, boolean or list is refused naming the field. */
  static String text(Object value, String field) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    // FormInput's reading: Spin text is text, anything else is refused naming the field.
    return FormInput.text(field, value);
  }

  /** A checkbox: a boolean (absent: null). Text such as "true" or "yes" is refused. */
  static Boolean bool(Object value, String field) {
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    throw DomainException.invalid(field, Texts.text("referral.input.checkbox"));
  }

  /**
   * The estimated value: a number, or digits typed in a text field with thousands separators
   * ("980.000.000"), as the evaluation report's money fields accept.
   */
  static Number number(Object value) {
    if (value == null || value instanceof Number) {
      return (Number) value;
    }
    if (!(value instanceof String)) {
      throw DomainException.invalid(
          FormFields.ESTIMATED_VALUE, Texts.text("referral.dossier.valueNotNumber"));
    }
    String s = ((String) value).strip();
    if (s.isEmpty()) {
      return null;
    }
    // "980.000.000" or "980,000,000" (groups of three), or plain digits; not "1.5" read as 15.
    if (s.matches("\\d{1,3}([.,]\\d{3})+")) {
      s = s.replaceAll("[.,]", "");
    }
    if (!s.matches("\\d{1,18}")) {
      throw DomainException.invalid(
          FormFields.ESTIMATED_VALUE, Texts.text("referral.dossier.valueNotWhole"));
    }
    return Long.parseLong(s);
  }
}
