package vn.phoihop.referral;

import static vn.phoihop.referral.ReferralTaskHandler.text;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.referral.ReferralClocks.ExtensionInput;
import vn.phoihop.referral.ReferralProcess.Elements;
import vn.phoihop.referral.ReferralProcess.FormFields;
import vn.phoihop.referral.ReferralProcess.Variables;
import vn.phoihop.referral.ReferralProcess.Vars;
import vn.phoihop.shared.VietnameseFormats;

/**
 * {@code Task_RecordDecision}: the receiving unit's liaison records the outcome, or an extension of
 * the decision clock, after which the model loops back to this task with the moved clock.
 */
@Component
class RecordDecisionHandler implements ReferralTaskHandler {

  private final ReferralClocks clocks;
  private final ReferralDecisions decisions;

  RecordDecisionHandler(ReferralClocks clocks, ReferralDecisions decisions) {
    this.clocks = clocks;
    this.decisions = decisions;
  }

  @Override
  public String taskKey() {
    return Elements.RECORD_DECISION;
  }

  @Override
  public void created(DelegateTask task, long referralId) {
    Variables.DECISION_DUE_TEXT.set(
        task, VietnameseFormats.dateTime(Variables.DECISION_DUE_AT.get(task)));
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
    } else {
      decisions.decide(
          referralId,
          outcome,
          text(task, FormFields.DECISION_NUMBER),
          text(task, FormFields.DECISION_NOTE),
          actor);
    }
    ReferralTaskHandler.removeFields(
        task,
        List.of(
            FormFields.DECISION_DUE_TEXT,
            FormFields.DECISION_NUMBER,
            FormFields.DECISION_NOTE,
            FormFields.EXTENSION_MONTHS,
            FormFields.EXTENSION_REASON,
            FormFields.APPROVING_BODY_TYPE,
            FormFields.APPROVING_BODY,
            FormFields.APPROVAL_NUMBER));
  }

  /** A whole number of months, or -1 (refused by the check) for a fraction. */
  private static int wholeMonths(Number months) {
    double value = months.doubleValue();
    return value == Math.rint(value) ? (int) value : -1;
  }
}
