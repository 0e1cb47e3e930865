package vn.phoihop.evaluation;

import vn.phoihop.shared.Texts;

/** Where one party's period report stands. */
enum ReportStatus {
  /** Requested, deadline not passed. */
  PENDING(Texts.text("evaluation.reportStatus.pending")),
  /**
   * The deadline passed without a report; the party may still file until the lead closes the
   * period.
   */
  OVERDUE(Texts.text("evaluation.reportStatus.overdue")),
  /** Filed (on time or late: see the report's lateness). */
  FILED(Texts.text("evaluation.reportStatus.filed")),
  /** The lead closed the period without this party's report. */
  MISSING(Texts.text("evaluation.reportStatus.missing"));

  private final String label;

  ReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
