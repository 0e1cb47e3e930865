package vn.phoihop.referral;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.referral.ReferralEnums.FoundDuring;
import vn.phoihop.referral.ReferralEnums.OffenderKind;
import vn.phoihop.referral.ReferralProcess.Form;
import vn.phoihop.web.ApiException;

/**
 * A dossier as submitted — by the REST API (JSON) or by a Camunda Form (untyped variables) — before
 * validation. Field names are the form's keys, so a 400 names the field the user has to correct.
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

  /** From form variables (strings, numbers, booleans as Tasklist submits them). */
  static DossierInput fromVariables(Map<String, Object> v) {
    return new DossierInput(
        text(v.get(Form.CASE_SUMMARY)),
        text(v.get(Form.FOUND_ON)),
        text(v.get(Form.FOUND_PLACE)),
        text(v.get(Form.PROVINCE)),
        bool(v.get(ReferralProcess.VAR_BORDER_AREA)),
        bool(v.get(ReferralProcess.VAR_CUSTOMS_CONTROL)),
        text(v.get(Form.OFFENDER_KIND)),
        text(v.get(Form.OFFENDER_NAME)),
        text(v.get(Form.OFFENDER_ID_NUMBER)),
        text(v.get(Form.OFFENDER_ADDRESS)),
        text(v.get(ReferralProcess.VAR_VIOLATION_CATEGORY)),
        text(v.get(Form.GOODS_DESCRIPTION)),
        number(v.get(Form.ESTIMATED_VALUE)),
        text(v.get(Form.CRIME_SIGNS)),
        text(v.get(Form.FOUND_DURING)));
  }

  Dossier validate(AgencyRegistry registry, LocalDate today) {
    LocalDate found = date(foundOn, Form.FOUND_ON);
    if (found.isAfter(today)) {
      throw ApiException.invalid(Form.FOUND_ON, "Ngày phát hiện không được sau ngày hôm nay.");
    }
    if (estimatedValueVnd == null) {
      throw ApiException.invalid(
          Form.ESTIMATED_VALUE, "Hãy nhập trị giá hàng hóa ước tính (đồng).");
    }
    double value = estimatedValueVnd.doubleValue();
    if (value < 0 || value != Math.rint(value) || value > 1e15) {
      throw ApiException.invalid(
          Form.ESTIMATED_VALUE, "Trị giá hàng hóa phải là số đồng nguyên, không âm.");
    }
    return new Dossier(
        required(caseSummary, Form.CASE_SUMMARY, "Hãy nhập tóm tắt vụ việc.", MAX_TEXT),
        found,
        required(foundPlace, Form.FOUND_PLACE, "Hãy nhập địa điểm phát hiện.", MAX_LINE),
        registry.requireProvince(provinceCode, Form.PROVINCE),
        Boolean.TRUE.equals(borderArea),
        Boolean.TRUE.equals(customsControl),
        choice(
            OffenderKind.class,
            offenderKind,
            Form.OFFENDER_KIND,
            "Hãy chọn đối tượng vi phạm là cá nhân hay tổ chức."),
        required(
            offenderName, Form.OFFENDER_NAME, "Hãy nhập tên cá nhân, tổ chức vi phạm.", MAX_LINE),
        optional(offenderIdNumber, Form.OFFENDER_ID_NUMBER, 50),
        optional(offenderAddress, Form.OFFENDER_ADDRESS, MAX_LINE),
        registry.requireViolationCategory(
            violationCategory, ReferralProcess.VAR_VIOLATION_CATEGORY),
        required(
            goodsDescription,
            Form.GOODS_DESCRIPTION,
            "Hãy mô tả tang vật, hàng hóa vi phạm.",
            MAX_TEXT),
        (long) value,
        required(crimeSigns, Form.CRIME_SIGNS, "Hãy nêu dấu hiệu tội phạm đã phát hiện.", MAX_TEXT),
        choice(
            FoundDuring.class,
            foundDuring,
            Form.FOUND_DURING,
            "Hãy chọn dấu hiệu tội phạm được phát hiện khi xem xét xử phạt hay khi thi hành quyết định xử phạt."));
  }

  static String required(String value, String field, String message, int max) {
    if (value == null || value.isBlank()) {
      throw ApiException.invalid(field, message);
    }
    return optional(value, field, max);
  }

  static String optional(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.trim();
    if (trimmed.length() > max) {
      throw ApiException.invalid(field, "Nội dung quá dài (tối đa " + max + " ký tự).");
    }
    return trimmed;
  }

  static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message) {
    if (value == null || value.isBlank()) {
      throw ApiException.invalid(field, message);
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(field, message);
    }
  }

  /** A date from a form's datetime field ("2026-02-10", or with a time part) or the API. */
  static LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      throw ApiException.invalid(field, "Hãy nhập ngày.");
    }
    String day = value.trim();
    if (day.length() > 10 && day.charAt(10) == 'T') {
      day = day.substring(0, 10);
    }
    try {
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(
          field, "Ngày không hợp lệ: '" + value + "' (định dạng yyyy-MM-dd).");
    }
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }

  static Boolean bool(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    return Boolean.parseBoolean(value.toString());
  }

  static Number number(Object value) {
    if (value == null || value instanceof Number) {
      return (Number) value;
    }
    String s = value.toString().trim().replace(".", "").replace(",", "");
    if (s.isEmpty()) {
      return null;
    }
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw ApiException.invalid(Form.ESTIMATED_VALUE, "Trị giá hàng hóa phải là số.");
    }
  }
}
