package vn.phoihop.agency;

/** What kind of body an agency is; decides, among others, where a case referral can go. */
public enum AgencyType {
  QLTT_SUB_DEPARTMENT("Chi cục Quản lý thị trường"),
  QLTT_TEAM("Đội Quản lý thị trường"),
  INDUSTRY_TRADE_DEPARTMENT("Sở Công Thương"),
  MINISTRY_AGENCY("Cơ quan cấp bộ"),
  PROVINCIAL_POLICE("Công an tỉnh"),
  CUSTOMS_BRANCH("Chi cục Hải quan"),
  BORDER_GUARD("Bộ đội Biên phòng"),
  PROCURACY("Viện kiểm sát nhân dân"),
  PEOPLES_COMMITTEE("Ủy ban nhân dân"),
  STEERING_COMMITTEE_389("Ban Chỉ đạo 389");

  private final String label;

  AgencyType(String label) {
    this.label = label;
  }

  /** Vietnamese name shown to users. */
  public String label() {
    return label;
  }
}
