package vn.phoihop.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a {@link ReferralDocument}, loaded only for a download. */
@Entity
@Table(name = "case_referral_document_content")
class ReferralDocumentContent {

  @Id private Long documentId;

  @Column(nullable = false)
  private byte[] content;

  protected ReferralDocumentContent() {}

  ReferralDocumentContent(Long documentId, byte[] content) {
    this.documentId = documentId;
    this.content = content;
  }

  byte[] getContent() {
    return content;
  }
}
