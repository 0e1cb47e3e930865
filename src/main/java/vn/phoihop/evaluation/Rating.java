package vn.phoihop.evaluation;

import vn.phoihop.shared.Texts;

/**
 * How well the parties implemented the agreement in one period: the output of {@code
 * evaluation-rating}.
 */
public enum Rating {
  GOOD(Texts.text("evaluation.rating.good")),
  FAIR(Texts.text("evaluation.rating.fair")),
  PASS(Texts.text("evaluation.rating.pass")),
  FAIL(Texts.text("evaluation.rating.fail"));

  private final String label;

  Rating(String label) {
    this.label = label;
  }

  /** Vietnamese name shown to users. */
  public String label() {
    return label;
  }
}
