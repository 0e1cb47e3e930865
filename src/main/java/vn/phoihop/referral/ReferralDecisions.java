package vn.phoihop.referral;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.Role;
import vn.phoihop.notification.NotificationKind;
import vn.phoihop.notification.Notifications;
import vn.phoihop.referral.ReferralEnums.Outcome;
import vn.phoihop.referral.ReferralProcess.Elements;
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
  private final ReferralRouting routing;
  private final ReferralClocks clocks;
  private final ReferralHandover handover;

  ReferralDecisions(
      ReferralLookup lookup,
      ReferralDescriptions descriptions,
      Notifications notifications,
      ReferralRouting routing,
      ReferralClocks clocks,
      ReferralHandover handover) {
    this.lookup = lookup;
    this.descriptions = descriptions;
    this.notifications = notifications;
    this.routing = routing;
    this.clocks = clocks;
    this.handover = handover;
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

  /**
   * The receiving agency's decision with its number and legal date (not before the receipt or the
   * resumption it counts from); a suspension needs its reason. Returns when the first report on a
   * prosecuted or suspended case is due, or null.
   */
  Date decide(long id, String outcome, String number, Object date, String note, String actor) {
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
    LocalDate decidedOn =
        LegalDates.require(
            date,
            FormFields.DECISION_DATE,
            Texts.text("referral.decision.date"),
            referral.getClockStartedOn(),
            Texts.text(
                referral.getResumedOn() == null
                    ? "referral.legalDate.received"
                    : "referral.legalDate.resumed"));
    String why =
        decided == Outcome.SUSPENDED
            ? DossierInput.required(
                note,
                FormFields.DECISION_NOTE,
                Texts.text("referral.decision.suspensionReason"),
                2000)
            : DossierInput.optional(note, FormFields.DECISION_NOTE, 2000);
    referral.decided(decided, decisionNumber, decidedOn, why, actor, Clocks.now());
    return switch (decided) {
      case PROSECUTED -> clocks.followUpDue(decidedOn, Elements.FOLLOW_PROSECUTION);
      case SUSPENDED -> clocks.followUpDue(decidedOn, Elements.FOLLOW_SUSPENSION);
      case NOT_PROSECUTED -> null;
    };
  }

  /**
   * The receiving agency forwards the case to the competent body on a legal date not before its
   * receipt, with a reason; the new body's acknowledgment clock counts from that date.
   */
  RecordDecisionHandler.Forward forward(
      long id, String agencyCode, Object date, String reason, String actor) {
    CaseReferral referral = lookup.require(id);
    AgencyView agency =
        routing.requireCompetentBody(referral, agencyCode, FormFields.FORWARD_AGENCY);
    LocalDate forwardedOn =
        LegalDates.require(
            date,
            FormFields.FORWARD_DATE,
            Texts.text("referral.forward.date"),
            referral.getReceivedOn(),
            Texts.text("referral.legalDate.received"));
    String why =
        DossierInput.required(
            reason, FormFields.FORWARD_REASON, Texts.text("referral.forward.reason"), 2000);
    referral.forwarded(
        agency.code(), why, forwardedOn, referral.nextHandoverNumber(), actor, Clocks.now());
    return new RecordDecisionHandler.Forward(agency.code(), clocks.acknowledgeDue(forwardedOn));
  }

  /**
   * QLTT records what the investigation body reported on a prosecuted case, dated: progress
   * (returns when the next report is due, a follow-up period after that date) or the outcome, which
   * closes the case (returns null).
   */
  Date followProsecution(long id, String outcome, Object date, String note, String actor) {
    CaseReferral referral = lookup.require(id);
    boolean concluded = Vars.CONCLUDED.equals(outcome);
    if (!concluded && !Vars.IN_PROGRESS.equals(outcome)) {
      throw DomainException.invalid(Vars.FOLLOW_UP_OUTCOME, Texts.text("referral.followUp.choose"));
    }
    LocalDate on =
        LegalDates.require(
            date,
            FormFields.FOLLOW_UP_DATE,
            Texts.text("referral.followUp.date"),
            referral.getDecidedOn(),
            Texts.text("referral.legalDate.prosecuted"));
    String what =
        DossierInput.required(
            note,
            FormFields.FOLLOW_UP_NOTE,
            Texts.text(concluded ? "referral.followUp.result" : "referral.followUp.progress"),
            4000);
    if (concluded) {
      referral.concluded(on, what, actor, Clocks.now());
      return null;
    }
    referral.prosecutionUpdated(on, what, actor, Clocks.now());
    return clocks.followUpDue(on, Elements.FOLLOW_PROSECUTION);
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
          case TRANSFERRED -> Texts.text("referral.notice.decision.forwarded", agency);
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

  /**
   * The receiving agency returns the dossier and the exhibits, on a legal date not before its
   * decision not to prosecute; the return record is generated.
   */
  void returned(long id, Object date, String note, String actor) {
    CaseReferral referral = lookup.require(id);
    LocalDate returnedOn =
        LegalDates.require(
            date,
            FormFields.RETURN_DATE,
            Texts.text("referral.return.date"),
            referral.getDecidedOn(),
            Texts.text("referral.legalDate.notProsecuted"));
    String what =
        DossierInput.required(
            note, FormFields.RETURN_NOTE, Texts.text("referral.return.note"), 4000);
    referral.returned(returnedOn, what, actor, Clocks.now());
    handover.returnRecord(referral, actor);
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
    // The penalty follows the case: not before the day it was found, nor before QLTT got the
    // returned dossier back.
    FormInput.within(
        FormFields.PENALTY_DECISION_DATE,
        decidedOn,
        referral.getReturnReceivedOn() == null
            ? referral.dossier().foundOn()
            : referral.getReturnReceivedOn(),
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
