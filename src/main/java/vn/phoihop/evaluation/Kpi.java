package vn.phoihop.evaluation;

import java.util.function.Function;
import vn.phoihop.evaluation.EvaluationProcess.FormFields;
import vn.phoihop.shared.Texts;

/**
 * The KPIs of a period report, in the order forms, JSON and CSV show them: the form field, the
 * Vietnamese name and whether the figure is an amount of money (đồng) rather than a count.
 */
public enum Kpi {
  INSPECTIONS(
      FormFields.INSPECTIONS, Texts.text("evaluation.kpi.inspections"), false, Kpis::inspections),
  VIOLATIONS_HANDLED(
      FormFields.VIOLATIONS_HANDLED,
      Texts.text("evaluation.kpi.violationsHandled"),
      false,
      Kpis::violationsHandled),
  PENALTY_DECISIONS(
      FormFields.PENALTY_DECISIONS,
      Texts.text("evaluation.kpi.penaltyDecisions"),
      false,
      Kpis::penaltyDecisions),
  AMOUNT_HANDLED_VND(
      FormFields.AMOUNT_HANDLED_VND,
      Texts.text("evaluation.kpi.amountHandledVnd"),
      true,
      Kpis::amountHandledVnd),
  BUDGET_PAID_VND(
      FormFields.BUDGET_PAID_VND,
      Texts.text("evaluation.kpi.budgetPaidVnd"),
      true,
      Kpis::budgetPaidVnd),
  CONFISCATED_GOODS_VND(
      FormFields.CONFISCATED_GOODS_VND,
      Texts.text("evaluation.kpi.confiscatedGoodsVnd"),
      true,
      Kpis::confiscatedGoodsVnd),
  CASES_TRANSFERRED(
      FormFields.CASES_TRANSFERRED,
      Texts.text("evaluation.kpi.casesTransferred"),
      false,
      Kpis::casesTransferred),
  CASES_PROSECUTED(
      FormFields.CASES_PROSECUTED,
      Texts.text("evaluation.kpi.casesProsecuted"),
      false,
      Kpis::casesProsecuted),
  INFORMATION_EXCHANGED(
      FormFields.INFORMATION_EXCHANGED,
      Texts.text("evaluation.kpi.informationExchanged"),
      false,
      Kpis::informationExchanged),
  JOINT_INSPECTIONS(
      FormFields.JOINT_INSPECTIONS,
      Texts.text("evaluation.kpi.jointInspections"),
      false,
      Kpis::jointInspections),
  BRIEFINGS_ON_TIME(
      FormFields.BRIEFINGS_ON_TIME,
      Texts.text("evaluation.kpi.briefingsOnTime"),
      false,
      Kpis::briefingsOnTime),
  REFERRALS_ANSWERED_IN_TIME(
      FormFields.REFERRALS_ANSWERED_IN_TIME,
      Texts.text("evaluation.kpi.referralsAnsweredInTime"),
      false,
      Kpis::referralsAnsweredInTime);

  private final String field;
  private final String label;
  private final boolean amount;
  private final Function<Kpis, Long> value;

  Kpi(String field, String label, boolean amount, Function<Kpis, Long> value) {
    this.field = field;
    this.label = label;
    this.amount = amount;
    this.value = value;
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
}
