package vn.phoihop.agency;

import java.time.LocalDate;
import java.util.List;

/** TEMPORARY stand-in until the agency registry lands on main (replace with main's version on merge). */
public record AgencyView(
    String code,
    String name,
    String shortName,
    AgencyType type,
    String typeLabel,
    String provinceCode,
    String provinceName,
    String parentCode,
    LocalDate validFrom,
    LocalDate validTo,
    boolean borderArea,
    String email,
    List<String> predecessorCodes,
    String successorCode) {

  public boolean activeOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
  }
}
