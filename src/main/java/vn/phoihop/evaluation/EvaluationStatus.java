package vn.phoihop.evaluation;

/** The stages of one evaluation period. */
public enum EvaluationStatus {
  REPORTING("Đang thu thập báo cáo"),
  RATED("Đã xếp loại, chờ kết luận"),
  CONFERENCE_SCHEDULED("Đã lên lịch hội nghị"),
  CONFERENCE_HELD("Đã tổ chức hội nghị"),
  CONCLUDED("Đã kết luận");

  private final String label;

  EvaluationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
