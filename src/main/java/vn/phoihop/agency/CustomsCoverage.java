package vn.phoihop.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The regional customs branch that serves a current province: one per province; seeded by V48, then
 * kept by administrators.
 */
@Entity
@Table(name = "customs_coverage")
class CustomsCoverage {

  @Id private String provinceCode;

  private String branchCode;

  private String unconfirmed;

  protected CustomsCoverage() {}

  CustomsCoverage(String provinceCode, String branchCode) {
    this.provinceCode = provinceCode;
    this.branchCode = branchCode;
  }

  /** An administrator's assignment: confirmed by them. */
  void assign(String branchCode) {
    this.branchCode = branchCode;
    this.unconfirmed = null;
  }

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
