package vn.phoihop.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.phoihop.referral.ReferralFigures;

/**
 * The figures one party reports for one period (docs/domain.md#kpis). Counts are whole numbers,
 * amounts are in đồng; none is negative (checked by {@link ReportInput#kpis}). The referral figures
 * are pre-filled from the party's referrals ({@link ReferralPrefill}); the four added with the
 * pre-fill ({@link Kpi.Origin#REFERRALS_SINCE_PREFILL}) are {@code null} in reports filed without
 * one.
 */
@Embeddable
record Kpis(
    @Column(name = "inspections") Long inspections,
    @Column(name = "violations_handled") Long violationsHandled,
    @Column(name = "penalty_decisions") Long penaltyDecisions,
    @Column(name = "amount_handled_vnd") Long amountHandledVnd,
    @Column(name = "budget_paid_vnd") Long budgetPaidVnd,
    @Column(name = "confiscated_goods_vnd") Long confiscatedGoodsVnd,
    @Column(name = "cases_transferred") Long casesTransferred,
    @Column(name = "cases_prosecuted") Long casesProsecuted,
    @Column(name = "information_exchanged") Long informationExchanged,
    @Column(name = "joint_inspections") Long jointInspections,
    @Column(name = "briefings_on_time") Long briefingsOnTime,
    @Column(name = "referrals_answered_in_time") Long referralsAnsweredInTime,
    @Column(name = "referrals_acknowledged_in_time") Long referralsAcknowledgedInTime,
    @Column(name = "referral_decisions_due") Long referralDecisionsDue,
    @Column(name = "cases_returned") Long casesReturned,
    @Column(name = "cases_sanctioned") Long casesSanctioned) {

  /** Every figure zero: a party that did nothing in the period. */
  public static Kpis zero() {
    return new Kpis(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
  }

  /**
   * The party's referral decisions taken within the statutory clock as a share of those due, 0–100,
   * rounded down; {@code null} when none was due. A report filed without the count of decisions due
   * ({@code null}) measures against the cases transferred, as reports did before.
   */
  Integer referralsDecidedInTimePercent() {
    return percent(referralsAnsweredInTime, decisionsDueOrTransferred());
  }

  /**
   * The receipts acknowledged in time as a share of the cases transferred; {@code null} if none.
   */
  Integer referralsAcknowledgedInTimePercent() {
    return referralsAcknowledgedInTime == null
        ? null
        : percent(referralsAcknowledgedInTime, casesTransferred);
  }

  /** The denominator of the decided-in-time share. */
  long decisionsDueOrTransferred() {
    Long due = referralDecisionsDue != null ? referralDecisionsDue : casesTransferred;
    return due == null ? 0 : due;
  }

  private static Integer percent(Long part, Long whole) {
    if (part == null || whole == null || whole <= 0) {
      return null;
    }
    return ReferralFigures.percent(part, whole);
  }
}
