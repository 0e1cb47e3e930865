package vn.phoihop.campaign;

import vn.phoihop.shared.Texts;

/** Where one recipient's report stands. */
public enum SubmissionStatus {
  /** Not yet submitted (being prepared or awaiting the leader's approval). */
  PENDING(Texts.text("campaign.submission.pending"), false),
  /** Submitted, awaiting the requester's review. */
  SUBMITTED(Texts.text("campaign.submission.submitted"), true),
  /** Returned by the requester with a reason; to be prepared again. */
  RETURNED(Texts.text("campaign.submission.returned"), false),
  /** Accepted by the requester. */
  ACCEPTED(Texts.text("campaign.submission.accepted"), true),
  /** The campaign was closed without this report. */
  MISSING(Texts.text("campaign.submission.missing"), false);

  private final String label;
  private final boolean submitted;

  SubmissionStatus(String label, boolean submitted) {
    this.label = label;
    this.submitted = submitted;
  }

  public String label() {
    return label;
  }

  /** Whether the report counts as submitted ("x/N đã nộp"). */
  public boolean submitted() {
    return submitted;
  }
}
