package vn.phoihop.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * One version of the agreement's text, immutable once written (author, time, SHA-256 of the
 * content). When the version is adopted, how it was issued is recorded on it: the document number,
 * the issue date and the date it takes effect (and for the decision path the submission).
 */
@Entity
@Table(name = "agreement_version")
class TextVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VersionKind kind;

  @Column(nullable = false)
  private String content;

  @Column(name = "content_hash", nullable = false)
  private String contentHash;

  private String note;

  @Column(nullable = false)
  private String author;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "submission_number")
  private String submissionNumber;

  @Column(name = "submitted_on")
  private LocalDate submittedOn;

  @Column(name = "document_number")
  private String documentNumber;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "issued_by")
  private String issuedBy;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  protected TextVersion() {}

  TextVersion(
      int versionNo,
      VersionKind kind,
      String content,
      String note,
      String author,
      Instant createdAt) {
    this.versionNo = versionNo;
    this.kind = kind;
    this.content = content;
    this.contentHash = sha256(content);
    this.note = note;
    this.author = author;
    this.createdAt = createdAt;
  }

  static String sha256(String content) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  void submitted(String number, LocalDate on) {
    this.submissionNumber = number;
    this.submittedOn = on;
  }

  void issued(String documentNumber, LocalDate issuedOn, String issuedBy, LocalDate effectiveFrom) {
    this.documentNumber = documentNumber;
    this.issuedOn = issuedOn;
    this.issuedBy = issuedBy;
    this.effectiveFrom = effectiveFrom;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public VersionKind getKind() {
    return kind;
  }

  public String getContent() {
    return content;
  }

  public String getContentHash() {
    return contentHash;
  }

  public String getNote() {
    return note;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getSubmissionNumber() {
    return submissionNumber;
  }

  public LocalDate getSubmittedOn() {
    return submittedOn;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }
}
