package vn.phoihop.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The regional customs branch that serves a current province: one per province. */
@Entity
@Table(name = "customs_coverage")
class CustomsCoverage {

  @Id private String provinceCode;

  private String branchCode;

  private String unconfirmed;

  protected CustomsCoverage() {}

  String getProvinceCode() {
    return provinceCode;
  }

  String getBranchCode() {
    return branchCode;
  }

  String getUnconfirmed() {
    return unconfirmed;
  }
}
