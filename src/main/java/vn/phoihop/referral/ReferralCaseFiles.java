package vn.phoihop.referral;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.deadline.Deadlines;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * A referral as the Tasklist case file shows it beside a task — the dossier, routing and legal
 * basis, clocks with the working days left, every document, the timeline — and the evidence
 * operations the case file offers: upload (the checks of {@code POST
 * /api/v1/referrals/{code}/documents}), download, and removal before the transfer. Every call finds
 * the referral by the id its process carries and applies the REST API's rules: a referral the user
 * may not read is not found.
 */
@Component
public class ReferralCaseFiles {

  private final CaseReferralRepository referrals;
  private final ReferralAccess access;
  private final ReferralDocuments documents;
  private final ReferralDescriptions descriptions;
  private final ReferralProperties properties;
  private final Deadlines deadlines;

  ReferralCaseFiles(
      CaseReferralRepository referrals,
      ReferralAccess access,
      ReferralDocuments documents,
      ReferralDescriptions descriptions,
      ReferralProperties properties,
      Deadlines deadlines) {
    this.referrals = referrals;
    this.access = access;
    this.documents = documents;
    this.descriptions = descriptions;
    this.properties = properties;
    this.deadlines = deadlines;
  }

  /** The referral with id {@code referralId}, if it exists and {@code user} may read it. */
  @Transactional(readOnly = true)
  public Optional<File> readable(long referralId, PhoiHopUser user) {
    return referrals
        .findById(referralId)
        .filter(r -> access.reads(user, r))
        .map(r -> file(r, user));
  }

  /**
   * Adds an evidence document read from {@code content}; at most one byte more than the size limit
   * is read, so a file too large is refused by the same check as the REST API's without being held
   * in memory whole.
   */
  public Document upload(
      long referralId, String fileName, String contentType, InputStream content, PhoiHopUser user) {
    String code = codeOf(referralId, user);
    byte[] bytes;
    try {
      bytes = content.readNBytes(Math.toIntExact(properties.maxDocumentSize().toBytes() + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return document(documents.upload(code, fileName, contentType, bytes, user), true);
  }

  /** A document with its bytes. */
  public Download download(long referralId, long documentId, PhoiHopUser user) {
    ReferralDocuments.Download file =
        documents.download(codeOf(referralId, user), documentId, user);
    return new Download(file.fileName(), file.contentType(), file.sha256(), file.content());
  }

  /** Removes an evidence document before the transfer; a 409 afterwards, changing nothing. */
  public void remove(long referralId, long documentId, PhoiHopUser user) {
    documents.remove(codeOf(referralId, user), documentId, user);
  }

  private String codeOf(long referralId, PhoiHopUser user) {
    return referrals
        .findById(referralId)
        .filter(r -> access.reads(user, r))
        .map(CaseReferral::getCode)
        .orElseThrow(
            () ->
                DomainException.notFound(
                    Texts.text("referral.notFound", String.valueOf(referralId))));
  }

  private File file(CaseReferral r, PhoiHopUser user) {
    Instant now = Clocks.now();
    LocalDate today = Clocks.dayOf(now);
    Dossier d = r.dossier();
    boolean addsDocuments = access.addsDocuments(user, r) && !r.getStatus().isClosed();
    boolean removesDocuments = access.addsDocuments(user, r) && r.getStatus().isBeforeTransfer();
    return new File(
        r.getCode(),
        r.getStatus().name(),
        r.getStatus().label(),
        descriptions.agency(r.getOpeningAgency()),
        descriptions.agency(r.getSubDepartment()),
        r.getOpenedBy(),
        VietnameseFormats.dateTime(r.getOpenedAt()),
        new DossierView(
            d.caseSummary(),
            VietnameseFormats.date(d.foundOn()),
            d.foundPlace(),
            descriptions.province(d.provinceCode()),
            d.borderArea(),
            d.customsControl(),
            d.foundDuring().label(),
            d.offenderKind().label(),
            d.offenderName(),
            d.offenderIdNumber(),
            d.offenderAddress(),
            descriptions.category(d.violationCategory()),
            d.goodsDescription(),
            VietnameseFormats.vnd(d.estimatedValueVnd()),
            d.crimeSigns()),
        new Routing(
            r.getRoutedAgencyType() == null
                ? null
                : descriptions.agencyType(r.getRoutedAgencyType()),
            r.getLegalBasis(),
            r.getProposedAgency() == null ? null : descriptions.agency(r.getProposedAgency()),
            r.getReceivingAgency() == null ? null : descriptions.agency(r.getReceivingAgency()),
            r.isRoutingOverridden(),
            r.getOverrideReason()),
        r.getHandoverNumber(),
        ReferralViews.clocks(r, now).stream()
            .map(
                c ->
                    new Clock(
                        c.label(),
                        VietnameseFormats.dateTime(c.startedAt()),
                        VietnameseFormats.dateTime(c.dueAt()),
                        VietnameseFormats.dateTime(c.completedAt()),
                        c.running(),
                        c.overdue(),
                        c.running() && c.dueAt() != null
                            ? deadlines.workingDaysLeft(today, Clocks.dayOf(c.dueAt()))
                            : null))
            .toList(),
        r.getExtensions().stream()
            .map(
                e ->
                    new Extension(
                        e.getSequenceNumber(),
                        e.getMonths(),
                        e.getReason(),
                        e.getApprovingBodyType().label(),
                        e.getApprovingBody(),
                        e.getApprovalNumber(),
                        VietnameseFormats.dateTime(e.getPreviousDueAt()),
                        VietnameseFormats.dateTime(e.getNewDueAt())))
            .toList(),
        r.getOutcome() == null ? null : r.getOutcome().label(),
        r.getOutcomeNumber(),
        r.getDocuments().stream().map(doc -> document(doc, removesDocuments)).toList(),
        addsDocuments,
        r.getEvents().stream()
            .map(
                e ->
                    new Event(
                        VietnameseFormats.dateTime(e.getOccurredAt()),
                        e.getActor(),
                        e.getAction().label(),
                        e.getReason(),
                        e.getDetail()))
            .toList());
  }

  private static Document document(ReferralDocument d, boolean removable) {
    return new Document(
        d.getId(),
        d.getKind().label(),
        d.getFileName(),
        d.getContentType(),
        VietnameseFormats.size(d.getSizeBytes()),
        d.getSha256(),
        d.getUploadedBy(),
        VietnameseFormats.dateTime(d.getUploadedAt()),
        removable && d.getKind() == ReferralEnums.DocumentKind.EVIDENCE);
  }

  /** A referral's case file; dates already written {@code dd/MM/yyyy}, agencies by name. */
  public record File(
      String code,
      String status,
      String statusLabel,
      String openingAgency,
      String subDepartment,
      String openedBy,
      String openedAt,
      DossierView dossier,
      Routing routing,
      String handoverNumber,
      List<Clock> clocks,
      List<Extension> extensions,
      String outcomeLabel,
      String outcomeNumber,
      List<Document> documents,
      boolean addsDocuments,
      List<Event> timeline) {}

  public record DossierView(
      String caseSummary,
      String foundOn,
      String foundPlace,
      String province,
      boolean borderArea,
      boolean customsControl,
      String foundDuring,
      String offenderKind,
      String offenderName,
      String offenderIdNumber,
      String offenderAddress,
      String violationCategory,
      String goodsDescription,
      String estimatedValue,
      String crimeSigns) {}

  public record Routing(
      String agencyType,
      String legalBasis,
      String proposedAgency,
      String receivingAgency,
      boolean overridden,
      String overrideReason) {}

  /** A legal clock; {@code workingDaysLeft} while it runs. */
  public record Clock(
      String label,
      String startedAt,
      String dueAt,
      String completedAt,
      boolean running,
      boolean overdue,
      Integer workingDaysLeft) {}

  public record Extension(
      int sequenceNumber,
      int months,
      String reason,
      String approvingBodyType,
      String approvingBody,
      String approvalNumber,
      String previousDueAt,
      String newDueAt) {}

  public record Document(
      long id,
      String kindLabel,
      String fileName,
      String contentType,
      String size,
      String sha256,
      String uploadedBy,
      String uploadedAt,
      boolean removable) {}

  public record Event(String at, String actor, String actionLabel, String reason, String detail) {}

  public record Download(String fileName, String contentType, String sha256, byte[] content) {}
}
