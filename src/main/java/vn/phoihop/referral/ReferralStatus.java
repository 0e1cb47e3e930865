package vn.phoihop.referral;

/** Where a case referral stands. */
public enum ReferralStatus {
  DRAFT("Đang lập hồ sơ", false),
  UNDER_REVIEW("Chờ lãnh đạo Đội duyệt", false),
  AWAITING_TRANSFER_DECISION("Chờ lãnh đạo Chi cục quyết định chuyển", false),
  TRANSFERRED("Đã chuyển, chờ cơ quan tiếp nhận xác nhận", false),
  AWAITING_DECISION("Cơ quan tiếp nhận đang giải quyết", false),
  PROSECUTED("Đã khởi tố vụ án", true),
  SUSPENDED("Tạm đình chỉ giải quyết", true),
  NOT_PROSECUTED("Không khởi tố, chờ trả hồ sơ", false),
  ADMINISTRATIVE_HANDLING("Đang xử phạt vi phạm hành chính", false),
  SANCTIONED("Đã xử phạt hành chính, đóng hồ sơ", true),
  WITHDRAWN("Đã rút hồ sơ", true);

  private final String label;
  private final boolean closed;

  ReferralStatus(String label, boolean closed) {
    this.label = label;
    this.closed = closed;
  }

  public String label() {
    return label;
  }

  public boolean isClosed() {
    return closed;
  }

  /** Before the dossier left QLTT: it can still be edited and withdrawn. */
  public boolean isBeforeTransfer() {
    return this == DRAFT || this == UNDER_REVIEW || this == AWAITING_TRANSFER_DECISION;
  }
}
