package vn.phoihop.agency;

import java.time.LocalDate;
import java.util.List;

/**
 * An agency as other features see it. Former bodies keep their own name and carry the code of the
 * body that took them over; {@code predecessorCodes} are the direct predecessors.
 *
 * @param provinceCode {@code null} for central bodies
 * @param validTo last day in force (inclusive), {@code null} while in force
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
    String successorCode) {

  public AgencyView {
    predecessorCodes = predecessorCodes == null ? List.of() : List.copyOf(predecessorCodes);
  }

  /**
   * Whether the agency exists in law on {@code day}: from {@code validFrom} to {@code validTo},
   * both included.
   */
  public boolean activeOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }
}
