package vn.phoihop.referral;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
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
 * Hands the dossier over to the receiving agency ({@code Task_TransferReferral}): the handover
 * record, stored as a document that lists every file with its SHA-256, and the notice to the
 * receiving unit's liaison.
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

  ReferralHandover(
      ReferralLookup lookup,
      ReferralDocuments documents,
      ReferralDescriptions descriptions,
      AgencyRegistry registry,
      Notifications notifications,
      ReferralClocks clocks) {
    this.lookup = lookup;
    this.documents = documents;
    this.descriptions = descriptions;
    this.registry = registry;
    this.notifications = notifications;
    this.clocks = clocks;
  }

  /**
   * Transfers the dossier (Task_TransferReferral): the handover record is dated today, the
   * receiving unit's liaison is told. Returns the end of the acknowledgment clock.
   */
  Date transfer(long id) {
    CaseReferral referral = lookup.require(id);
    LocalDate today = Clocks.today();
    referral.transferred(referral.nextHandoverNumber(), today, SystemEngine.ACTOR, Clocks.now());
    deliver(referral);
    return clocks.acknowledgeDue(today);
  }

  /**
   * Hands a forwarded case to the competent body (Task_ForwardReferral): its handover record, and
   * the notice to its liaison.
   */
  void forward(long id) {
    deliver(lookup.require(id));
  }

  /** The return record of a dossier given back to QLTT, stored with the referral's documents. */
  void returnRecord(CaseReferral referral, String actor) {
    String number = "BBTR-" + referral.getCode();
    byte[] record =
        descriptions
            .handoverRecord(referral, number, Clocks.now())
            .getBytes(StandardCharsets.UTF_8);
    documents.store(
        referral,
        DocumentKind.RETURN_RECORD,
        number + ".txt",
        "text/plain; charset=UTF-8",
        record,
        actor);
  }

  /** The handover record of the current handover, and the notice to the receiving liaison. */
  private void deliver(CaseReferral referral) {
    String handoverNumber = referral.getHandoverNumber();
    byte[] record =
        descriptions
            .handoverRecord(referral, handoverNumber, Clocks.now())
            .getBytes(StandardCharsets.UTF_8);
    documents.store(
        referral,
        DocumentKind.HANDOVER_RECORD,
        handoverNumber + ".txt",
        "text/plain; charset=UTF-8",
        record,
        SystemEngine.ACTOR);
    AgencyView receiving = registry.require(referral.getReceivingAgency(), Vars.RECEIVING_AGENCY);
    notifications.toGroups(
        List.of(Groups.unitRole(receiving.code(), Role.LIAISON)),
        NotificationKind.INFO,
        Texts.text("referral.notice.transfer.subject", referral.getCode()),
        Texts.text(
            "referral.notice.transfer.body",
            descriptions.agency(referral.getOpeningAgency()),
            referral.getCode(),
            handoverNumber,
            receiving.name(),
            String.valueOf(referral.getLegalBasis())),
        referral.getCode(),
        null);
  }
}
