package vn.phoihop.evaluation;

import vn.phoihop.shared.Texts;

/** The stages of one evaluation period. */
public enum EvaluationStatus {
  REPORTING(Texts.text("evaluation.status.reporting")),
  RATED(Texts.text("evaluation.status.rated")),
  CONFERENCE_SCHEDULED(Texts.text("evaluation.status.conferenceScheduled")),
  CONFERENCE_HELD(Texts.text("evaluation.status.conferenceHeld")),
  CONCLUDED(Texts.text("evaluation.status.concluded")),
  /**
   * The agreement left the in-force wait (amendment, termination) while the period was under way.
   */
  CANCELLED(Texts.text("evaluation.status.cancelled"));

  private final String label;

  EvaluationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
