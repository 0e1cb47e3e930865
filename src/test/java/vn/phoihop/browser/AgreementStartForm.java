package vn.phoihop.browser;

/** Filling the agreement start form ("Đề xuất xây dựng thỏa thuận phối hợp") as an officer does. */
final class AgreementStartForm {

  static final String PROCESS = "Thỏa thuận phối hợp";
  static final String PARTNER = "Sở Công Thương tỉnh Tây Ninh";

  private AgreementStartForm() {}

  /** A co-signed quarterly regulation with Sở Công Thương Tây Ninh; dates typed as dd/mm/yyyy. */
  static void fill(Tasklist tasklist, String title, String termStart, String termEnd) {
    tasklist.type("Field_title", title);
    tasklist.choose("Field_kind", 0);
    tasklist.choose("Field_approvalPath", 0);
    tasklist.pick("Field_partnerAgencies", PARTNER);
    tasklist.choose("Field_fields", 0);
    tasklist.type("Field_termStart", termStart);
    tasklist.type("Field_termEnd", termEnd);
    tasklist.pick("Field_evaluationCadence", "Hằng quý");
    tasklist.type("Field_summary", "Trao đổi thông tin, kiểm tra liên ngành.");
  }
}
