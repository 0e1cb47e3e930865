package vn.phoihop.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One partner's answer to the consultation on one version of the draft. */
@Entity
@Table(name = "agreement_comment")
class AgreementComment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Column(name = "agency_code", nullable = false)
  private String agencyCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Opinion opinion;

  private String content;

  @Column(nullable = false)
  private String author;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AgreementComment() {}

  AgreementComment(
      int versionNo,
      String agencyCode,
      Opinion opinion,
      String content,
      String author,
      Instant createdAt) {
    this.versionNo = versionNo;
    this.agencyCode = agencyCode;
    this.opinion = opinion;
    this.content = content;
    this.author = author;
    this.createdAt = createdAt;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public String getAgencyCode() {
    return agencyCode;
  }

  public Opinion getOpinion() {
    return opinion;
  }

  public String getContent() {
    return content;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
