package vn.phoihop.agreement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The coordination agreement (quy chế / kế hoạch phối hợp): the source of truth for its data and
 * status. Its {@code code} is the business key of its process instance.
 */
@Entity
@Table(name = "agreement")
class Agreement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AgreementKind kind;

  @Column(nullable = false)
  private String title;

  private String summary;

  @Enumerated(EnumType.STRING)
  @Column(name = "approval_path", nullable = false)
  private ApprovalPath approvalPath;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AgreementStatus status;

  @Column(name = "lead_agency_code", nullable = false)
  private String leadAgencyCode;

  @Column(name = "term_start", nullable = false)
  private LocalDate termStart;

  @Column(name = "term_end", nullable = false)
  private LocalDate termEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "evaluation_cadence", nullable = false)
  private EvaluationCadence evaluationCadence;

  /**
   * The regulation this plan implements (situation 2: a team-to-team plan under a regional
   * regulation).
   */
  @Column(name = "parent_id")
  private Long parentId;

  /** The agreement this one renews (tái ký), and the one that renewed it. */
  @Column(name = "renewed_from_id")
  private Long renewedFromId;

  @Column(name = "renewed_by_id")
  private Long renewedById;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "current_version_no", nullable = false)
  private int currentVersionNo;

  @Column(name = "in_force_version_no")
  private Integer inForceVersionNo;

  @Column(name = "document_number")
  private String documentNumber;

  @Column(name = "effective_date")
  private LocalDate effectiveDate;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "termination_reason")
  private String terminationReason;

  @Column(name = "termination_requested_by")
  private String terminationRequestedBy;

  @Column(name = "termination_requested_agency")
  private String terminationRequestedAgency;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "lock_version", nullable = false)
  private long lockVersion;

  @ElementCollection
  @CollectionTable(name = "agreement_field", joinColumns = @JoinColumn(name = "agreement_id"))
  @Column(name = "field_code", nullable = false)
  @OrderBy
  private Set<String> fields = new LinkedHashSet<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
  @OrderBy("position")
  private List<AgreementParty> parties = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
  @OrderBy("versionNo")
  private List<TextVersion> versions = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
  @OrderBy("id")
  private List<AgreementComment> comments = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
  @OrderBy("id")
  private List<Signature> signatures = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
  @OrderBy("id")
  private List<TimelineEntry> timeline = new ArrayList<>();

  protected Agreement() {}

  Agreement(
      String code,
      AgreementKind kind,
      String title,
      String summary,
      ApprovalPath approvalPath,
      String leadAgencyCode,
      LocalDate termStart,
      LocalDate termEnd,
      EvaluationCadence evaluationCadence,
      Long parentId,
      Set<String> fields,
      String createdBy,
      Instant createdAt) {
    this.code = code;
    this.kind = kind;
    this.title = title;
    this.summary = summary;
    this.approvalPath = approvalPath;
    this.leadAgencyCode = leadAgencyCode;
    this.termStart = termStart;
    this.termEnd = termEnd;
    this.evaluationCadence = evaluationCadence;
    this.parentId = parentId;
    this.fields.addAll(fields);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
    this.status = AgreementStatus.DRAFTING;
  }

  void addParty(String agencyCode, String agencyName, String provinceCode, PartyRole role) {
    parties.add(new AgreementParty(agencyCode, agencyName, provinceCode, role, parties.size()));
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void renews(Agreement predecessor) {
    this.renewedFromId = predecessor.getId();
  }

  void renewedBy(Agreement successor) {
    this.renewedById = successor.getId();
  }

  void moveTo(AgreementStatus status, Instant at) {
    this.status = status;
    this.updatedAt = at;
  }

  TextVersion addVersion(VersionKind kind, String content, String note, String author, Instant at) {
    TextVersion version = new TextVersion(currentVersionNo + 1, kind, content, note, author, at);
    versions.add(version);
    currentVersionNo = version.getVersionNo();
    updatedAt = at;
    return version;
  }

  void addComment(String agencyCode, Opinion opinion, String content, String author, Instant at) {
    comments.add(new AgreementComment(currentVersionNo, agencyCode, opinion, content, author, at));
    updatedAt = at;
  }

  void addSignature(
      String agencyCode,
      String name,
      String title,
      LocalDate signedOn,
      String recordedBy,
      Instant at) {
    signatures.add(
        new Signature(currentVersionNo, agencyCode, name, title, signedOn, recordedBy, at));
    updatedAt = at;
  }

  void record(
      TimelineAction action,
      String actor,
      String agencyCode,
      String detail,
      String reason,
      Instant at) {
    timeline.add(
        new TimelineEntry(
            at,
            actor,
            agencyCode,
            action,
            currentVersionNo == 0 ? null : currentVersionNo,
            detail,
            reason));
    updatedAt = at;
  }

  /** The version under way becomes the one in force; the first time, it dates the agreement. */
  void enterIntoForce(Instant at) {
    TextVersion adopted = currentVersion().orElseThrow();
    inForceVersionNo = adopted.getVersionNo();
    if (documentNumber == null) {
      documentNumber = adopted.getDocumentNumber();
      effectiveDate = adopted.getEffectiveFrom();
    }
    moveTo(AgreementStatus.IN_FORCE, at);
  }

  void requestTermination(String reason, String userId, String agencyCode) {
    this.terminationReason = reason;
    this.terminationRequestedBy = userId;
    this.terminationRequestedAgency = agencyCode;
  }

  void end(AgreementStatus finalStatus, LocalDate on, Instant at) {
    this.endedOn = on;
    moveTo(finalStatus, at);
  }

  boolean isParty(String agencyCode) {
    return parties.stream().anyMatch(p -> p.getAgencyCode().equals(agencyCode));
  }

  Optional<TextVersion> currentVersion() {
    return version(currentVersionNo);
  }

  Optional<TextVersion> version(int versionNo) {
    return versions.stream().filter(v -> v.getVersionNo() == versionNo).findFirst();
  }

  List<Signature> signaturesOf(int versionNo) {
    return signatures.stream().filter(s -> s.getVersionNo() == versionNo).toList();
  }

  List<String> partnerCodes() {
    return parties.stream()
        .filter(p -> p.getRole() == PartyRole.PARTNER)
        .map(AgreementParty::getAgencyCode)
        .toList();
  }

  List<String> partyCodes() {
    return parties.stream().map(AgreementParty::getAgencyCode).toList();
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public AgreementKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public ApprovalPath getApprovalPath() {
    return approvalPath;
  }

  public AgreementStatus getStatus() {
    return status;
  }

  public String getLeadAgencyCode() {
    return leadAgencyCode;
  }

  public LocalDate getTermStart() {
    return termStart;
  }

  public LocalDate getTermEnd() {
    return termEnd;
  }

  public EvaluationCadence getEvaluationCadence() {
    return evaluationCadence;
  }

  public Long getParentId() {
    return parentId;
  }

  public Long getRenewedFromId() {
    return renewedFromId;
  }

  public Long getRenewedById() {
    return renewedById;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public int getCurrentVersionNo() {
    return currentVersionNo;
  }

  public Integer getInForceVersionNo() {
    return inForceVersionNo;
  }

  public String getDocumentNumber() {
    return documentNumber;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public String getTerminationReason() {
    return terminationReason;
  }

  public String getTerminationRequestedBy() {
    return terminationRequestedBy;
  }

  public String getTerminationRequestedAgency() {
    return terminationRequestedAgency;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Set<String> getFields() {
    return Collections.unmodifiableSet(fields);
  }

  public List<AgreementParty> getParties() {
    return Collections.unmodifiableList(parties);
  }

  public List<TextVersion> getVersions() {
    return Collections.unmodifiableList(versions);
  }

  public List<AgreementComment> getComments() {
    return Collections.unmodifiableList(comments);
  }

  public List<Signature> getSignatures() {
    return Collections.unmodifiableList(signatures);
  }

  public List<TimelineEntry> getTimeline() {
    return Collections.unmodifiableList(timeline);
  }
}
