package vn.phoihop.referral;

import static vn.phoihop.referral.ReferralTaskHandler.text;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.referral.ReferralProcess.Elements;
import vn.phoihop.referral.ReferralProcess.FormFields;
import vn.phoihop.referral.ReferralProcess.Variables;

/**
 * {@code Task_AcknowledgeReceipt}: the receiving unit's liaison confirms receipt, which starts the
 * decision clock. The task's due date is the acknowledgment clock.
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
        clocks.acknowledge(
            referralId,
            task.getVariable(FormFields.RECEIPT_CONFIRMED),
            text(task, FormFields.RECEIPT_NOTE),
            actor);
    Variables.DECISION_DUE_AT.set(task, decisionDue);
    ReferralTaskHandler.removeFields(
        task, List.of(FormFields.RECEIPT_CONFIRMED, FormFields.RECEIPT_NOTE));
  }
}
