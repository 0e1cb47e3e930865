package vn.phoihop.referral;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

  ReferralHandover(
      ReferralLookup lookup,
      ReferralDocuments documents,
      ReferralDescriptions descriptions,
      AgencyRegistry registry,
      Notifications notifications) {
    this.lookup = lookup;
    this.documents = documents;
    this.descriptions = descriptions;
    this.registry = registry;
    this.notifications = notifications;
  }

  /** Transfers the dossier; returns the handover record's number. */
  String transfer(long id) {
    CaseReferral referral = lookup.require(id);
    Instant now = Clocks.now();
    String handoverNumber = "BB-" + referral.getCode();
    referral.transferred(handoverNumber, SystemEngine.ACTOR, now);
    byte[] record =
        descriptions.handoverRecord(referral, handoverNumber, now).getBytes(StandardCharsets.UTF_8);
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
    return handoverNumber;
  }
}
