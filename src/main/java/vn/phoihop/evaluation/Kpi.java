package vn.phoihop.evaluation;

import java.util.function.Function;
import vn.phoihop.evaluation.EvaluationProcess.FormFields;

/**
 * The KPIs of a period report, in the order forms, JSON and CSV show them: the form field, the
 * Vietnamese name and whether the figure is an amount of money (đồng) rather than a count.
 */
public enum Kpi {
  INSPECTIONS(FormFields.INSPECTIONS, "Số cuộc kiểm tra", false, Kpis::inspections),
  VIOLATIONS_HANDLED(
      FormFields.VIOLATIONS_HANDLED,
      "Số vụ vi phạm phát hiện, xử lý",
      false,
      Kpis::violationsHandled),
  PENALTY_DECISIONS(
      FormFields.PENALTY_DECISIONS, "Số quyết định xử phạt", false, Kpis::penaltyDecisions),
  AMOUNT_HANDLED_VND(
      FormFields.AMOUNT_HANDLED_VND,
      "Tổng số tiền xử lý (phạt, tịch thu, tiêu hủy), đồng",
      true,
      Kpis::amountHandledVnd),
  BUDGET_PAID_VND(
      FormFields.BUDGET_PAID_VND,
      "Số tiền nộp ngân sách nhà nước, đồng",
      true,
      Kpis::budgetPaidVnd),
  CONFISCATED_GOODS_VND(
      FormFields.CONFISCATED_GOODS_VND,
      "Trị giá hàng hóa tịch thu, đồng",
      true,
      Kpis::confiscatedGoodsVnd),
  CASES_TRANSFERRED(
      FormFields.CASES_TRANSFERRED, "Số vụ chuyển cơ quan điều tra", false, Kpis::casesTransferred),
  CASES_PROSECUTED(FormFields.CASES_PROSECUTED, "Số vụ đã khởi tố", false, Kpis::casesProsecuted),
  INFORMATION_EXCHANGED(
      FormFields.INFORMATION_EXCHANGED,
      "Số tin, tài liệu trao đổi với các bên",
      false,
      Kpis::informationExchanged),
  JOINT_INSPECTIONS(
      FormFields.JOINT_INSPECTIONS, "Số cuộc kiểm tra liên ngành", false, Kpis::jointInspections),
  BRIEFINGS_ON_TIME(
      FormFields.BRIEFINGS_ON_TIME,
      "Số cuộc giao ban tổ chức đúng kỳ",
      false,
      Kpis::briefingsOnTime),
  REFERRALS_ANSWERED_IN_TIME(
      FormFields.REFERRALS_ANSWERED_IN_TIME,
      "Số vụ chuyển giao được trả lời trong thời hạn luật định",
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
