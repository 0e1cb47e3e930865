package vn.phoihop.evaluation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;

/**
 * Reads what the evaluation forms submit beyond plain text ({@link FormInput}): the period report's
 * KPIs (numbers arrive as Integer, Long, Double or text, money with grouped thousands) and the
 * conference's date and time. Every refusal names its field, in Vietnamese.
 */
final class ReportInput {

  /** Thousands grouped with dots, commas or spaces, as people type money: 4.600.000.000. */
  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([., ]\\d{3})+");

  private static final Pattern WHOLE = Pattern.compile("-?\\d+");

  private ReportInput() {}

  /**
   * The KPIs of a period report, each a whole number not below zero (amounts in đồng). A referral
   * figure left out takes its pre-filled value ({@code prefill}, docs/domain.md#referral-figures);
   * without a pre-fill (a report task opened before PhoiHop pre-filled them), the figures the form
   * then had are required and those it did not have stay {@code null}.
   */
  static Kpis kpis(Function<String, Object> values, ReferralPrefill prefill) {
    Map<Kpi, Long> figures = new EnumMap<>(Kpi.class);
    for (Kpi kpi : Kpi.values()) {
      Object value = values.apply(kpi.field());
      if (FormInput.text(value) == null && kpi.fromReferrals()) {
        if (prefill != null) {
          figures.put(kpi, kpi.prefilled(prefill));
          continue;
        }
        if (kpi.origin() == Kpi.Origin.REFERRALS_SINCE_PREFILL) {
          figures.put(kpi, null);
          continue;
        }
      }
      figures.put(kpi, nonNegativeWhole(kpi, value));
    }
    return new Kpis(
        figures.get(Kpi.INSPECTIONS),
        figures.get(Kpi.VIOLATIONS_HANDLED),
        figures.get(Kpi.PENALTY_DECISIONS),
        figures.get(Kpi.AMOUNT_HANDLED_VND),
        figures.get(Kpi.BUDGET_PAID_VND),
        figures.get(Kpi.CONFISCATED_GOODS_VND),
        figures.get(Kpi.CASES_TRANSFERRED),
        figures.get(Kpi.CASES_PROSECUTED),
        figures.get(Kpi.INFORMATION_EXCHANGED),
        figures.get(Kpi.JOINT_INSPECTIONS),
        figures.get(Kpi.BRIEFINGS_ON_TIME),
        figures.get(Kpi.REFERRALS_ANSWERED_IN_TIME),
        figures.get(Kpi.REFERRALS_ACKNOWLEDGED_IN_TIME),
        figures.get(Kpi.REFERRAL_DECISIONS_DUE),
        figures.get(Kpi.CASES_RETURNED),
        figures.get(Kpi.CASES_SANCTIONED));
  }

  private static long nonNegativeWhole(Kpi kpi, Object value) {
    String what = kpi.label();
    String expected =
        kpi.amount() ? Texts.text("evaluation.input.amount") : Texts.text("evaluation.input.count");
    BigDecimal number = number(value);
    if (number == null) {
      String given = FormInput.text(value);
      if (given == null) {
        throw DomainException.invalid(
            kpi.field(), Texts.text("evaluation.input.kpiRequired", what));
      }
      throw DomainException.invalid(
          kpi.field(), Texts.text("evaluation.input.kpiKind", what, expected, given));
    }
    if (number.signum() < 0) {
      throw DomainException.invalid(
          kpi.field(), Texts.text("evaluation.input.kpiNegative", what, number.toPlainString()));
    }
    if (number.stripTrailingZeros().scale() > 0) {
      throw DomainException.invalid(
          kpi.field(),
          Texts.text("evaluation.input.kpiKind", what, expected, number.toPlainString()));
    }
    try {
      return number.longValueExact();
    } catch (ArithmeticException e) {
      throw DomainException.invalid(
          kpi.field(), Texts.text("evaluation.input.kpiTooLarge", what, number.toPlainString()));
    }
  }

  private static BigDecimal number(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    String text = FormInput.text(value);
    if (text == null) {
      return null;
    }
    if (GROUPED.matcher(text).matches()) {
      text = text.replaceAll("[., ]", "");
    }
    if (WHOLE.matcher(text).matches()) {
      return new BigDecimal(text);
    }
    try {
      // "12.5" and the like: a number, but not a whole one (refused by the caller)
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
