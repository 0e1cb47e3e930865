package vn.phoihop.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An agency that is party to an agreement. Its name and province are kept as they were when the
 * agreement was made, so an agreement signed by a body that later merged stays readable.
 */
@Entity
@Table(name = "agreement_party")
class AgreementParty {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "agency_code", nullable = false)
  private String agencyCode;

  @Column(name = "agency_name", nullable = false)
  private String agencyName;

  @Column(name = "province_code")
  private String provinceCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PartyRole role;

  @Column(nullable = false)
  private int position;

  protected AgreementParty() {}

  AgreementParty(
      String agencyCode, String agencyName, String provinceCode, PartyRole role, int position) {
    this.agencyCode = agencyCode;
    this.agencyName = agencyName;
    this.provinceCode = provinceCode;
    this.role = role;
    this.position = position;
  }

  public String getAgencyCode() {
    return agencyCode;
  }

  public String getAgencyName() {
    return agencyName;
  }

  public String getProvinceCode() {
    return provinceCode;
  }

  public PartyRole getRole() {
    return role;
  }

  public int getPosition() {
    return position;
  }
}
