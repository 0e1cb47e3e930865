package vn.phoihop.campaign;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;

/** One recipient of a campaign and the report it prepares, submits and has reviewed. */
@Entity
@Table(name = "campaign_submission")
class CampaignSubmission {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "campaign_id")
  private ReportCampaign campaign;

  private String agencyCode;

  /** The recipient's province when the campaign opened: its managers may read the submission. */
  private String provinceCode;

  @Enumerated(EnumType.STRING)
  private SubmissionStatus status;

  private Instant submittedAt;
  private String submittedBy;
  private String approvedBy;

  /** Still missing when a deadline passed (stays so once submitted later). */
  private boolean late;

  private int remindedRounds;

  @Column(columnDefinition = "varchar")
  private String returnedReason;

  private Long inspections;
  private Long violationsHandled;
  private Long budgetPaidVnd;
  private Long confiscatedGoodsVnd;
  private Long casesTransferred;
  private Long casesProsecuted;
  private Boolean planIssued;
  private String planNumber;
  private LocalDate planDate;
  private LocalDate planExpectedDate;

  @Column(columnDefinition = "varchar")
  private String planNotIssuedReason;

  @Column(columnDefinition = "varchar")
  private String narrative;

  @Column(columnDefinition = "varchar")
  private String difficulties;

  private String reviewedBy;
  private Instant reviewedAt;

  @Version private long version;

  protected CampaignSubmission() {}

  CampaignSubmission(ReportCampaign campaign, String agencyCode, String provinceCode) {
    this.campaign = campaign;
    this.agencyCode = agencyCode;
    this.provinceCode = provinceCode;
    this.status = SubmissionStatus.PENDING;
  }

  /** The recipient's staff prepared the report (a draft until the leader approves it). */
  void prepare(ReportContent content, String actor) {
    requireOpen();
    this.inspections = content.inspections();
    this.violationsHandled = content.violationsHandled();
    this.budgetPaidVnd = content.budgetPaidVnd();
    this.confiscatedGoodsVnd = content.confiscatedGoodsVnd();
    this.casesTransferred = content.casesTransferred();
    this.casesProsecuted = content.casesProsecuted();
    this.planIssued = content.planIssued();
    this.planNumber = content.planNumber();
    this.planDate = content.planDate();
    this.planExpectedDate = content.planExpectedDate();
    this.planNotIssuedReason = content.planNotIssuedReason();
    this.narrative = content.narrative();
    this.difficulties = content.difficulties();
    this.submittedBy = actor;
  }

  void approve(String actor) {
    requireOpen();
    this.approvedBy = actor;
  }

  /** The leader approved: the report reaches the requester. */
  void submit(Instant at) {
    requireOpen();
    this.status = SubmissionStatus.SUBMITTED;
    this.submittedAt = at;
    this.returnedReason = null;
  }

  void accept(String actor, Instant at) {
    requireStatus(SubmissionStatus.SUBMITTED);
    this.status = SubmissionStatus.ACCEPTED;
    this.reviewedBy = actor;
    this.reviewedAt = at;
  }

  /** The requester returned the report: it no longer counts as submitted. */
  void returnWith(String reason, String actor, Instant at) {
    requireStatus(SubmissionStatus.SUBMITTED);
    this.status = SubmissionStatus.RETURNED;
    this.returnedReason = reason;
    this.reviewedBy = actor;
    this.reviewedAt = at;
  }

  /** A deadline passed: returns whether this report was still missing (and is now late). */
  boolean deadlinePassed() {
    if (status.submitted()) {
      return false;
    }
    this.late = true;
    return true;
  }

  void reminded() {
    this.remindedRounds++;
  }

  void endCollection() {
    if (!status.submitted()) {
      this.status = SubmissionStatus.MISSING;
    }
  }

  /** For the record of an earlier register. */
  void recordImported(ReportContent content, String by, Instant at, boolean wasLate) {
    prepare(content, by);
    this.approvedBy = by;
    this.status = SubmissionStatus.ACCEPTED;
    this.submittedAt = at;
    this.late = wasLate;
  }

  private void requireOpen() {
    if (status != SubmissionStatus.PENDING && status != SubmissionStatus.RETURNED) {
      throw DomainException.conflict(
          Texts.text("campaign.submission.notOpen", agencyCode, status.label()));
    }
  }

  private void requireStatus(SubmissionStatus expected) {
    if (status != expected) {
      throw DomainException.conflict(
          Texts.text("campaign.submission.notOpen", agencyCode, status.label()));
    }
  }

  Long getId() {
    return id;
  }

  ReportCampaign getCampaign() {
    return campaign;
  }

  String getAgencyCode() {
    return agencyCode;
  }

  String getProvinceCode() {
    return provinceCode;
  }

  SubmissionStatus getStatus() {
    return status;
  }

  Instant getSubmittedAt() {
    return submittedAt;
  }

  String getSubmittedBy() {
    return submittedBy;
  }

  String getApprovedBy() {
    return approvedBy;
  }

  boolean isLate() {
    return late;
  }

  int getRemindedRounds() {
    return remindedRounds;
  }

  String getReturnedReason() {
    return returnedReason;
  }

  Long getInspections() {
    return inspections;
  }

  Long getViolationsHandled() {
    return violationsHandled;
  }

  Long getBudgetPaidVnd() {
    return budgetPaidVnd;
  }

  Long getConfiscatedGoodsVnd() {
    return confiscatedGoodsVnd;
  }

  Long getCasesTransferred() {
    return casesTransferred;
  }

  Long getCasesProsecuted() {
    return casesProsecuted;
  }

  Boolean getPlanIssued() {
    return planIssued;
  }

  String getPlanNumber() {
    return planNumber;
  }

  LocalDate getPlanDate() {
    return planDate;
  }

  LocalDate getPlanExpectedDate() {
    return planExpectedDate;
  }

  String getPlanNotIssuedReason() {
    return planNotIssuedReason;
  }

  String getNarrative() {
    return narrative;
  }

  String getDifficulties() {
    return difficulties;
  }

  String getReviewedBy() {
    return reviewedBy;
  }

  Instant getReviewedAt() {
    return reviewedAt;
  }
}
