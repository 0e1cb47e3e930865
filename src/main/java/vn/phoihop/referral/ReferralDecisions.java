package vn.phoihop.referral;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.Role;
import vn.phoihop.notification.NotificationKind;
import vn.phoihop.notification.Notifications;
import vn.phoihop.referral.ReferralEnums.Outcome;
import vn.phoihop.referral.ReferralProcess.FormFields;
import vn.phoihop.referral.ReferralProcess.Vars;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * The decisions taken on a referral, each checked as its form submits it: the team leader's review,
 * the Chi cục leader's transfer decision, the receiving agency's outcome and the notice of it to
 * QLTT, the return of the dossier and the administrative penalty that closes the case.
 */
@Service
@Transactional
class ReferralDecisions {

  private final ReferralLookup lookup;
  private final ReferralDescriptions descriptions;
  private final Notifications notifications;

  ReferralDecisions(
      ReferralLookup lookup, ReferralDescriptions descriptions, Notifications notifications) {
    this.lookup = lookup;
    this.descriptions = descriptions;
    this.notifications = notifications;
  }

  /** The team leader approves the dossier, or returns it with what to complete. */
  void review(long id, String outcome, String reason, String actor) {
    CaseReferral referral = lookup.require(id);
    boolean approved = Vars.APPROVED.equals(outcome);
    if (!approved && !Vars.RETURNED.equals(outcome)) {
      throw DomainException.invalid(Vars.REVIEW_OUTCOME, Texts.text("referral.review.choose"));
    }
    String why =
        approved
            ? DossierInput.optional(reason, FormFields.REVIEW_REASON, 2000)
            : DossierInput.required(
                reason, FormFields.REVIEW_REASON, Texts.text("referral.review.returnReason"), 2000);
    referral.reviewed(approved, why, actor, Clocks.now());
  }

  /** The Chi cục leader transfers the dossier, or keeps the case as an administrative one. */
  void decideTransfer(long id, String decision, String reason, String actor) {
    CaseReferral referral = lookup.require(id);
    boolean transfer = Vars.TRANSFER.equals(decision);
    if (!transfer && !Vars.ADMINISTRATIVE.equals(decision)) {
      throw DomainException.invalid(
          Vars.TRANSFER_DECISION, Texts.text("referral.transferDecision.choose"));
    }
    String why =
        transfer
            ? DossierInput.optional(reason, FormFields.TRANSFER_DECISION_REASON, 2000)
            : DossierInput.required(
                reason,
                FormFields.TRANSFER_DECISION_REASON,
                Texts.text("referral.transferDecision.reason"),
                2000);
    referral.decideTransfer(transfer, why, actor, Clocks.now());
  }

  /** The receiving agency's outcome with its decision number. */
  void decide(long id, String outcome, String number, String note, String actor) {
    CaseReferral referral = lookup.require(id);
    Outcome decided =
        DossierInput.choice(
            Outcome.class,
            outcome,
            Vars.DECISION_OUTCOME,
            Texts.text("referral.decision.outcome"),
            Outcome::label);
    String decisionNumber =
        DossierInput.requiredLine(
            number, FormFields.DECISION_NUMBER, Texts.text("referral.decision.number"), 100);
    referral.decided(
        decided,
        decisionNumber,
        DossierInput.optional(note, FormFields.DECISION_NOTE, 2000),
        actor,
        Clocks.now());
  }

  /**
   * Tells the QLTT team and its Chi cục what the receiving agency decided (or that it extended).
   */
  void notifyDecision(long id) {
    CaseReferral referral = lookup.require(id);
    String agency = descriptions.agency(referral.getReceivingAgency());
    String body =
        switch (referral.getStatus()) {
          case AWAITING_DECISION ->
              Texts.text(
                  "referral.notice.decision.extended",
                  agency,
                  VietnameseFormats.dateTime(referral.getDecisionDueAt()));
          case NOT_PROSECUTED ->
              Texts.text(
                  "referral.notice.decision.notProsecuted",
                  agency,
                  referral.getOutcome().label(),
                  referral.getOutcomeNumber());
          default ->
              Texts.text(
                  "referral.notice.decision.decided",
                  agency,
                  referral.getOutcome().label(),
                  referral.getOutcomeNumber());
        };
    notifications.toGroups(
        List.of(
            Groups.unitRole(referral.getOpeningAgency(), Role.STAFF),
            Groups.unitRole(referral.getOpeningAgency(), Role.LEADER),
            Groups.unitRole(referral.getSubDepartment(), Role.LEADER)),
        NotificationKind.INFO,
        Texts.text("referral.notice.decision.subject", referral.getCode()),
        body,
        referral.getCode(),
        null);
  }

  /** The receiving agency returns the dossier and the goods after deciding not to prosecute. */
  void returned(long id, String note, String actor) {
    String what =
        DossierInput.required(
            note, FormFields.RETURN_NOTE, Texts.text("referral.return.note"), 4000);
    lookup.require(id).returned(what, actor, Clocks.now());
  }

  /** The QLTT team's administrative penalty closes the case. */
  void sanction(long id, String number, String date, String note, String actor) {
    CaseReferral referral = lookup.require(id);
    String decisionNumber =
        DossierInput.requiredLine(
            number,
            FormFields.PENALTY_DECISION_NUMBER,
            Texts.text("referral.sanction.number"),
            100);
    LocalDate decidedOn =
        FormInput.requiredFormDate(
            FormFields.PENALTY_DECISION_DATE, date, Texts.text("referral.sanction.date"));
    if (decidedOn.isAfter(Clocks.today())) {
      throw DomainException.invalid(
          FormFields.PENALTY_DECISION_DATE, Texts.text("referral.sanction.dateInFuture"));
    }
    // The penalty follows the case: not before the day it was found.
    FormInput.within(
        FormFields.PENALTY_DECISION_DATE,
        decidedOn,
        referral.dossier().foundOn(),
        null,
        Texts.text("referral.sanction.date"));
    referral.sanctioned(
        decisionNumber,
        decidedOn,
        DossierInput.optional(note, FormFields.PENALTY_NOTE, 2000),
        actor,
        Clocks.now());
  }
}
