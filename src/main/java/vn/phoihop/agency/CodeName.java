package vn.phoihop.agency;

/** An entry of a reference list: a stable code and its Vietnamese name. */
public record CodeName(String code, String name) {}
