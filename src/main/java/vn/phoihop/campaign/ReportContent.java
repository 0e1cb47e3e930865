package vn.phoihop.campaign;

import java.time.LocalDate;

/**
 * What one recipient reports, checked by its form ({@link PrepareBcd389Form}, {@link
 * PreparePlanForm}). The figures belong to the BCĐ 389 periodic report, the plan fields to a
 * plan-implementation report; the other kind's fields are {@code null}.
 */
record ReportContent(
    Long inspections,
    Long violationsHandled,
    Long budgetPaidVnd,
    Long confiscatedGoodsVnd,
    Long casesTransferred,
    Long casesProsecuted,
    Boolean planIssued,
    String planNumber,
    LocalDate planDate,
    LocalDate planExpectedDate,
    String planNotIssuedReason,
    String narrative,
    String difficulties) {

  static ReportContent bcd389(
      long inspections,
      long violationsHandled,
      long budgetPaidVnd,
      long confiscatedGoodsVnd,
      long casesTransferred,
      long casesProsecuted,
      String narrative,
      String difficulties) {
    return new ReportContent(
        inspections,
        violationsHandled,
        budgetPaidVnd,
        confiscatedGoodsVnd,
        casesTransferred,
        casesProsecuted,
        null,
        null,
        null,
        null,
        null,
        narrative,
        difficulties);
  }

  static ReportContent planIssued(String number, LocalDate date, String narrative) {
    return new ReportContent(
        null, null, null, null, null, null, true, number, date, null, null, narrative, null);
  }

  static ReportContent planNotIssued(LocalDate expected, String reason, String narrative) {
    return new ReportContent(
        null, null, null, null, null, null, false, null, null, expected, reason, narrative, null);
  }
}
