package vn.phoihop.campaign;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.phoihop.evaluation.EvaluationPeriod;
import vn.phoihop.evaluation.PeriodKind;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;

/**
 * One requesting body asking its recipients for a report of one kind, for one period, by one
 * deadline (docs/report-campaigns.md). One submission per recipient exists from the start, so "x/N
 * đã nộp" and the missing ones are counted, never guessed.
 */
@Entity
@Table(name = "report_campaign")
class ReportCampaign {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;

  @Enumerated(EnumType.STRING)
  private CampaignKind kind;

  private String title;
  private String requesterCode;

  @Enumerated(EnumType.STRING)
  private PeriodKind periodKind;

  private int periodYear;
  private Integer periodNumber;
  private LocalDate periodStart;
  private LocalDate periodEnd;

  /** The submission deadline in force: moved by each reminder round. */
  private Instant deadline;

  /** 1 for the first call, then one more per reminder round. */
  private int round;

  @Enumerated(EnumType.STRING)
  private CampaignStatus status;

  private String startedBy;
  private Instant startedAt;
  private Instant closedAt;

  @Column(columnDefinition = "varchar")
  private String consolidatedText;

  private String consolidatedBy;

  /** Recorded from an earlier register (the demo's 2024 campaign), not run by the process. */
  private boolean imported;

  private String processInstanceId;

  @Version private long version;

  @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("agencyCode asc")
  private List<CampaignSubmission> submissions = new ArrayList<>();

  protected ReportCampaign() {}

  ReportCampaign(
      String code,
      CampaignKind kind,
      String title,
      String requesterCode,
      EvaluationPeriod period,
      Instant deadline,
      String startedBy,
      Instant startedAt) {
    this.code = code;
    this.kind = kind;
    this.title = title;
    this.requesterCode = requesterCode;
    this.periodKind = period.kind();
    this.periodYear = period.year();
    this.periodNumber = period.number();
    this.periodStart = period.start();
    this.periodEnd = period.end();
    this.deadline = deadline;
    this.round = 1;
    this.status = CampaignStatus.COLLECTING;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
  }

  void addRecipient(String agencyCode, String provinceCode) {
    submissions.add(new CampaignSubmission(this, agencyCode, provinceCode));
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void markImported(String code) {
    this.code = code;
    this.imported = true;
  }

  EvaluationPeriod period() {
    return EvaluationPeriod.of(periodKind, periodYear, periodNumber);
  }

  CampaignSubmission submission(String agencyCode) {
    return findSubmission(agencyCode)
        .orElseThrow(
            () ->
                DomainException.notFound(
                    Texts.text("campaign.submission.notFound", agencyCode, code)));
  }

  Optional<CampaignSubmission> findSubmission(String agencyCode) {
    return submissions.stream().filter(s -> s.getAgencyCode().equals(agencyCode)).findFirst();
  }

  /** A reminder round: the missing recipients get a new deadline. */
  void newRound(Instant newDeadline) {
    requireStatus(CampaignStatus.COLLECTING);
    this.deadline = newDeadline;
    this.round++;
    for (CampaignSubmission submission : submissions) {
      if (!submission.getStatus().submitted()) {
        submission.reminded();
      }
    }
  }

  /** Collection ends; whatever is not submitted by now stays missing. */
  void endCollection() {
    requireStatus(CampaignStatus.COLLECTING);
    this.status = CampaignStatus.CONSOLIDATING;
    for (CampaignSubmission submission : submissions) {
      submission.endCollection();
    }
  }

  void close(String text, String actor, Instant at) {
    requireStatus(CampaignStatus.CONSOLIDATING);
    this.consolidatedText = text;
    this.consolidatedBy = actor;
    this.closedAt = at;
    this.status = CampaignStatus.CLOSED;
  }

  /** For the record of an earlier register: closed as it was, with the reports it got. */
  void closeImported(String text, Instant at) {
    this.status = CampaignStatus.CLOSED;
    this.consolidatedText = text;
    this.closedAt = at;
  }

  void requireStatus(CampaignStatus expected) {
    if (status != expected) {
      throw DomainException.conflict(
          Texts.text("campaign.status.conflict", code, status.label(), expected.label()));
    }
  }

  long submittedCount() {
    return submissions.stream().filter(s -> s.getStatus().submitted()).count();
  }

  Long getId() {
    return id;
  }

  String getCode() {
    return code;
  }

  CampaignKind getKind() {
    return kind;
  }

  String getTitle() {
    return title;
  }

  String getRequesterCode() {
    return requesterCode;
  }

  PeriodKind getPeriodKind() {
    return periodKind;
  }

  LocalDate getPeriodStart() {
    return periodStart;
  }

  LocalDate getPeriodEnd() {
    return periodEnd;
  }

  Instant getDeadline() {
    return deadline;
  }

  int getRound() {
    return round;
  }

  CampaignStatus getStatus() {
    return status;
  }

  String getStartedBy() {
    return startedBy;
  }

  Instant getStartedAt() {
    return startedAt;
  }

  Instant getClosedAt() {
    return closedAt;
  }

  String getConsolidatedText() {
    return consolidatedText;
  }

  String getConsolidatedBy() {
    return consolidatedBy;
  }

  boolean isImported() {
    return imported;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  List<CampaignSubmission> getSubmissions() {
    return submissions;
  }
}
