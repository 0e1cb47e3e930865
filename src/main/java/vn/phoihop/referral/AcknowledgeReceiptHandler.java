package vn.phoihop.referral;

import static vn.phoihop.referral.ReferralTaskHandler.text;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.referral.ReferralProcess.Elements;
import vn.phoihop.referral.ReferralProcess.FormFields;
import vn.phoihop.referral.ReferralProcess.Variables;
import vn.phoihop.referral.ReferralProcess.Vars;

/**
 * {@code Task_AcknowledgeReceipt}: the receiving unit's liaison records the day the dossier was
 * received (the date on the handover record), which starts the decision clock, or refuses the
 * dossier with a reason, which sends it back to the Chi cục leader. The task's due date is the
 * acknowledgment clock, counted from the handover record's date.
 */
@Component
class AcknowledgeReceiptHandler implements ReferralTaskHandler {

  private final ReferralClocks clocks;

  AcknowledgeReceiptHandler(ReferralClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public String taskKey() {
    return Elements.ACKNOWLEDGE_RECEIPT;
  }

  @Override
  public void created(DelegateTask task, long referralId) {
    clocks.acknowledgeDueAt(referralId, task.getDueDate());
  }

  @Override
  public void completed(DelegateTask task, long referralId, String actor) {
    Date decisionDue =
        clocks.receive(
            referralId,
            text(task, Vars.RECEIPT_DECISION),
            task.getVariable(FormFields.RECEIVED_ON),
            text(task, FormFields.RECEIPT_NOTE),
            text(task, FormFields.REFUSAL_REASON),
            actor);
    if (decisionDue != null) {
      Variables.DECISION_DUE_AT.set(task, decisionDue);
    }
    ReferralTaskHandler.removeFields(
        task, List.of(FormFields.RECEIVED_ON, FormFields.RECEIPT_NOTE, FormFields.REFUSAL_REASON));
  }
}
