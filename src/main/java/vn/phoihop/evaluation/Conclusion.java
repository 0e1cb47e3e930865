package vn.phoihop.evaluation;

/**
 * What the lead agency's leader concludes from a period: the calling agreement process routes on
 * it.
 */
public enum Conclusion {
  CONTINUE("Tiếp tục thực hiện"),
  PROPOSE_AMENDMENT("Đề xuất sửa đổi, bổ sung quy chế"),
  PROPOSE_TERMINATION("Đề xuất chấm dứt quy chế");

  private final String label;

  Conclusion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
