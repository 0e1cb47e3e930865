package vn.phoihop.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One party's signature on one version: who signed, with what title, on which day. */
@Entity
@Table(name = "agreement_signature")
class Signature {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Column(name = "agency_code", nullable = false)
  private String agencyCode;

  @Column(name = "signatory_name", nullable = false)
  private String signatoryName;

  @Column(name = "signatory_title", nullable = false)
  private String signatoryTitle;

  @Column(name = "signed_on", nullable = false)
  private LocalDate signedOn;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Signature() {}

  Signature(
      int versionNo,
      String agencyCode,
      String signatoryName,
      String signatoryTitle,
      LocalDate signedOn,
      String recordedBy,
      Instant recordedAt) {
    this.versionNo = versionNo;
    this.agencyCode = agencyCode;
    this.signatoryName = signatoryName;
    this.signatoryTitle = signatoryTitle;
    this.signedOn = signedOn;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public String getAgencyCode() {
    return agencyCode;
  }

  public String getSignatoryName() {
    return signatoryName;
  }

  public String getSignatoryTitle() {
    return signatoryTitle;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
