package vn.phoihop.evaluation;

/** The stages of one evaluation period. */
public enum EvaluationStatus {
  REPORTING("Đang thu thập báo cáo"),
  RATED("Đã xếp loại, chờ kết luận"),
  CONFERENCE_SCHEDULED("Đã lên lịch hội nghị"),
  CONFERENCE_HELD("Đã tổ chức hội nghị"),
  CONCLUDED("Đã kết luận"),
  /**
   * The agreement left the in-force wait (amendment, termination) while the period was under way.
   */
  CANCELLED("Đã dừng do thỏa thuận sửa đổi hoặc chấm dứt");

  private final String label;

  EvaluationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
