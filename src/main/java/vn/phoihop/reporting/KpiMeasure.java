package vn.phoihop.reporting;

import vn.phoihop.shared.Texts;

/**
 * The counts of a KPI roll-up row besides the evaluation figures ({@link
 * vn.phoihop.evaluation.Kpi}), each in its section, in the order JSON and CSV show them.
 */
enum KpiMeasure {
  REPORTS_DUE(Section.EVALUATIONS, "reportsDue", Texts.text("reporting.kpis.reportsDue")),
  REPORTS_FILED(Section.EVALUATIONS, "reportsFiled", Texts.text("reporting.kpis.reportsFiled")),
  REPORTS_FILED_LATE(
      Section.EVALUATIONS, "reportsFiledLate", Texts.text("reporting.kpis.reportsFiledLate")),
  REPORTS_NOT_FILED(
      Section.EVALUATIONS, "reportsNotFiled", Texts.text("reporting.kpis.reportsNotFiled")),

  TRANSFERRED(Section.REFERRALS, "transferred", Texts.text("reporting.kpis.transferred")),
  ACKNOWLEDGED_IN_TIME(
      Section.REFERRALS, "acknowledgedInTime", Texts.text("reporting.kpis.acknowledgedInTime")),
  DECISIONS_DUE(Section.REFERRALS, "decisionsDue", Texts.text("reporting.kpis.decisionsDue")),
  DECIDED_IN_TIME(Section.REFERRALS, "decidedInTime", Texts.text("reporting.kpis.decidedInTime")),
  PROSECUTED(Section.REFERRALS, "prosecuted", Texts.text("reporting.kpis.prosecuted")),
  RETURNED(Section.REFERRALS, "returned", Texts.text("reporting.kpis.returned")),
  SANCTIONED(Section.REFERRALS, "sanctioned", Texts.text("reporting.kpis.sanctioned")),
  RECEIVED(Section.REFERRALS, "received", Texts.text("reporting.kpis.received")),
  RECEIVED_DECIDED(
      Section.REFERRALS, "receivedDecided", Texts.text("reporting.kpis.receivedDecided")),
  RECEIVED_DECIDED_IN_TIME(
      Section.REFERRALS,
      "receivedDecidedInTime",
      Texts.text("reporting.kpis.receivedDecidedInTime")),
  RECEIVED_OVERDUE(
      Section.REFERRALS, "receivedOverdue", Texts.text("reporting.kpis.receivedOverdue")),

  REQUESTED(Section.CAMPAIGNS, "requested", Texts.text("reporting.kpis.requested")),
  SUBMITTED(Section.CAMPAIGNS, "submitted", Texts.text("reporting.kpis.submitted")),
  SUBMITTED_LATE(Section.CAMPAIGNS, "submittedLate", Texts.text("reporting.kpis.submittedLate")),
  MISSING(Section.CAMPAIGNS, "missing", Texts.text("reporting.kpis.missing")),

  SENT(Section.INFORMATION_REQUESTS, "sent", Texts.text("reporting.kpis.sent")),
  REQUESTS_RECEIVED(
      Section.INFORMATION_REQUESTS, "received", Texts.text("reporting.kpis.requestsReceived")),
  ANSWERED(Section.INFORMATION_REQUESTS, "answered", Texts.text("reporting.kpis.answered")),
  PARTLY_ANSWERED(
      Section.INFORMATION_REQUESTS, "partlyAnswered", Texts.text("reporting.kpis.partlyAnswered")),
  REFUSED(Section.INFORMATION_REQUESTS, "refused", Texts.text("reporting.kpis.refused")),
  OUTSTANDING(
      Section.INFORMATION_REQUESTS, "outstanding", Texts.text("reporting.kpis.outstanding")),
  ITEMS_EXCHANGED(
      Section.INFORMATION_REQUESTS, "itemsExchanged", Texts.text("reporting.kpis.itemsExchanged"));

  /** The feature a count comes from: its JSON property and its CSV header prefix. */
  enum Section {
    EVALUATIONS("evaluations", Texts.text("reporting.kpis.section.evaluations")),
    REFERRALS("referrals", Texts.text("reporting.kpis.section.referrals")),
    CAMPAIGNS("campaigns", Texts.text("reporting.kpis.section.campaigns")),
    INFORMATION_REQUESTS(
        "informationRequests", Texts.text("reporting.kpis.section.informationRequests"));

    final String property;
    final String label;

    Section(String property, String label) {
      this.property = property;
      this.label = label;
    }

    /** Referrals and campaigns belong to no agreement, hence to no coordination field. */
    boolean byField() {
      return this == EVALUATIONS || this == INFORMATION_REQUESTS;
    }
  }

  final Section section;
  final String key;
  final String label;

  KpiMeasure(Section section, String key, String label) {
    this.section = section;
    this.key = key;
    this.label = label;
  }
}
