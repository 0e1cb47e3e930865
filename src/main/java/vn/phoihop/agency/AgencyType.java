package vn.phoihop.agency;

import vn.phoihop.shared.Texts;

/** What kind of body an agency is; decides, among others, where a case referral can go. */
public enum AgencyType {
  QLTT_SUB_DEPARTMENT(Texts.text("agency.type.qlttSubDepartment")),
  QLTT_TEAM(Texts.text("agency.type.qlttTeam")),
  INDUSTRY_TRADE_DEPARTMENT(Texts.text("agency.type.industryTradeDepartment")),
  MINISTRY_AGENCY(Texts.text("agency.type.ministryAgency")),
  PROVINCIAL_POLICE(Texts.text("agency.type.provincialPolice")),
  CUSTOMS_BRANCH(Texts.text("agency.type.customsBranch")),
  BORDER_GUARD(Texts.text("agency.type.borderGuard")),
  PROCURACY(Texts.text("agency.type.procuracy")),
  PEOPLES_COMMITTEE(Texts.text("agency.type.peoplesCommittee")),
  STEERING_COMMITTEE_389(Texts.text("agency.type.steeringCommittee389"));

  private final String label;

  AgencyType(String label) {
    this.label = label;
  }

  /** Vietnamese name shown to users. */
  public String label() {
    return label;
  }
}
