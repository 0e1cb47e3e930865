package vn.phoihop.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.phoihop.referral.ReferralEnums.DocumentKind;

/**
 * A document of a referral's dossier (metadata; the bytes are a {@link ReferralDocumentContent}).
 */
@Entity
@Table(name = "case_referral_document")
class ReferralDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referral_id")
  private CaseReferral referral;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentKind kind;

  @Column(nullable = false)
  private String fileName;

  @Column(nullable = false)
  private String contentType;

  private long sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @Column(nullable = false)
  private String uploadedBy;

  @Column(nullable = false)
  private Instant uploadedAt;

  protected ReferralDocument() {}

  ReferralDocument(
      CaseReferral referral,
      DocumentKind kind,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {
    this.referral = referral;
    this.kind = kind;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  Long getId() {
    return id;
  }

  CaseReferral getReferral() {
    return referral;
  }

  DocumentKind getKind() {
    return kind;
  }

  String getFileName() {
    return fileName;
  }

  String getContentType() {
    return contentType;
  }

  long getSizeBytes() {
    return sizeBytes;
  }

  String getSha256() {
    return sha256;
  }

  String getUploadedBy() {
    return uploadedBy;
  }

  Instant getUploadedAt() {
    return uploadedAt;
  }
}
