package vn.phoihop.referral;

import static vn.phoihop.referral.ReferralTaskHandler.text;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.identity.InstanceAccess;
import vn.phoihop.referral.ReferralClocks.ExtensionInput;
import vn.phoihop.referral.ReferralProcess.Elements;
import vn.phoihop.referral.ReferralProcess.FormFields;
import vn.phoihop.referral.ReferralProcess.Variables;
import vn.phoihop.referral.ReferralProcess.Vars;
import vn.phoihop.shared.VietnameseFormats;

/**
 * {@code Task_RecordDecision}: the receiving unit's liaison records the decision with its number
 * and legal date (prosecuted, not prosecuted, suspended with its reason), an extension of the
 * decision clock (the model loops back to this task with the moved clock), or forwards the case to
 * the competent body (a new handover, and that body's own acknowledgment).
 */
@Component
class RecordDecisionHandler implements ReferralTaskHandler {

  private final ReferralClocks clocks;
  private final ReferralDecisions decisions;
  private final ReferralRouting routing;
  private final InstanceAccess instanceAccess;

  RecordDecisionHandler(
      ReferralClocks clocks,
      ReferralDecisions decisions,
      ReferralRouting routing,
      InstanceAccess instanceAccess) {
    this.clocks = clocks;
    this.decisions = decisions;
    this.routing = routing;
    this.instanceAccess = instanceAccess;
  }

  @Override
  public String taskKey() {
    return Elements.RECORD_DECISION;
  }

  @Override
  public void created(DelegateTask task, long referralId) {
    Variables.DECISION_DUE_TEXT.set(
        task, VietnameseFormats.dateTime(Variables.DECISION_DUE_AT.get(task)));
    AgencyOptions.offer(
        task, FormFields.COMPETENT_BODY_OPTIONS, routing.competentBodies(referralId));
  }

  @Override
  public void completed(DelegateTask task, long referralId, String actor) {
    String outcome = text(task, Vars.DECISION_OUTCOME);
    if (Vars.EXTENDED.equals(outcome)) {
      Number months = DossierInput.number(task.getVariable(FormFields.EXTENSION_MONTHS));
      Date newDue =
          clocks.extend(
              referralId,
              new ExtensionInput(
                  months == null ? 0 : wholeMonths(months),
                  text(task, FormFields.EXTENSION_REASON),
                  text(task, FormFields.APPROVING_BODY_TYPE),
                  text(task, FormFields.APPROVING_BODY),
                  text(task, FormFields.APPROVAL_NUMBER)),
              actor);
      Variables.DECISION_DUE_AT.set(task, newDue);
    } else if (Vars.FORWARDED.equals(outcome)) {
      Forward forward =
          decisions.forward(
              referralId,
              text(task, FormFields.FORWARD_AGENCY),
              task.getVariable(FormFields.FORWARD_DATE),
              text(task, FormFields.FORWARD_REASON),
              actor);
      Variables.RECEIVING_AGENCY.set(task, forward.agency());
      Variables.ACK_DUE_AT.set(task, forward.acknowledgeDue());
      instanceAccess.grantProvinces(task.getProcessInstanceId(), List.of(forward.agency()));
    } else {
      Date followUpDue =
          decisions.decide(
              referralId,
              outcome,
              text(task, FormFields.DECISION_NUMBER),
              task.getVariable(FormFields.DECISION_DATE),
              text(task, FormFields.DECISION_NOTE),
              actor);
      if (followUpDue != null) {
        Variables.FOLLOW_UP_DUE_AT.set(task, followUpDue);
      }
      if (ReferralEnums.Outcome.NOT_PROSECUTED.name().equals(outcome)) {
        Variables.RETURN_DUE_AT.set(task, clocks.returnDue(referralId));
      }
    }
    ReferralTaskHandler.removeFields(
        task,
        List.of(
            FormFields.DECISION_DUE_TEXT,
            FormFields.COMPETENT_BODY_OPTIONS,
            FormFields.DECISION_NUMBER,
            FormFields.DECISION_DATE,
            FormFields.DECISION_NOTE,
            FormFields.EXTENSION_MONTHS,
            FormFields.EXTENSION_REASON,
            FormFields.APPROVING_BODY_TYPE,
            FormFields.APPROVING_BODY,
            FormFields.APPROVAL_NUMBER,
            FormFields.FORWARD_AGENCY,
            FormFields.FORWARD_DATE,
            FormFields.FORWARD_REASON));
  }

  /** Where a forwarded case went and when the new body's acknowledgment is due. */
  record Forward(String agency, Date acknowledgeDue) {}

  /** A whole number of months, or -1 (refused by the check) for a fraction. */
  private static int wholeMonths(Number months) {
    double value = months.doubleValue();
    return value == Math.rint(value) ? (int) value : -1;
  }
}
