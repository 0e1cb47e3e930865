package vn.phoihop.agency;

/** TEMPORARY stand-in until the agency registry lands on main (replace with main's version on merge). */
public record CodeName(String code, String name) {}
