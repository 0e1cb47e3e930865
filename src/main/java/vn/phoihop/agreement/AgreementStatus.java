package vn.phoihop.agreement;

/**
 * Where an agreement stands. AMENDING: in force, with an amendment under way. FINAL_REVIEW: the
 * term has ended and the lead's leader holds the final review (renew or let it expire); a renewed
 * agreement ends EXPIRED and links to its successor.
 */
public enum AgreementStatus {
  DRAFTING("Đang soạn thảo"),
  IN_REVIEW("Chờ lãnh đạo duyệt"),
  IN_CONSULTATION("Đang lấy ý kiến"),
  CONSOLIDATING("Đang tổng hợp ý kiến"),
  AWAITING_SIGNATURES("Chờ ký"),
  AWAITING_DECISION("Chờ UBND tỉnh ban hành"),
  IN_FORCE("Đang có hiệu lực"),
  AMENDING("Đang sửa đổi, bổ sung"),
  FINAL_REVIEW("Hết thời hạn, đang tổng kết"),
  TERMINATED("Đã chấm dứt"),
  EXPIRED("Hết hiệu lực");

  private final String label;

  AgreementStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** In force, whether or not an amendment is under way. */
  public boolean inForce() {
    return this == IN_FORCE || this == AMENDING;
  }

  public boolean ended() {
    return this == TERMINATED || this == EXPIRED;
  }
}
