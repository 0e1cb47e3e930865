package vn.phoihop.referral;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.document.RenderedDocument;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.Role;
import vn.phoihop.notification.NotificationKind;
import vn.phoihop.notification.Notifications;
import vn.phoihop.referral.ReferralEnums.DocumentKind;
import vn.phoihop.referral.ReferralProcess.Vars;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.Texts;

/**
 * Hands the dossier over to the receiving agency ({@code Task_TransferReferral}, {@code
 * Task_ForwardReferral}): the handover record, which lists every document with its SHA-256, and the
 * transfer letter, each stored as DOCX and PDF ({@link ReferralPapers}); the notice to the
 * receiving unit's liaison; and the return record when the dossier comes back.
 */
@Service
@Transactional
class ReferralHandover {

  private final ReferralLookup lookup;
  private final ReferralDocuments documents;
  private final ReferralDescriptions descriptions;
  private final AgencyRegistry registry;
  private final Notifications notifications;
  private final ReferralClocks clocks;
  private final ReferralPapers papers;

  ReferralHandover(
      ReferralLookup lookup,
      ReferralDocuments documents,
      ReferralDescriptions descriptions,
      AgencyRegistry registry,
      Notifications notifications,
      ReferralClocks clocks,
      ReferralPapers papers) {
    this.lookup = lookup;
    this.documents = documents;
    this.descriptions = descriptions;
    this.registry = registry;
    this.notifications = notifications;
    this.clocks = clocks;
    this.papers = papers;
  }

  /**
   * Transfers the dossier (Task_TransferReferral): the handover record is dated today, the
   * receiving unit's liaison is told. Returns the end of the acknowledgment clock.
   */
  Date transfer(long id) {
    CaseReferral referral = lookup.require(id);
    LocalDate today = Clocks.today();
    referral.transferred(referral.nextHandoverNumber(), today, SystemEngine.ACTOR, Clocks.now());
    deliver(referral, referral.getSubDepartment(), null);
    return clocks.acknowledgeDue(today);
  }

  /**
   * Hands a forwarded case to the competent body (Task_ForwardReferral): its handover record, and
   * the notice to its liaison.
   */
  void forward(long id) {
    CaseReferral referral = lookup.require(id);
    deliver(
        referral, referral.getForwardedBy(), referral.lastReason(ReferralEnums.Action.FORWARDED));
  }

  /** The return record of a dossier given back to QLTT, stored with the referral's documents. */
  void returnRecord(CaseReferral referral, String actor) {
    List<ReferralDocument> returned = List.copyOf(referral.getDocuments());
    store(
        referral,
        DocumentKind.RETURN_RECORD,
        papers.returnRecord(referral, "BBTR-" + referral.getCode(), returned),
        actor);
  }

  /**
   * The handover record and the transfer letter of the current handover — by QLTT's Chi cục on a
   * transfer, by the forwarding body on a forward — and the notice to the receiving liaison.
   */
  private void deliver(CaseReferral referral, String handingAgency, String reason) {
    String handoverNumber = referral.getHandoverNumber();
    List<ReferralDocument> handedOver = List.copyOf(referral.getDocuments());
    LocalDate on = referral.getHandedOverOn();
    store(
        referral,
        DocumentKind.HANDOVER_RECORD,
        papers.handoverRecord(
            referral, handingAgency, on, reason == null ? Clocks.now() : null, handedOver),
        SystemEngine.ACTOR);
    store(
        referral,
        DocumentKind.TRANSFER_LETTER,
        papers.transferLetter(
            referral, handingAgency, on, handoverNumber.replaceFirst("^BB-", "CV-"), reason),
        SystemEngine.ACTOR);
    AgencyView receiving = registry.require(referral.getReceivingAgency(), Vars.RECEIVING_AGENCY);
    notifications.toGroups(
        List.of(Groups.unitRole(receiving.code(), Role.LIAISON)),
        NotificationKind.INFO,
        Texts.text("referral.notice.transfer.subject", referral.getCode()),
        Texts.text(
            "referral.notice.transfer.body",
            descriptions.agency(handingAgency),
            referral.getCode(),
            handoverNumber,
            receiving.name(),
            String.valueOf(referral.getLegalBasis())),
        referral.getCode(),
        null);
  }

  /** A paper as two documents of the referral: the DOCX to edit or print, the PDF to keep. */
  private void store(
      CaseReferral referral, DocumentKind kind, RenderedDocument paper, String actor) {
    documents.store(
        referral, kind, paper.docxFileName(), RenderedDocument.DOCX_TYPE, paper.docx(), actor);
    documents.store(
        referral, kind, paper.pdfFileName(), RenderedDocument.PDF_TYPE, paper.pdf(), actor);
  }
}
