package vn.phoihop.evaluation;

/** Where one party's period report stands. */
public enum ReportStatus {
  /** Requested, deadline not passed. */
  PENDING("Chưa nộp"),
  /**
   * The deadline passed without a report; the party may still file until the lead closes the
   * period.
   */
  OVERDUE("Quá hạn, chưa nộp"),
  /** Filed (on time or late: see the report's lateness). */
  FILED("Đã nộp"),
  /** The lead closed the period without this party's report. */
  MISSING("Không nộp");

  private final String label;

  ReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
