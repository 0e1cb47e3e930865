package vn.phoihop.agency;

/** TEMPORARY stand-in until the agency registry lands on main (replace with main's version on merge). */
public enum AgencyType {
  QLTT_SUB_DEPARTMENT,
  QLTT_TEAM,
  INDUSTRY_TRADE_DEPARTMENT,
  MINISTRY_AGENCY,
  PROVINCIAL_POLICE,
  CUSTOMS_BRANCH,
  BORDER_GUARD,
  PROCURACY,
  PEOPLES_COMMITTEE,
  STEERING_COMMITTEE_389
}
