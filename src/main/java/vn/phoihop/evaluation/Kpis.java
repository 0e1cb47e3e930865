package vn.phoihop.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The figures one party reports for one period (docs/domain.md#kpis). Counts are whole numbers,
 * amounts are in đồng; none is negative (checked by {@link ReportInput#kpis}).
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
    @Column(name = "referrals_answered_in_time") Long referralsAnsweredInTime) {

  /** Every figure zero: a party that did nothing in the period. */
  public static Kpis zero() {
    return new Kpis(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
  }
}
