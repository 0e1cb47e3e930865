package vn.phoihop.evaluation;

/**
 * How well the parties implemented the agreement in one period: the output of {@code
 * evaluation-rating}.
 */
public enum Rating {
  GOOD("Tốt"),
  FAIR("Khá"),
  PASS("Đạt"),
  FAIL("Chưa đạt");

  private final String label;

  Rating(String label) {
    this.label = label;
  }

  /** Vietnamese name shown to users. */
  public String label() {
    return label;
  }
}
