package vn.phoihop.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.Texts;
import vn.phoihop.web.Paging;

/** What the REST API returns about referrals: read inside a transaction, mapped to records. */
@Component
@Transactional(readOnly = true)
class ReferralViews {

  private final CaseReferralRepository referrals;
  private final ReferralLookup lookup;
  private final ReferralAccess access;
  private final ReferralDescriptions descriptions;

  ReferralViews(
      CaseReferralRepository referrals,
      ReferralLookup lookup,
      ReferralAccess access,
      ReferralDescriptions descriptions) {
    this.referrals = referrals;
    this.lookup = lookup;
    this.access = access;
    this.descriptions = descriptions;
  }

  record Summary(
      String code,
      ReferralStatus status,
      String statusLabel,
      String openingAgency,
      String receivingAgency,
      String violationCategory,
      Instant openedAt,
      Instant currentDueAt,
      boolean overdue) {}

  record ListPage(List<Summary> items, long total, int page, int size) {}

  record DossierView(
      String caseSummary,
      LocalDate foundOn,
      String foundPlace,
      String provinceCode,
      boolean borderArea,
      boolean customsControl,
      String offenderKind,
      String offenderName,
      String offenderIdNumber,
      String offenderAddress,
      String violationCategory,
      String violationCategoryName,
      String goodsDescription,
      long estimatedValueVnd,
      String crimeSigns,
      String foundDuring) {}

  record Routing(
      String agencyType,
      String legalBasis,
      String proposedAgency,
      String receivingAgency,
      String receivingAgencyName,
      boolean overridden,
      String overrideReason) {}

  /** One legal clock: when it started, when it ends, whether the step was done and in time. */
  record Clock(
      String name,
      String label,
      Instant startedAt,
      Instant dueAt,
      Instant completedAt,
      boolean running,
      boolean overdue) {}

  record Extension(
      int sequenceNumber,
      int months,
      String reason,
      String approvingBodyType,
      String approvingBody,
      String approvalNumber,
      Instant previousDueAt,
      Instant newDueAt,
      String recordedBy,
      Instant recordedAt) {}

  record Outcome(
      String outcome, String label, String decisionNumber, Instant decidedAt, String decidedBy) {}

  record Document(
      long id,
      String kind,
      String fileName,
      String contentType,
      long size,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {}

  /**
   * One step of the trail: when it was recorded ({@code at}), by whom, and for a step the law
   * counts from, its legal date and how many days after it the step was recorded ({@code late}:
   * "ghi nhận muộn 3 ngày").
   */
  record Event(
      Instant at,
      String actor,
      String action,
      String label,
      String reason,
      String detail,
      LocalDate legalDate,
      long recordedLateDays,
      String late) {}

  /** The legal dates of the case so far (null until the step happened). */
  record LegalDates(
      LocalDate handedOverOn,
      LocalDate receivedOn,
      LocalDate clockStartedOn,
      LocalDate decidedOn,
      LocalDate resumedOn,
      LocalDate returnedOn,
      LocalDate returnReceivedOn,
      LocalDate concludedOn) {}

  record Detail(
      String code,
      ReferralStatus status,
      String statusLabel,
      String openingAgency,
      String subDepartment,
      String openedBy,
      Instant openedAt,
      DossierView dossier,
      Routing routing,
      String handoverNumber,
      LegalDates legalDates,
      String refusalReason,
      String suspensionReason,
      String prosecutionResult,
      List<Clock> clocks,
      List<Extension> extensions,
      Outcome outcome,
      String penaltyDecisionNumber,
      LocalDate penaltyDecidedOn,
      Instant closedAt,
      List<Document> documents,
      List<Event> timeline) {}

  /** The referrals the user reads that match the filter, newest first. */
  ListPage list(PhoiHopUser user, ReferralFilter filter, int page, int size) {
    PageRequest pageRequest = Paging.of(page, size, Sort.by(Sort.Direction.DESC, "openedAt", "id"));
    Instant now = Clocks.now();
    Page<CaseReferral> found =
        referrals.findAll(access.readable(user).and(filter.at(now)), pageRequest);
    return new ListPage(
        found.map(r -> summary(r, now)).getContent(),
        found.getTotalElements(),
        found.getNumber(),
        found.getSize());
  }

  Detail detail(String code, PhoiHopUser user) {
    return detail(lookup.requireReadable(code, user));
  }

  Detail detail(CaseReferral r) {
    Instant now = Clocks.now();
    Dossier d = r.dossier();
    return new Detail(
        r.getCode(),
        r.getStatus(),
        r.getStatus().label(),
        r.getOpeningAgency(),
        r.getSubDepartment(),
        r.getOpenedBy(),
        r.getOpenedAt(),
        new DossierView(
            d.caseSummary(),
            d.foundOn(),
            d.foundPlace(),
            d.provinceCode(),
            d.borderArea(),
            d.customsControl(),
            d.offenderKind().name(),
            d.offenderName(),
            d.offenderIdNumber(),
            d.offenderAddress(),
            d.violationCategory(),
            descriptions.category(d.violationCategory()),
            d.goodsDescription(),
            d.estimatedValueVnd(),
            d.crimeSigns(),
            d.foundDuring().name()),
        new Routing(
            r.getRoutedAgencyType(),
            r.getLegalBasis(),
            r.getProposedAgency(),
            r.getReceivingAgency(),
            r.getReceivingAgency() == null ? null : descriptions.agency(r.getReceivingAgency()),
            r.isRoutingOverridden(),
            r.getOverrideReason()),
        r.getHandoverNumber(),
        new LegalDates(
            r.getHandedOverOn(),
            r.getReceivedOn(),
            r.getClockStartedOn(),
            r.getDecidedOn(),
            r.getResumedOn(),
            r.getReturnedOn(),
            r.getReturnReceivedOn(),
            r.getConcludedOn()),
        r.getRefusalReason(),
        r.getSuspensionReason(),
        r.getProsecutionResult(),
        clocks(r, now),
        r.getExtensions().stream()
            .map(
                e ->
                    new Extension(
                        e.getSequenceNumber(),
                        e.getMonths(),
                        e.getReason(),
                        e.getApprovingBodyType().name(),
                        e.getApprovingBody(),
                        e.getApprovalNumber(),
                        e.getPreviousDueAt(),
                        e.getNewDueAt(),
                        e.getRecordedBy(),
                        e.getRecordedAt()))
            .toList(),
        r.getOutcome() == null
            ? null
            : new Outcome(
                r.getOutcome().name(),
                r.getOutcome().label(),
                r.getOutcomeNumber(),
                r.getOutcomeAt(),
                r.getOutcomeBy()),
        r.getPenaltyDecisionNumber(),
        r.getPenaltyDecidedOn(),
        r.getClosedAt(),
        r.getDocuments().stream().map(ReferralViews::document).toList(),
        r.getEvents().stream()
            .map(
                e ->
                    new Event(
                        e.getOccurredAt(),
                        e.getActor(),
                        e.getAction().name(),
                        e.getAction().label(),
                        e.getReason(),
                        e.getDetail(),
                        e.getLegalDate(),
                        e.recordedLateDays(),
                        ReferralDescriptions.late(e.recordedLateDays())))
            .toList());
  }

  static Document document(ReferralDocument d) {
    return new Document(
        d.getId(),
        d.getKind().name(),
        d.getFileName(),
        d.getContentType(),
        d.getSizeBytes(),
        d.getSha256(),
        d.getUploadedBy(),
        d.getUploadedAt());
  }

  private static Summary summary(CaseReferral r, Instant now) {
    return new Summary(
        r.getCode(),
        r.getStatus(),
        r.getStatus().label(),
        r.getOpeningAgency(),
        r.getReceivingAgency(),
        r.dossier().violationCategory(),
        r.getOpenedAt(),
        r.getCurrentDueAt(),
        r.isOverdue(now));
  }

  static List<Clock> clocks(CaseReferral r, Instant now) {
    List<Clock> clocks = new ArrayList<>();
    clocks.add(
        clock(
            "transfer",
            Texts.text("referral.clock.transfer"),
            r.getOpenedAt(),
            r.getTransferDueAt(),
            r.getTransferredAt() != null
                ? r.getTransferredAt()
                : r.getStatus().isBeforeTransfer() ? null : r.getClosedAt(),
            now,
            r.getStatus().isBeforeTransfer()));
    if (r.getAckDueAt() != null) {
      clocks.add(
          clock(
              "acknowledgment",
              Texts.text("referral.clock.acknowledgment"),
              r.getTransferredAt(),
              r.getAckDueAt(),
              r.getReceivedAt(),
              now,
              r.getStatus() == ReferralStatus.TRANSFERRED));
    }
    // The legal clocks start on a legal date and are kept when the legal date of the step that
    // stops them is within them, whenever that step was recorded.
    if (r.getDecisionDueAt() != null) {
      clocks.add(
          clock(
              "decision",
              Texts.text("referral.clock.decision"),
              startOf(r.getClockStartedOn()),
              r.getDecisionDueAt(),
              startOf(r.getDecidedOn()),
              now,
              r.getStatus() == ReferralStatus.AWAITING_DECISION));
    }
    if (r.getReturnDueAt() != null) {
      clocks.add(
          clock(
              "return",
              Texts.text("referral.clock.return"),
              startOf(r.getDecidedOn()),
              r.getReturnDueAt(),
              startOf(r.getReturnedOn()),
              now,
              r.getStatus() == ReferralStatus.NOT_PROSECUTED));
    }
    if (r.getSanctionDueAt() != null) {
      clocks.add(
          clock(
              "sanction",
              Texts.text("referral.clock.sanction"),
              r.getReturnReceivedOn() != null ? startOf(r.getReturnReceivedOn()) : null,
              r.getSanctionDueAt(),
              startOf(r.getPenaltyDecidedOn()),
              now,
              r.getStatus() == ReferralStatus.ADMINISTRATIVE_HANDLING));
    }
    return clocks;
  }

  /** The first instant of a legal date in Vietnam, or null. */
  private static Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(Clocks.ZONE).toInstant();
  }

  private static Clock clock(
      String name,
      String label,
      Instant started,
      Instant due,
      Instant completed,
      Instant now,
      boolean running) {
    boolean overdue = completed != null ? completed.isAfter(due) : running && now.isAfter(due);
    return new Clock(name, label, started, due, completed, running, overdue);
  }
}
