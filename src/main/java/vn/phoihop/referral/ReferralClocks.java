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

  // ------------------------------------------------------------------------ decision clock

  /** The liaison confirms receipt: the 20-day decision clock starts. Returns its end. */
  Date acknowledge(long id, Object confirmed, String note, String actor) {
    CaseReferral referral = lookup.require(id);
    if (!Boolean.TRUE.equals(DossierInput.bool(confirmed, FormFields.RECEIPT_CONFIRMED))) {
      throw DomainException.invalid(
          FormFields.RECEIPT_CONFIRMED, Texts.text("referral.receipt.confirm"));
    }
    Instant now = Clocks.now();
    Date decisionDue = deadlines.dueFrom(Date.from(now), Elements.RECORD_DECISION);
    referral.acknowledged(
        decisionDue.toInstant(),
        DossierInput.optional(note, FormFields.RECEIPT_NOTE, 2000),
        actor,
        now);
    return decisionDue;
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
    int done = referral.getExtensions().size();
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
