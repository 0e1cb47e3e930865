package vn.phoihop.agency;

import java.time.LocalDate;
import java.util.List;

/**
 * An agency as other features see it. Former bodies keep their own name and carry the code of the
 * body that took them over; {@code predecessorCodes} are the direct predecessors.
 *
 * @param provinceCode {@code null} for central bodies; a customs branch's seat
 * @param validTo last day in force (inclusive), {@code null} while in force
 * @param unconfirmed what in this entry is not confirmed (a name that follows the pattern, an
 *     approximate date); {@code null} when nothing is in doubt
 * @param teamListPartial on a Chi cục QLTT: the registry does not hold all of its teams
 * @param servedProvinces the current provinces a regional customs branch serves; empty for others
 * @param currentSuccessorCode for a former body, the body that carries on its work today (the end
 *     of its chain of successors); {@code null} for others
 */
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
    String successorCode,
    String unconfirmed,
    boolean teamListPartial,
    List<String> servedProvinces,
    String currentSuccessorCode) {

  public AgencyView {
    predecessorCodes = predecessorCodes == null ? List.of() : List.copyOf(predecessorCodes);
    servedProvinces = servedProvinces == null ? List.of() : List.copyOf(servedProvinces);
  }

  /**
   * Whether the agency works in this province: a customs branch in the provinces it serves (none
   * for a branch with only specialised work, whatever its seat), any other in its own province.
   */
  public boolean serves(String province) {
    return type == AgencyType.CUSTOMS_BRANCH
        ? servedProvinces.contains(province)
        : province.equals(provinceCode);
  }

  /** How a picker shows the agency: "Sở Công Thương tỉnh Tây Ninh (SCT-TNI)". */
  public String pickerLabel() {
    return name + " (" + code + ")";
  }

  /**
   * Whether the agency exists in law on {@code day}: from {@code validFrom} to {@code validTo},
   * both included.
   */
  public boolean activeOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }
}
