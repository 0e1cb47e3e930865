package vn.phoihop.referral;

import static vn.phoihop.referral.ReferralTaskHandler.text;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.referral.ReferralProcess.Elements;
import vn.phoihop.referral.ReferralProcess.FormFields;
import vn.phoihop.referral.ReferralProcess.Variables;

/**
 * {@code Task_ConfirmReturn}: the QLTT team confirms the day it received the dossier and exhibits
 * back (and what is missing, if anything): the administrative penalty's clock runs from that day.
 */
@Component
class ConfirmReturnHandler implements ReferralTaskHandler {

  private final ReferralClocks clocks;

  ConfirmReturnHandler(ReferralClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public String taskKey() {
    return Elements.CONFIRM_RETURN;
  }

  @Override
  public void completed(DelegateTask task, long referralId, String actor) {
    Variables.SANCTION_DUE_AT.set(
        task,
        clocks.confirmReturn(
            referralId,
            task.getVariable(FormFields.RETURN_RECEIVED_DATE),
            task.getVariable(FormFields.EXHIBITS_COMPLETE),
            task.getVariable(FormFields.VERIFICATION_NEEDED),
            text(task, FormFields.RETURN_RECEIPT_NOTE),
            actor));
    ReferralTaskHandler.removeFields(
        task,
        List.of(
            FormFields.RETURN_RECEIVED_DATE,
            FormFields.EXHIBITS_COMPLETE,
            FormFields.VERIFICATION_NEEDED,
            FormFields.RETURN_RECEIPT_NOTE));
  }
}
