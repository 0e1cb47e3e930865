package vn.phoihop.agreement;

/** What happened in one step of an agreement's life, for its timeline. */
public enum TimelineAction {
  CREATED("Đề xuất xây dựng thỏa thuận"),
  DRAFT_SUBMITTED("Trình dự thảo"),
  RETURNED("Lãnh đạo trả lại dự thảo"),
  SENT_TO_CONSULTATION("Gửi lấy ý kiến các đơn vị phối hợp"),
  COMMENTED("Góp ý dự thảo"),
  NO_OBJECTION_BY_SILENCE("Hết hạn góp ý, coi như nhất trí"),
  CONSOLIDATED_FOR_REVISION("Tổng hợp ý kiến, chỉnh lý dự thảo"),
  CONSOLIDATED_FOR_APPROVAL("Tổng hợp ý kiến, trình ký/ban hành"),
  REVISED("Chỉnh lý dự thảo"),
  SIGNED("Ký thỏa thuận"),
  DOCUMENT_REGISTERED("Vào sổ văn bản đã ký"),
  SUBMITTED_FOR_DECISION("Trình UBND tỉnh ban hành"),
  DECISION_RECORDED("Ghi nhận quyết định ban hành"),
  ENTERED_INTO_FORCE("Có hiệu lực"),
  AMENDMENT_REQUESTED("Đề nghị sửa đổi, bổ sung"),
  AMENDMENT_DRAFTED("Soạn thảo nội dung sửa đổi, bổ sung"),
  AMENDMENT_APPROVED("Lãnh đạo duyệt sửa đổi, bổ sung"),
  AMENDMENT_REJECTED("Lãnh đạo không chấp thuận sửa đổi, giữ nguyên văn bản hiện hành"),
  EVALUATED("Kết luận kỳ đánh giá định kỳ"),
  EVALUATION_CANCELLED("Dừng kỳ đánh giá đang thực hiện do sửa đổi hoặc chấm dứt"),
  TERMINATION_DECIDED("Lãnh đạo quyết định chấm dứt theo đề xuất của kỳ đánh giá"),
  TERMINATION_DECLINED("Lãnh đạo quyết định tiếp tục thực hiện, không chấm dứt"),
  FINAL_REVIEWED("Tổng kết khi hết thời hạn"),
  RENEWED("Tái ký: lập thỏa thuận mới"),
  RENEWAL_OF("Tái ký từ thỏa thuận đã hết thời hạn"),
  TERMINATED("Chấm dứt thỏa thuận"),
  EXPIRED("Hết thời hạn thực hiện"),
  SUB_PLAN_CREATED("Lập kế hoạch phối hợp theo quy chế này");

  private final String label;

  TimelineAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
