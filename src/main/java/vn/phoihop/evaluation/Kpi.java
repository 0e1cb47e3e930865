package vn.phoihop.evaluation;

import java.util.function.Function;
import vn.phoihop.evaluation.EvaluationProcess.FormFields;
import vn.phoihop.shared.Texts;

/**
 * The KPIs of a period report, in the order forms, JSON and CSV show them: the form field, the
 * Vietnamese name, whether the figure is an amount of money (đồng) rather than a count, and where
 * it comes from ({@link Origin}).
 */
public enum Kpi {
  INSPECTIONS(
      FormFields.INSPECTIONS,
      Texts.text("evaluation.kpi.inspections"),
      false,
      Kpis::inspections,
      Origin.PARTY,
      null),
  VIOLATIONS_HANDLED(
      FormFields.VIOLATIONS_HANDLED,
      Texts.text("evaluation.kpi.violationsHandled"),
      false,
      Kpis::violationsHandled,
      Origin.PARTY,
      null),
  PENALTY_DECISIONS(
      FormFields.PENALTY_DECISIONS,
      Texts.text("evaluation.kpi.penaltyDecisions"),
      false,
      Kpis::penaltyDecisions,
      Origin.PARTY,
      null),
  AMOUNT_HANDLED_VND(
      FormFields.AMOUNT_HANDLED_VND,
      Texts.text("evaluation.kpi.amountHandledVnd"),
      true,
      Kpis::amountHandledVnd,
      Origin.PARTY,
      null),
  BUDGET_PAID_VND(
      FormFields.BUDGET_PAID_VND,
      Texts.text("evaluation.kpi.budgetPaidVnd"),
      true,
      Kpis::budgetPaidVnd,
      Origin.PARTY,
      null),
  CONFISCATED_GOODS_VND(
      FormFields.CONFISCATED_GOODS_VND,
      Texts.text("evaluation.kpi.confiscatedGoodsVnd"),
      true,
      Kpis::confiscatedGoodsVnd,
      Origin.PARTY,
      null),
  CASES_TRANSFERRED(
      FormFields.CASES_TRANSFERRED,
      Texts.text("evaluation.kpi.casesTransferred"),
      false,
      Kpis::casesTransferred,
      Origin.REFERRALS,
      ReferralPrefill::casesTransferred),
  REFERRALS_ACKNOWLEDGED_IN_TIME(
      FormFields.REFERRALS_ACKNOWLEDGED_IN_TIME,
      Texts.text("evaluation.kpi.referralsAcknowledgedInTime"),
      false,
      Kpis::referralsAcknowledgedInTime,
      Origin.REFERRALS_SINCE_PREFILL,
      ReferralPrefill::referralsAcknowledgedInTime),
  REFERRAL_DECISIONS_DUE(
      FormFields.REFERRAL_DECISIONS_DUE,
      Texts.text("evaluation.kpi.referralDecisionsDue"),
      false,
      Kpis::referralDecisionsDue,
      Origin.REFERRALS_SINCE_PREFILL,
      ReferralPrefill::referralDecisionsDue),
  REFERRALS_ANSWERED_IN_TIME(
      FormFields.REFERRALS_ANSWERED_IN_TIME,
      Texts.text("evaluation.kpi.referralsAnsweredInTime"),
      false,
      Kpis::referralsAnsweredInTime,
      Origin.REFERRALS,
      ReferralPrefill::referralsAnsweredInTime),
  CASES_PROSECUTED(
      FormFields.CASES_PROSECUTED,
      Texts.text("evaluation.kpi.casesProsecuted"),
      false,
      Kpis::casesProsecuted,
      Origin.REFERRALS,
      ReferralPrefill::casesProsecuted),
  CASES_RETURNED(
      FormFields.CASES_RETURNED,
      Texts.text("evaluation.kpi.casesReturned"),
      false,
      Kpis::casesReturned,
      Origin.REFERRALS_SINCE_PREFILL,
      ReferralPrefill::casesReturned),
  CASES_SANCTIONED(
      FormFields.CASES_SANCTIONED,
      Texts.text("evaluation.kpi.casesSanctioned"),
      false,
      Kpis::casesSanctioned,
      Origin.REFERRALS_SINCE_PREFILL,
      ReferralPrefill::casesSanctioned),
  INFORMATION_EXCHANGED(
      FormFields.INFORMATION_EXCHANGED,
      Texts.text("evaluation.kpi.informationExchanged"),
      false,
      Kpis::informationExchanged,
      Origin.PARTY,
      null),
  JOINT_INSPECTIONS(
      FormFields.JOINT_INSPECTIONS,
      Texts.text("evaluation.kpi.jointInspections"),
      false,
      Kpis::jointInspections,
      Origin.PARTY,
      null),
  BRIEFINGS_ON_TIME(
      FormFields.BRIEFINGS_ON_TIME,
      Texts.text("evaluation.kpi.briefingsOnTime"),
      false,
      Kpis::briefingsOnTime,
      Origin.PARTY,
      null);

  /** Where a figure comes from. */
  enum Origin {
    /** Typed by the party. */
    PARTY,
    /**
     * Pre-filled from the party's referrals ({@link ReferralPrefill}), confirmed or corrected with
     * a reason; typed by the party when its report task was opened without a pre-fill.
     */
    REFERRALS,
    /**
     * As {@link #REFERRALS}, a figure forms have only since the pre-fill: without a pre-fill it may
     * be left out (the form of a report task opened before has no such field).
     */
    REFERRALS_SINCE_PREFILL
  }

  private final String field;
  private final String label;
  private final boolean amount;
  private final Function<Kpis, Long> value;
  private final Origin origin;
  private final Function<ReferralPrefill, Long> prefilled;

  Kpi(
      String field,
      String label,
      boolean amount,
      Function<Kpis, Long> value,
      Origin origin,
      Function<ReferralPrefill, Long> prefilled) {
    this.field = field;
    this.label = label;
    this.amount = amount;
    this.value = value;
    this.origin = origin;
    this.prefilled = prefilled;
  }

  /** The form field and JSON property. */
  public String field() {
    return field;
  }

  public String label() {
    return label;
  }

  public boolean amount() {
    return amount;
  }

  public Long of(Kpis kpis) {
    return kpis == null ? null : value.apply(kpis);
  }

  Origin origin() {
    return origin;
  }

  /** Whether PhoiHop pre-fills this figure from the party's referrals. */
  public boolean fromReferrals() {
    return prefilled != null;
  }

  /** The pre-filled value; {@code null} for a figure the party types, or without a pre-fill. */
  Long prefilled(ReferralPrefill prefill) {
    return prefill == null || prefilled == null ? null : prefilled.apply(prefill);
  }
}
