package vn.phoihop.agreement;

/** How often the parties evaluate the agreement's implementation (a later evaluation process reads it). */
public enum EvaluationCadence {
  MONTHLY("Hằng tháng"),
  QUARTERLY("Hằng quý"),
  HALF_YEARLY("6 tháng"),
  YEARLY("Hằng năm");

  private final String label;

  EvaluationCadence(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
