package vn.phoihop.evaluation;

import vn.phoihop.shared.Texts;

/**
 * What the lead agency's leader concludes from a period: the calling agreement process routes on
 * it.
 */
public enum Conclusion {
  CONTINUE(Texts.text("evaluation.conclusion.continue")),
  PROPOSE_AMENDMENT(Texts.text("evaluation.conclusion.proposeAmendment")),
  PROPOSE_TERMINATION(Texts.text("evaluation.conclusion.proposeTermination"));

  private final String label;

  Conclusion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
