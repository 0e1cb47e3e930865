package vn.phoihop.referral;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.Collections;
import java.util.List;
import vn.phoihop.referral.ReferralEnums.Action;
import vn.phoihop.referral.ReferralEnums.DocumentKind;
import vn.phoihop.referral.ReferralEnums.Outcome;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * A case with signs of crime that a QLTT team hands to the Police, Customs or the Border Guard: the
 * dossier, its routing, the legal clocks, the outcome and the audit trail. The source of truth for
 * the {@code case-referral} process, whose business key is {@link #getCode()}.
 *
 * <p>Every state change goes through a method here that also writes the timeline.
 */
@Entity
@Table(name = "case_referral")
class CaseReferral {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReferralStatus status;

  @Column(nullable = false)
  private String openingAgency;

  @Column(nullable = false)
  private String subDepartment;

  @Column(nullable = false)
  private String openedBy;

  @Column(nullable = false)
  private Instant openedAt;

  @Embedded private Dossier dossier;

  // Routing
  private String routedAgencyType;
  private String legalBasis;
  private String proposedAgency;
  private String receivingAgency;
  private boolean routingOverridden;
  private String overrideReason;

  // Clocks and outcome
  @Column(nullable = false)
  private Instant transferDueAt;

  private Instant transferredAt;
  private String handoverNumber;
  private int handoverCount;
  private LocalDate handedOverOn;
  private Instant ackDueAt;
  private LocalDate receivedOn;
  private Instant receivedAt;
  private String receivedBy;
  private String refusalReason;
  private String forwardedBy;
  private LocalDate clockStartedOn;
  private Instant decisionDueAt;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  private String outcomeNumber;
  private LocalDate decidedOn;
  private Instant outcomeAt;
  private String outcomeBy;
  private String suspensionReason;
  private LocalDate resumedOn;
  private String prosecutionResult;
  private LocalDate concludedOn;
  private Instant returnDueAt;
  private LocalDate returnedOn;
  private Instant returnedAt;
  private LocalDate returnReceivedOn;
  private Instant returnReceivedAt;
  private String returnReceivedBy;
  private Boolean exhibitsComplete;
  private Boolean verificationNeeded;
  private Instant sanctionDueAt;
  private String penaltyDecisionNumber;
  private LocalDate penaltyDecidedOn;
  private Instant closedAt;
  private Instant currentDueAt;

  @Version private long version;

  @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sequenceNumber")
  private List<ReferralExtension> extensions = new ArrayList<>();

  @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("occurredAt, id")
  private List<ReferralEvent> events = new ArrayList<>();

  @OneToMany(mappedBy = "referral", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("uploadedAt, id")
  private List<ReferralDocument> documents = new ArrayList<>();

  protected CaseReferral() {}

  CaseReferral(
      String code,
      Dossier dossier,
      String openingAgency,
      String subDepartment,
      Instant transferDueAt,
      String actor,
      Instant now) {
    this.code = code;
    this.status = ReferralStatus.DRAFT;
    this.openingAgency = openingAgency;
    this.subDepartment = subDepartment;
    this.openedBy = actor;
    this.openedAt = now;
    this.dossier = dossier;
    this.transferDueAt = transferDueAt;
    this.currentDueAt = transferDueAt;
    record(
        Action.OPENED,
        actor,
        now,
        null,
        Texts.text("referral.timeline.opened", VietnameseFormats.dateTime(transferDueAt)),
        null);
  }

  // ------------------------------------------------------------------------------ before transfer

  void updateDossier(Dossier dossier, Instant transferDueAt, String actor, Instant now) {
    requireBeforeTransfer();
    this.dossier = dossier;
    this.transferDueAt = transferDueAt;
    this.currentDueAt = transferDueAt;
    record(Action.DOSSIER_UPDATED, actor, now, null, null, null);
  }

  void routed(
      String agencyType, String legalBasis, String proposedAgency, String actor, Instant now) {
    requireBeforeTransfer();
    this.routedAgencyType = agencyType;
    this.legalBasis = legalBasis;
    this.proposedAgency = proposedAgency;
    record(
        Action.ROUTED,
        actor,
        now,
        null,
        proposedAgency == null
            ? Texts.text("referral.timeline.routedToNoUnit", agencyType, legalBasis)
            : Texts.text("referral.timeline.routed", agencyType, proposedAgency, legalBasis),
        null);
  }

  void confirmRouting(
      String receivingAgency, boolean overridden, String reason, String actor, Instant now) {
    requireStatus(ReferralStatus.DRAFT);
    this.receivingAgency = receivingAgency;
    this.routingOverridden = overridden;
    this.overrideReason = overridden ? reason : null;
    this.status = ReferralStatus.UNDER_REVIEW;
    record(
        overridden ? Action.ROUTING_OVERRIDDEN : Action.ROUTING_CONFIRMED,
        actor,
        now,
        overridden ? reason : null,
        receivingAgency,
        null);
  }

  void reviewed(boolean approved, String reason, String actor, Instant now) {
    requireStatus(ReferralStatus.UNDER_REVIEW);
    this.status = approved ? ReferralStatus.AWAITING_TRANSFER_DECISION : ReferralStatus.DRAFT;
    record(
        approved ? Action.REVIEW_APPROVED : Action.REVIEW_RETURNED, actor, now, reason, null, null);
  }

  void decideTransfer(boolean transfer, String reason, String actor, Instant now) {
    requireStatus(ReferralStatus.AWAITING_TRANSFER_DECISION);
    if (!transfer) {
      this.status = ReferralStatus.ADMINISTRATIVE_HANDLING;
      this.currentDueAt = null;
    }
    record(
        transfer ? Action.TRANSFER_DECIDED : Action.ADMINISTRATIVE_HANDLING_DECIDED,
        actor,
        now,
        reason,
        null,
        null);
  }

  void withdraw(String reason, String actor, Instant now) {
    requireBeforeTransfer();
    this.status = ReferralStatus.WITHDRAWN;
    this.closedAt = now;
    this.currentDueAt = null;
    record(Action.WITHDRAWN, actor, now, reason, null, null);
  }

  // ------------------------------------------------------------------------- transfer and after

  /**
   * The dossier leaves QLTT: the handover record {@code handoverNumber} is dated {@code
   * handedOverOn} (the legal date the receiving agency's receipt cannot precede). Also after a
   * refusal, once the Chi cục leader re-routed the case.
   */
  void transferred(String handoverNumber, LocalDate handedOverOn, String actor, Instant now) {
    requireStatus(ReferralStatus.AWAITING_TRANSFER_DECISION);
    this.status = ReferralStatus.TRANSFERRED;
    this.handoverNumber = handoverNumber;
    this.handoverCount++;
    this.handedOverOn = handedOverOn;
    this.transferredAt = now;
    this.currentDueAt = null;
    String due = VietnameseFormats.dateTime(transferDueAt);
    record(
        Action.TRANSFERRED,
        actor,
        now,
        null,
        now.isAfter(transferDueAt)
            ? Texts.text("referral.timeline.transferredLate", due, handoverNumber, receivingAgency)
            : Texts.text(
                "referral.timeline.transferredInTime", due, handoverNumber, receivingAgency),
        handedOverOn);
  }

  /** The number the next handover record of this referral takes (one per transfer or forward). */
  String nextHandoverNumber() {
    return handoverCount == 0 ? "BB-" + code : "BB-" + code + "-" + (handoverCount + 1);
  }

  void acknowledgeDueAt(Instant due) {
    this.ackDueAt = due;
    this.currentDueAt = due;
  }

  /**
   * The receiving agency received the dossier on {@code receivedOn} (the date on the handover
   * record): its decision clock runs from that day to {@code decisionDueAt}.
   */
  void acknowledged(
      LocalDate receivedOn, Instant decisionDueAt, String note, String actor, Instant now) {
    requireStatus(ReferralStatus.TRANSFERRED);
    this.status = ReferralStatus.AWAITING_DECISION;
    this.receivedOn = receivedOn;
    this.clockStartedOn = receivedOn;
    this.receivedAt = now;
    this.receivedBy = actor;
    this.decisionDueAt = decisionDueAt;
    this.currentDueAt = decisionDueAt;
    record(
        Action.RECEIPT_ACKNOWLEDGED,
        actor,
        now,
        note,
        Texts.text(
            "referral.timeline.acknowledged",
            VietnameseFormats.date(receivedOn),
            VietnameseFormats.dateTime(decisionDueAt)),
        receivedOn);
  }

  /** The liaison refuses the dossier (not competent, incomplete, …): back to the Chi cục leader. */
  void refused(String reason, String actor, Instant now) {
    requireStatus(ReferralStatus.TRANSFERRED);
    this.status = ReferralStatus.REFUSED;
    this.refusalReason = reason;
    this.currentDueAt = null;
    record(
        Action.RECEIPT_REFUSED,
        actor,
        now,
        reason,
        Texts.text("referral.timeline.refused", receivingAgency),
        null);
  }

  /** After a refusal, the Chi cục leader sends the dossier to another unit. */
  void rerouted(String agency, String reason, String actor, Instant now) {
    requireStatus(ReferralStatus.REFUSED);
    String previous = receivingAgency;
    this.receivingAgency = agency;
    this.forwardedBy = null;
    this.routingOverridden = true;
    this.overrideReason = reason;
    this.status = ReferralStatus.AWAITING_TRANSFER_DECISION;
    record(
        Action.REROUTED,
        actor,
        now,
        reason,
        Texts.text("referral.timeline.rerouted", previous, agency),
        null);
  }

  /** After a refusal, the Chi cục leader keeps the case as an administrative one. */
  void keptAfterRefusal(String reason, String actor, Instant now) {
    requireStatus(ReferralStatus.REFUSED);
    this.status = ReferralStatus.ADMINISTRATIVE_HANDLING;
    this.currentDueAt = null;
    record(Action.ADMINISTRATIVE_HANDLING_DECIDED, actor, now, reason, null, null);
  }

  /**
   * The receiving agency forwards the case to the competent body (chuyển vụ việc theo thẩm quyền)
   * on {@code forwardedOn}: the dossier goes with a new handover record, and that body's own
   * decision clock starts when it records its receipt.
   */
  void forwarded(
      String agency,
      String reason,
      LocalDate forwardedOn,
      String handoverNumber,
      String actor,
      Instant now) {
    requireStatus(ReferralStatus.AWAITING_DECISION);
    String previous = receivingAgency;
    this.forwardedBy = previous;
    this.receivingAgency = agency;
    this.status = ReferralStatus.TRANSFERRED;
    this.handoverNumber = handoverNumber;
    this.handoverCount++;
    this.handedOverOn = forwardedOn;
    this.transferredAt = now;
    this.receivedOn = null;
    this.receivedAt = null;
    this.receivedBy = null;
    this.decisionDueAt = null;
    this.clockStartedOn = null;
    this.currentDueAt = null;
    record(
        Action.FORWARDED,
        actor,
        now,
        reason,
        Texts.text("referral.timeline.forwarded", previous, agency, handoverNumber),
        forwardedOn);
  }

  ReferralExtension extend(
      int months,
      String reason,
      ReferralEnums.ApprovingBodyType bodyType,
      String approvingBody,
      String approvalNumber,
      Instant newDueAt,
      String actor,
      Instant now) {
    requireStatus(ReferralStatus.AWAITING_DECISION);
    ReferralExtension extension =
        new ReferralExtension(
            this,
            extensions.size() + 1,
            months,
            reason,
            bodyType,
            approvingBody,
            approvalNumber,
            decisionDueAt,
            newDueAt,
            actor,
            now);
    extensions.add(extension);
    record(
        Action.DECISION_EXTENDED,
        actor,
        now,
        reason,
        approvalNumber == null
            ? Texts.text(
                "referral.timeline.extended",
                extension.getSequenceNumber(),
                months,
                bodyType.label(),
                approvingBody,
                VietnameseFormats.dateTime(newDueAt))
            : Texts.text(
                "referral.timeline.extendedWithNumber",
                extension.getSequenceNumber(),
                months,
                bodyType.label(),
                approvingBody,
                approvalNumber,
                VietnameseFormats.dateTime(newDueAt)),
        null);
    this.decisionDueAt = newDueAt;
    this.currentDueAt = newDueAt;
    return extension;
  }

  /** Extensions of the clock now running: those recorded since the receipt or the resumption. */
  int extensionsOfRunningClock() {
    return (int)
        extensions.stream()
            .filter(e -> receivedAt != null && !e.getRecordedAt().isBefore(clockRecordedAt()))
            .count();
  }

  private Instant clockRecordedAt() {
    return events.stream()
        .filter(
            e -> e.getAction() == Action.RECEIPT_ACKNOWLEDGED || e.getAction() == Action.RESUMED)
        .map(ReferralEvent::getOccurredAt)
        .reduce((first, second) -> second)
        .orElse(receivedAt);
  }

  /**
   * The receiving agency's decision {@code number} signed on {@code decidedOn}: in time when that
   * day is within the clock. A suspension gives its reason.
   */
  void decided(
      Outcome outcome, String number, LocalDate decidedOn, String note, String actor, Instant now) {
    requireStatus(ReferralStatus.AWAITING_DECISION);
    this.outcome = outcome;
    this.outcomeNumber = number;
    this.decidedOn = decidedOn;
    this.outcomeAt = now;
    this.outcomeBy = actor;
    this.currentDueAt = null;
    this.status =
        switch (outcome) {
          case PROSECUTED -> ReferralStatus.PROSECUTED;
          case SUSPENDED -> ReferralStatus.SUSPENDED;
          case NOT_PROSECUTED -> ReferralStatus.NOT_PROSECUTED;
        };
    if (outcome == Outcome.SUSPENDED) {
      this.suspensionReason = note;
    }
    Action action =
        switch (outcome) {
          case PROSECUTED -> Action.PROSECUTED;
          case SUSPENDED -> Action.SUSPENDED;
          case NOT_PROSECUTED -> Action.NOT_PROSECUTED;
        };
    String due = VietnameseFormats.dateTime(decisionDueAt);
    record(
        action,
        actor,
        now,
        note,
        decidedInTime()
            ? Texts.text(
                "referral.timeline.decidedInTime", number, VietnameseFormats.date(decidedOn), due)
            : Texts.text(
                "referral.timeline.decidedLate", number, VietnameseFormats.date(decidedOn), due),
        decidedOn);
  }

  /** Whether the decision's legal date falls within the decision clock (with its extensions). */
  boolean decidedInTime() {
    return decidedOn != null
        && decisionDueAt != null
        && !decidedOn.isAfter(Clocks.dayOf(decisionDueAt));
  }

  /**
   * A suspended case resumes on {@code resumedOn} (the resumption decision): the decision clock
   * opens again from that day.
   */
  void resumed(
      LocalDate resumedOn,
      String number,
      String reason,
      Instant decisionDueAt,
      String actor,
      Instant now) {
    requireStatus(ReferralStatus.SUSPENDED);
    this.status = ReferralStatus.AWAITING_DECISION;
    this.resumedOn = resumedOn;
    this.clockStartedOn = resumedOn;
    this.outcome = null;
    this.outcomeNumber = null;
    this.decidedOn = null;
    this.outcomeAt = null;
    this.outcomeBy = null;
    this.decisionDueAt = decisionDueAt;
    this.currentDueAt = decisionDueAt;
    record(
        Action.RESUMED,
        actor,
        now,
        reason,
        Texts.text(
            "referral.timeline.resumed",
            number,
            VietnameseFormats.date(resumedOn),
            VietnameseFormats.dateTime(decisionDueAt)),
        resumedOn);
  }

  /** QLTT records what the investigation body reported on the prosecuted case by {@code on}. */
  void prosecutionUpdated(LocalDate on, String progress, String actor, Instant now) {
    requireStatus(ReferralStatus.PROSECUTED);
    record(Action.PROSECUTION_UPDATED, actor, now, progress, null, on);
  }

  /** The prosecuted case's outcome (judgment, dropped charges, …) closes the referral. */
  void concluded(LocalDate on, String result, String actor, Instant now) {
    requireStatus(ReferralStatus.PROSECUTED);
    this.status = ReferralStatus.CASE_CONCLUDED;
    this.prosecutionResult = result;
    this.concludedOn = on;
    this.closedAt = now;
    record(Action.CASE_CONCLUDED, actor, now, result, null, on);
  }

  void returnDueAt(Instant due) {
    this.returnDueAt = due;
    this.currentDueAt = due;
  }

  /** The receiving agency hands the dossier and exhibits back on {@code returnedOn}. */
  void returned(LocalDate returnedOn, String note, String actor, Instant now) {
    requireStatus(ReferralStatus.NOT_PROSECUTED);
    this.status = ReferralStatus.RETURNED;
    this.returnedOn = returnedOn;
    this.returnedAt = now;
    this.currentDueAt = null;
    record(Action.DOSSIER_RETURNED, actor, now, note, returnTiming(returnedOn), returnedOn);
  }

  /**
   * QLTT confirms it received the dossier and exhibits back on {@code receivedOn}: the
   * administrative penalty's clock, ending at {@code sanctionDueAt}, runs from that day.
   */
  void returnReceived(
      LocalDate receivedOn,
      boolean exhibitsComplete,
      boolean verificationNeeded,
      String note,
      Instant sanctionDueAt,
      String actor,
      Instant now) {
    requireStatus(ReferralStatus.RETURNED);
    this.status = ReferralStatus.ADMINISTRATIVE_HANDLING;
    this.returnReceivedOn = receivedOn;
    this.returnReceivedAt = now;
    this.returnReceivedBy = actor;
    this.exhibitsComplete = exhibitsComplete;
    this.verificationNeeded = verificationNeeded;
    this.sanctionDueAt = sanctionDueAt;
    this.currentDueAt = sanctionDueAt;
    record(
        Action.RETURN_RECEIVED,
        actor,
        now,
        note,
        Texts.text(
            exhibitsComplete
                ? "referral.timeline.returnReceived"
                : "referral.timeline.returnReceivedIncomplete",
            VietnameseFormats.dateTime(sanctionDueAt)),
        receivedOn);
  }

  void sanctionDueAt(Instant due) {
    this.sanctionDueAt = due;
    this.currentDueAt = due;
  }

  void sanctioned(
      String decisionNumber, LocalDate decidedOn, String note, String actor, Instant now) {
    requireStatus(ReferralStatus.ADMINISTRATIVE_HANDLING);
    this.penaltyDecisionNumber = decisionNumber;
    this.penaltyDecidedOn = decidedOn;
    this.status = ReferralStatus.SANCTIONED;
    this.closedAt = now;
    this.currentDueAt = null;
    record(
        Action.SANCTIONED,
        actor,
        now,
        note,
        Texts.text(
            "referral.timeline.sanctioned", decisionNumber, VietnameseFormats.date(decidedOn)),
        decidedOn);
  }

  ReferralDocument addDocument(
      DocumentKind kind,
      String fileName,
      String contentType,
      long size,
      String sha256,
      String actor,
      Instant now) {
    if (status.isClosed()) {
      throw DomainException.conflict(
          Texts.text("referral.state.closedToDocuments", code, status.label()));
    }
    ReferralDocument document =
        new ReferralDocument(this, kind, fileName, contentType, size, sha256, actor, now);
    documents.add(document);
    record(
        Action.DOCUMENT_ADDED,
        actor,
        now,
        null,
        Texts.text("referral.timeline.documentAdded", kind.label(), fileName, sha256),
        null);
    return document;
  }

  /**
   * Takes an evidence document out of the dossier, before the transfer only: once handed over, the
   * dossier's documents are what the receiving agency received (the handover record lists them with
   * their SHA-256), and the handover record itself is never removed. The timeline keeps what was
   * removed, by whom and when.
   */
  void removeDocument(ReferralDocument document, String actor, Instant now) {
    if (document.getKind().isGenerated()) {
      throw DomainException.conflict(
          Texts.text("referral.document.handoverKept", code, document.getFileName()));
    }
    if (!status.isBeforeTransfer()) {
      throw DomainException.conflict(
          Texts.text("referral.document.removeAfterTransfer", code, status.label()));
    }
    documents.remove(document);
    record(
        Action.DOCUMENT_REMOVED,
        actor,
        now,
        null,
        Texts.text(
            "referral.timeline.documentRemoved",
            document.getKind().label(),
            document.getFileName(),
            document.getSha256()),
        null);
  }

  // -------------------------------------------------------------------------------- internals

  /** Whether the dossier came back in time, for the timeline; none without a return clock. */
  private String returnTiming(LocalDate returnedOn) {
    if (returnDueAt == null) {
      return null;
    }
    String due = VietnameseFormats.dateTime(returnDueAt);
    return returnedOn.isAfter(Clocks.dayOf(returnDueAt))
        ? Texts.text("referral.timeline.returnedLate", due)
        : Texts.text("referral.timeline.returnedInTime", due);
  }

  private void record(
      Action action, String actor, Instant now, String reason, String detail, LocalDate legalDate) {
    events.add(new ReferralEvent(this, now, actor, action, reason, detail, legalDate));
  }

  private void requireBeforeTransfer() {
    if (!status.isBeforeTransfer()) {
      throw DomainException.conflict(
          Texts.text("referral.state.transferredOrClosed", code, status.label()));
    }
  }

  private void requireStatus(ReferralStatus expected) {
    if (status != expected) {
      throw DomainException.conflict(
          Texts.text("referral.state.wrong", code, status.label(), expected.label()));
    }
  }

  /**
   * How late the last step of {@code action} was recorded after its legal date, in days (0: on
   * time, or no such step).
   */
  long recordedLateDays(Action action) {
    long late = 0;
    for (ReferralEvent event : events) {
      if (event.getAction() == action) {
        late = event.recordedLateDays();
      }
    }
    return late;
  }

  Dossier dossier() {
    return dossier;
  }

  boolean isOverdue(Instant now) {
    return currentDueAt != null && now.isAfter(currentDueAt);
  }

  // ---------------------------------------------------------------------------------- getters

  Long getId() {
    return id;
  }

  String getCode() {
    return code;
  }

  ReferralStatus getStatus() {
    return status;
  }

  String getOpeningAgency() {
    return openingAgency;
  }

  String getSubDepartment() {
    return subDepartment;
  }

  String getOpenedBy() {
    return openedBy;
  }

  Instant getOpenedAt() {
    return openedAt;
  }

  String getRoutedAgencyType() {
    return routedAgencyType;
  }

  String getLegalBasis() {
    return legalBasis;
  }

  String getProposedAgency() {
    return proposedAgency;
  }

  String getReceivingAgency() {
    return receivingAgency;
  }

  boolean isRoutingOverridden() {
    return routingOverridden;
  }

  String getOverrideReason() {
    return overrideReason;
  }

  Instant getTransferDueAt() {
    return transferDueAt;
  }

  Instant getTransferredAt() {
    return transferredAt;
  }

  String getHandoverNumber() {
    return handoverNumber;
  }

  Instant getAckDueAt() {
    return ackDueAt;
  }

  Instant getReceivedAt() {
    return receivedAt;
  }

  String getReceivedBy() {
    return receivedBy;
  }

  Instant getDecisionDueAt() {
    return decisionDueAt;
  }

  Outcome getOutcome() {
    return outcome;
  }

  String getOutcomeNumber() {
    return outcomeNumber;
  }

  Instant getOutcomeAt() {
    return outcomeAt;
  }

  String getOutcomeBy() {
    return outcomeBy;
  }

  Instant getReturnDueAt() {
    return returnDueAt;
  }

  Instant getReturnedAt() {
    return returnedAt;
  }

  Instant getSanctionDueAt() {
    return sanctionDueAt;
  }

  String getPenaltyDecisionNumber() {
    return penaltyDecisionNumber;
  }

  LocalDate getPenaltyDecidedOn() {
    return penaltyDecidedOn;
  }

  Instant getClosedAt() {
    return closedAt;
  }

  Instant getCurrentDueAt() {
    return currentDueAt;
  }

  int getHandoverCount() {
    return handoverCount;
  }

  LocalDate getHandedOverOn() {
    return handedOverOn;
  }

  LocalDate getReceivedOn() {
    return receivedOn;
  }

  String getRefusalReason() {
    return refusalReason;
  }

  /** The unit that forwarded the case to the current receiving agency; null if QLTT sent it. */
  String getForwardedBy() {
    return forwardedBy;
  }

  /** The reason of the last step of {@code action}, or null. */
  String lastReason(Action action) {
    String reason = null;
    for (ReferralEvent event : events) {
      if (event.getAction() == action) {
        reason = event.getReason();
      }
    }
    return reason;
  }

  LocalDate getClockStartedOn() {
    return clockStartedOn;
  }

  LocalDate getDecidedOn() {
    return decidedOn;
  }

  String getSuspensionReason() {
    return suspensionReason;
  }

  LocalDate getResumedOn() {
    return resumedOn;
  }

  String getProsecutionResult() {
    return prosecutionResult;
  }

  LocalDate getConcludedOn() {
    return concludedOn;
  }

  LocalDate getReturnedOn() {
    return returnedOn;
  }

  LocalDate getReturnReceivedOn() {
    return returnReceivedOn;
  }

  Instant getReturnReceivedAt() {
    return returnReceivedAt;
  }

  String getReturnReceivedBy() {
    return returnReceivedBy;
  }

  Boolean getExhibitsComplete() {
    return exhibitsComplete;
  }

  Boolean getVerificationNeeded() {
    return verificationNeeded;
  }

  List<ReferralExtension> getExtensions() {
    return Collections.unmodifiableList(extensions);
  }

  List<ReferralEvent> getEvents() {
    return Collections.unmodifiableList(events);
  }

  List<ReferralDocument> getDocuments() {
    return Collections.unmodifiableList(documents);
  }
}
