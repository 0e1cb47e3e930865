package vn.phoihop.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * {@code predecessor} was taken over by {@code successor} on {@code effectiveDate} (merger,
 * renaming, reorganisation).
 */
@Entity
@Table(name = "agency_succession")
class AgencySuccession {

  @Id private String predecessorCode;

  private String successorCode;

  private LocalDate effectiveDate;

  protected AgencySuccession() {}

  AgencySuccession(String predecessorCode, String successorCode, LocalDate effectiveDate) {
    this.predecessorCode = predecessorCode;
    this.successorCode = successorCode;
    this.effectiveDate = effectiveDate;
  }

  String getPredecessorCode() {
    return predecessorCode;
  }

  String getSuccessorCode() {
    return successorCode;
  }

  LocalDate getEffectiveDate() {
    return effectiveDate;
  }
}
