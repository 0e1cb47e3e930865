package vn.phoihop.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.deadline.DeadlineUnit;
import vn.phoihop.deadline.Deadlines;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.referral.ReferralEnums.ApprovingBodyType;
import vn.phoihop.referral.ReferralEnums.FoundDuring;
import vn.phoihop.referral.ReferralProcess.Elements;
import vn.phoihop.referral.ReferralProcess.FormFields;
import vn.phoihop.referral.ReferralProcess.Vars;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * The legal clocks of a referral (docs/domain.md#legal-clocks): the transfer deadline, set when the
 * dossier is opened or edited; the due dates the model sets on the acknowledgment, return and
 * sanction tasks, recorded on the aggregate; the receiving agency's decision clock, started by the
 * acknowledgment of receipt; and its extensions — from the decision form or the REST API — within
 * the legal cap.
 */
@Service
@Transactional
class ReferralClocks {

  private final ReferralLookup lookup;
  private final ReferralAccess access;
  private final Deadlines deadlines;
  private final ReferralProperties properties;
  private final TaskService taskService;

  ReferralClocks(
      ReferralLookup lookup,
      ReferralAccess access,
      Deadlines deadlines,
      ReferralProperties properties,
      TaskService taskService) {
    this.lookup = lookup;
    this.access = access;
    this.deadlines = deadlines;
    this.properties = properties;
    this.taskService = taskService;
  }

  // ------------------------------------------------------------------------------- transfer

  /**
   * "Immediately" (a configurable working-day target) or 3 working days when found while enforcing.
   */
  Instant transferDue(Instant openedAt, FoundDuring foundDuring) {
    int days =
        foundDuring == FoundDuring.ENFORCING_PENALTY
            ? properties.transferWorkingDaysWhenEnforcing()
            : properties.transferWorkingDaysWhenConsidering();
    return deadlines.dueAfter(Date.from(openedAt), days, DeadlineUnit.WORKING_DAYS).toInstant();
  }

  Instant transferDueAt(long id) {
    return lookup.require(id).getTransferDueAt();
  }

  // ------------------------------------------------------------- task due dates of the model

  void acknowledgeDueAt(long id, Date due) {
    lookup.require(id).acknowledgeDueAt(due.toInstant());
  }

  void returnDueAt(long id, Date due) {
    lookup.require(id).returnDueAt(due.toInstant());
  }

  void sanctionDueAt(long id, Date due) {
    lookup.require(id).sanctionDueAt(due.toInstant());
  }

  /** The administrative penalty's clock of a case kept by QLTT (not transferred, or refused). */
  Date administrativeDue() {
    return deadlines.due(Elements.HANDLE_ADMINISTRATIVELY);
  }

  // ------------------------------------------------------------------------ decision clock

  /** The acknowledgment clock of a handover dated {@code handedOverOn}. */
  Date acknowledgeDue(LocalDate handedOverOn) {
    return deadlines.dueFrom(handedOverOn, Elements.ACKNOWLEDGE_RECEIPT);
  }

  /**
   * The liaison records the receipt, dated as on the handover record, or refuses the dossier with a
   * reason. On receipt the decision clock runs from the legal date of receipt; returns its end, or
   * null on a refusal.
   */
  Date receive(
      long id,
      String decision,
      Object receivedOnValue,
      String note,
      String refusalReason,
      String actor) {
    CaseReferral referral = lookup.require(id);
    Instant now = Clocks.now();
    if (Vars.REFUSED.equals(decision)) {
      String why =
          DossierInput.required(
              refusalReason,
              FormFields.REFUSAL_REASON,
              Texts.text("referral.receipt.refusalReason"),
              2000);
      referral.refused(why, actor, now);
      return null;
    }
    if (!Vars.ACCEPTED.equals(decision)) {
      throw DomainException.invalid(Vars.RECEIPT_DECISION, Texts.text("referral.receipt.choose"));
    }
    LocalDate receivedOn =
        LegalDates.require(
            receivedOnValue,
            FormFields.RECEIVED_ON,
            Texts.text("referral.receipt.date"),
            referral.getHandedOverOn(),
            Texts.text("referral.legalDate.handedOver"));
    Date decisionDue = deadlines.dueFrom(receivedOn, Elements.RECORD_DECISION);
    referral.acknowledged(
        receivedOn,
        decisionDue.toInstant(),
        DossierInput.optional(note, FormFields.RECEIPT_NOTE, 2000),
        actor,
        now);
    return decisionDue;
  }

  /**
   * A suspended case resumes by the receiving agency's decision {@code number} of {@code date}: the
   * decision clock opens again, counted from that day. Returns its end.
   */
  Date resume(long id, Object date, String number, String reason, String actor) {
    CaseReferral referral = lookup.require(id);
    if (referral.getStatus() != ReferralStatus.SUSPENDED) {
      throw DomainException.conflict(
          Texts.text(
              "referral.state.notSuspended", referral.getCode(), referral.getStatus().label()));
    }
    LocalDate resumedOn =
        LegalDates.require(
            date,
            FormFields.RESUMPTION_DATE,
            Texts.text("referral.resumption.date"),
            referral.getDecidedOn(),
            Texts.text("referral.legalDate.suspended"));
    String decisionNumber =
        DossierInput.requiredLine(
            number, FormFields.RESUMPTION_NUMBER, Texts.text("referral.resumption.number"), 100);
    String why =
        DossierInput.required(
            reason, FormFields.RESUMPTION_REASON, Texts.text("referral.resumption.reason"), 2000);
    Date decisionDue = deadlines.dueFrom(resumedOn, Elements.RECORD_DECISION);
    referral.resumed(resumedOn, decisionNumber, why, decisionDue.toInstant(), actor, Clocks.now());
    return decisionDue;
  }

  /** The return clock: 3 working days from the decision not to prosecute. */
  Date returnDue(long id) {
    return deadlines.dueFrom(lookup.require(id).getDecidedOn(), Elements.RETURN_DOSSIER);
  }

  /**
   * When the next report on a followed case (prosecuted, suspended) is due, counted from {@code
   * from}.
   */
  Date followUpDue(LocalDate from, String taskKey) {
    return deadlines.dueFrom(from, taskKey);
  }

  /**
   * QLTT confirms it received the dossier and exhibits back: the administrative penalty's clock (30
   * days, or {@code sanctionDaysWithVerification} when verification is needed) runs from that legal
   * date. Returns its end.
   */
  Date confirmReturn(
      long id,
      Object date,
      Object exhibitsComplete,
      Object verificationNeeded,
      String note,
      String actor) {
    CaseReferral referral = lookup.require(id);
    LocalDate receivedOn =
        LegalDates.require(
            date,
            FormFields.RETURN_RECEIVED_DATE,
            Texts.text("referral.returnReceipt.date"),
            referral.getReturnedOn(),
            Texts.text("referral.legalDate.returned"));
    boolean complete =
        Boolean.TRUE.equals(DossierInput.bool(exhibitsComplete, FormFields.EXHIBITS_COMPLETE));
    boolean verification =
        Boolean.TRUE.equals(DossierInput.bool(verificationNeeded, FormFields.VERIFICATION_NEEDED));
    String what =
        complete
            ? DossierInput.optional(note, FormFields.RETURN_RECEIPT_NOTE, 2000)
            : DossierInput.required(
                note,
                FormFields.RETURN_RECEIPT_NOTE,
                Texts.text("referral.returnReceipt.missing"),
                2000);
    Date due =
        verification
            ? deadlines.dueAfter(
                receivedOn, properties.sanctionDaysWithVerification(), DeadlineUnit.CALENDAR_DAYS)
            : deadlines.dueFrom(receivedOn, Elements.HANDLE_ADMINISTRATIVELY);
    referral.returnReceived(
        receivedOn, complete, verification, what, due.toInstant(), actor, Clocks.now());
    return due;
  }

  /**
   * Records an extension of the decision clock and returns the new end. Refused (400, nothing
   * changes) past the cap: more than {@code maxExtensions}, more than {@code maxExtensionMonths}
   * each, later than {@code extensionRequestDaysBeforeExpiry} days before expiry, or a second
   * extension not approved by the Procuracy.
   */
  Date extend(long id, ExtensionInput input, String actor) {
    CaseReferral referral = lookup.require(id);
    Instant now = Clocks.now();
    CheckedExtension extension = check(referral, input, now);
    referral.extend(
        extension.months(),
        extension.reason(),
        extension.body(),
        extension.approvingBody(),
        extension.approvalNumber(),
        extension.newDue().toInstant(),
        actor,
        now);
    return extension.newDue();
  }

  /**
   * REST: the receiving unit's liaison records an extension. Checked first (400, nothing changes),
   * then the open decision task is completed as "extended" on the caller's behalf, so the process
   * loops back with the moved clock and new timers, exactly as through the form.
   */
  CaseReferral requestExtension(String code, ExtensionInput input, PhoiHopUser user) {
    CaseReferral referral = lookup.requireReadable(code, user);
    if (!access.recordsExtensions(user, referral)) {
      throw DomainException.forbidden(Texts.text("referral.extension.forbidden"));
    }
    try {
      check(referral, input, Clocks.now());
    } catch (DomainException refused) {
      throw asExtensionRequest(refused);
    }
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(referral.getCode())
            .taskDefinitionKey(Elements.RECORD_DECISION)
            .singleResult();
    if (task == null) {
      throw DomainException.conflict(Texts.text("referral.state.noDecisionTask", code));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(Vars.DECISION_OUTCOME, Vars.EXTENDED);
    values.put(FormFields.EXTENSION_MONTHS, input.months());
    values.put(FormFields.EXTENSION_REASON, input.reason());
    values.put(FormFields.APPROVING_BODY_TYPE, input.approvingBodyType());
    values.put(FormFields.APPROVING_BODY, input.approvingBody());
    values.put(FormFields.APPROVAL_NUMBER, input.approvalNumber());
    taskService.complete(task.getId(), values);
    return referral;
  }

  /** What the receiving agency's liaison submits for an extension. */
  record ExtensionInput(
      int months,
      String reason,
      String approvingBodyType,
      String approvingBody,
      String approvalNumber) {}

  private record CheckedExtension(
      int months,
      String reason,
      ApprovingBodyType body,
      String approvingBody,
      String approvalNumber,
      Date newDue) {}

  private CheckedExtension check(CaseReferral referral, ExtensionInput input, Instant now) {
    if (referral.getStatus() != ReferralStatus.AWAITING_DECISION) {
      throw DomainException.conflict(
          Texts.text("referral.state.notAwaitingDecision", referral.getCode()));
    }
    int done = referral.extensionsOfRunningClock();
    if (done >= properties.maxExtensions()) {
      throw DomainException.invalid(
          Vars.DECISION_OUTCOME,
          Texts.text("referral.extension.capReached", referral.getCode(), done));
    }
    int months = input.months();
    if (months < 1 || months > properties.maxExtensionMonths()) {
      throw DomainException.invalid(
          FormFields.EXTENSION_MONTHS,
          Texts.text("referral.extension.months", properties.maxExtensionMonths()));
    }
    ApprovingBodyType body =
        DossierInput.choice(
            ApprovingBodyType.class,
            input.approvingBodyType(),
            FormFields.APPROVING_BODY_TYPE,
            Texts.text("referral.extension.approvingBodyType"),
            ApprovingBodyType::label);
    if (done >= 1 && body != ApprovingBodyType.PROCURACY) {
      throw DomainException.invalid(
          FormFields.APPROVING_BODY_TYPE, Texts.text("referral.extension.secondByProcuracy"));
    }
    String reason =
        DossierInput.required(
            input.reason(),
            FormFields.EXTENSION_REASON,
            Texts.text("referral.extension.reason"),
            2000);
    String approvingBody =
        DossierInput.requiredLine(
            input.approvingBody(),
            FormFields.APPROVING_BODY,
            Texts.text("referral.extension.approvingBody"),
            500);
    String approvalNumber =
        DossierInput.optionalLine(input.approvalNumber(), FormFields.APPROVAL_NUMBER, 100);
    LocalDate latest =
        Clocks.dayOf(referral.getDecisionDueAt())
            .minusDays(properties.extensionRequestDaysBeforeExpiry());
    if (Clocks.dayOf(now).isAfter(latest)) {
      throw DomainException.invalid(
          Vars.DECISION_OUTCOME,
          Texts.text(
              "referral.extension.tooLate",
              properties.extensionRequestDaysBeforeExpiry(),
              VietnameseFormats.dateTime(referral.getDecisionDueAt()),
              VietnameseFormats.date(latest)));
    }
    Date newDue =
        deadlines.dueAfter(Date.from(referral.getDecisionDueAt()), months, DeadlineUnit.MONTHS);
    return new CheckedExtension(months, reason, body, approvingBody, approvalNumber, newDue);
  }

  /**
   * The extension checks name the decision form's fields ({@code extensionMonths}, …); the REST
   * body ({@link ExtensionInput}) calls two of them differently. A refusal that names no field of
   * the body (the cap of extensions reached, too close to expiry) is the referral's state, not the
   * request's: 409.
   */
  private static DomainException asExtensionRequest(DomainException refused) {
    if (refused.field() == null) {
      return refused;
    }
    return switch (refused.field()) {
      case FormFields.EXTENSION_MONTHS -> refused.withField("months");
      case FormFields.EXTENSION_REASON -> refused.withField("reason");
      case FormFields.APPROVING_BODY_TYPE, FormFields.APPROVING_BODY, FormFields.APPROVAL_NUMBER ->
          refused;
      default -> DomainException.conflict(refused.getMessage());
    };
  }
}
