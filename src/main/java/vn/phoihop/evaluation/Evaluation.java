package vn.phoihop.evaluation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;

/**
 * One evaluated period of one coordination agreement: its parties' reports, the rating, the review
 * conference (half-year and year) and the lead leader's conclusion. The agreement is referenced by
 * id and code only.
 */
@Entity
@Table(name = "evaluation")
class Evaluation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long agreementId;
  private String agreementCode;
  private String leadAgency;

  @Enumerated(EnumType.STRING)
  private PeriodKind periodKind;

  private int periodYear;
  private Integer periodNumber;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private Instant reportDueAt;

  @Enumerated(EnumType.STRING)
  private EvaluationStatus status;

  private String processInstanceId;

  // the rating table's inputs, as summarised when reporting ended
  private Integer onTimeReportPercent;
  private Integer missingReports;
  private Integer informationExchanged;
  private Integer jointInspections;
  private Integer referralsAnsweredInTimePercent;

  @Enumerated(EnumType.STRING)
  private Rating rating;

  private Instant reportingClosedAt;
  private String reportingClosedBy;

  @Column(columnDefinition = "varchar")
  private String reportingCloseNote;

  @Enumerated(EnumType.STRING)
  private Conclusion conclusion;

  @Column(columnDefinition = "varchar")
  private String conclusionNote;

  private String concludedBy;
  private Instant concludedAt;
  private Instant createdAt;

  @Version private long version;

  @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("lead desc, agencyCode asc")
  private List<PartyReport> reports = new ArrayList<>();

  @OneToOne(mappedBy = "evaluation", cascade = CascadeType.ALL)
  private ReviewConference conference;

  protected Evaluation() {}

  Evaluation(
      Long agreementId,
      String agreementCode,
      String leadAgency,
      EvaluationPeriod period,
      Instant reportDueAt,
      Instant now) {
    this.agreementId = agreementId;
    this.agreementCode = agreementCode;
    this.leadAgency = leadAgency;
    this.periodKind = period.kind();
    this.periodYear = period.year();
    this.periodNumber = period.number();
    this.periodStart = period.start();
    this.periodEnd = period.end();
    this.reportDueAt = reportDueAt;
    this.status = EvaluationStatus.REPORTING;
    this.createdAt = now;
  }

  void addParty(String agencyCode, String provinceCode) {
    reports.add(new PartyReport(this, agencyCode, provinceCode, agencyCode.equals(leadAgency)));
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  EvaluationPeriod period() {
    return new EvaluationPeriod(periodKind, periodYear, periodNumber, periodStart, periodEnd);
  }

  PartyReport reportOf(String agencyCode) {
    return reports.stream()
        .filter(r -> r.getAgencyCode().equals(agencyCode))
        .findFirst()
        .orElseThrow(
            () ->
                DomainException.invalid(
                    "party", Texts.text("evaluation.party.unknown", agencyCode)));
  }

  /** Marks every party without a report as overdue; returns them. */
  List<PartyReport> markOverdue(Instant now) {
    return reports.stream().filter(r -> r.markOverdue(now)).toList();
  }

  /** The lead closes the reporting: whoever has not filed is recorded as not having filed. */
  List<PartyReport> closeReporting(String note, String actor, Instant now) {
    requireStatus(EvaluationStatus.REPORTING);
    this.reportingClosedAt = now;
    this.reportingClosedBy = actor;
    this.reportingCloseNote = note;
    return reports.stream().filter(PartyReport::markMissing).toList();
  }

  RatingFacts summarize() {
    RatingFacts facts = RatingFacts.summarize(reports.stream().map(PartyReport::outcome).toList());
    this.onTimeReportPercent = facts.onTimeReportPercent();
    this.missingReports = facts.missingReports();
    this.informationExchanged = facts.informationExchanged();
    this.jointInspections = facts.jointInspections();
    this.referralsAnsweredInTimePercent = facts.referralsAnsweredInTimePercent();
    return facts;
  }

  void rate(Rating rating) {
    requireStatus(EvaluationStatus.REPORTING);
    this.rating = rating;
    this.status = EvaluationStatus.RATED;
  }

  ReviewConference scheduleConference(
      Instant heldAt, String venue, String chair, String participants, String actor, Instant now) {
    requireStatus(EvaluationStatus.RATED);
    ConferenceKind kind = periodKind.conference();
    if (kind == null) {
      throw DomainException.conflict(
          Texts.text("evaluation.conference.none", periodKind.label().toLowerCase()));
    }
    this.conference =
        new ReviewConference(this, kind, heldAt, venue, chair, participants, actor, now);
    this.status = EvaluationStatus.CONFERENCE_SCHEDULED;
    return conference;
  }

  void recordConference(String minutes, String conclusions, String actor, Instant now) {
    requireStatus(EvaluationStatus.CONFERENCE_SCHEDULED);
    conference.recordMinutes(minutes, conclusions, actor, now);
    this.status = EvaluationStatus.CONFERENCE_HELD;
  }

  void conclude(Conclusion conclusion, String note, String actor, Instant now) {
    if (status != EvaluationStatus.RATED && status != EvaluationStatus.CONFERENCE_HELD) {
      throw DomainException.conflict(Texts.text("evaluation.state.cannotConclude", status.label()));
    }
    this.conclusion = conclusion;
    this.conclusionNote = note;
    this.concludedBy = actor;
    this.concludedAt = now;
    this.status = EvaluationStatus.CONCLUDED;
  }

  /**
   * Stops a period that was not concluded (its process was cancelled with the agreement's in-force
   * wait); true if it was open.
   */
  boolean cancel() {
    if (status == EvaluationStatus.CONCLUDED || status == EvaluationStatus.CANCELLED) {
      return false;
    }
    this.status = EvaluationStatus.CANCELLED;
    return true;
  }

  private void requireStatus(EvaluationStatus expected) {
    if (status != expected) {
      throw DomainException.conflict(
          Texts.text("evaluation.state.expected", status.label(), expected.label()));
    }
  }

  Long getId() {
    return id;
  }

  Long getAgreementId() {
    return agreementId;
  }

  String getAgreementCode() {
    return agreementCode;
  }

  String getLeadAgency() {
    return leadAgency;
  }

  PeriodKind getPeriodKind() {
    return periodKind;
  }

  int getPeriodYear() {
    return periodYear;
  }

  Integer getPeriodNumber() {
    return periodNumber;
  }

  LocalDate getPeriodStart() {
    return periodStart;
  }

  LocalDate getPeriodEnd() {
    return periodEnd;
  }

  Instant getReportDueAt() {
    return reportDueAt;
  }

  EvaluationStatus getStatus() {
    return status;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  Integer getOnTimeReportPercent() {
    return onTimeReportPercent;
  }

  Integer getMissingReports() {
    return missingReports;
  }

  Integer getInformationExchanged() {
    return informationExchanged;
  }

  Integer getJointInspections() {
    return jointInspections;
  }

  Integer getReferralsAnsweredInTimePercent() {
    return referralsAnsweredInTimePercent;
  }

  Rating getRating() {
    return rating;
  }

  Instant getReportingClosedAt() {
    return reportingClosedAt;
  }

  String getReportingClosedBy() {
    return reportingClosedBy;
  }

  String getReportingCloseNote() {
    return reportingCloseNote;
  }

  Conclusion getConclusion() {
    return conclusion;
  }

  String getConclusionNote() {
    return conclusionNote;
  }

  String getConcludedBy() {
    return concludedBy;
  }

  Instant getConcludedAt() {
    return concludedAt;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  List<PartyReport> getReports() {
    return List.copyOf(reports);
  }

  Optional<ReviewConference> getConference() {
    return Optional.ofNullable(conference);
  }
}
