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
import vn.phoihop.referral.ReferralEnums.ApprovingBodyType;

/** One extension of the receiving agency's decision clock. */
@Entity
@Table(name = "case_referral_extension")
class ReferralExtension {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referral_id")
  private CaseReferral referral;

  private int sequenceNumber;
  private int months;

  @Column(nullable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ApprovingBodyType approvingBodyType;

  @Column(nullable = false)
  private String approvingBody;

  private String approvalNumber;

  @Column(nullable = false)
  private Instant previousDueAt;

  @Column(nullable = false)
  private Instant newDueAt;

  @Column(nullable = false)
  private String recordedBy;

  @Column(nullable = false)
  private Instant recordedAt;

  protected ReferralExtension() {}

  ReferralExtension(
      CaseReferral referral,
      int sequenceNumber,
      int months,
      String reason,
      ApprovingBodyType approvingBodyType,
      String approvingBody,
      String approvalNumber,
      Instant previousDueAt,
      Instant newDueAt,
      String recordedBy,
      Instant recordedAt) {
    this.referral = referral;
    this.sequenceNumber = sequenceNumber;
    this.months = months;
    this.reason = reason;
    this.approvingBodyType = approvingBodyType;
    this.approvingBody = approvingBody;
    this.approvalNumber = approvalNumber;
    this.previousDueAt = previousDueAt;
    this.newDueAt = newDueAt;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  int getSequenceNumber() {
    return sequenceNumber;
  }

  int getMonths() {
    return months;
  }

  String getReason() {
    return reason;
  }

  ApprovingBodyType getApprovingBodyType() {
    return approvingBodyType;
  }

  String getApprovingBody() {
    return approvingBody;
  }

  String getApprovalNumber() {
    return approvalNumber;
  }

  Instant getPreviousDueAt() {
    return previousDueAt;
  }

  Instant getNewDueAt() {
    return newDueAt;
  }

  String getRecordedBy() {
    return recordedBy;
  }

  Instant getRecordedAt() {
    return recordedAt;
  }
}
