package vn.phoihop.referral;

import static vn.phoihop.referral.ReferralTaskHandler.text;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.referral.ReferralProcess.Elements;
import vn.phoihop.referral.ReferralProcess.FormFields;
import vn.phoihop.referral.ReferralProcess.Variables;
import vn.phoihop.referral.ReferralProcess.Vars;

/**
 * {@code Task_DecideTransfer}: the Chi cục leader transfers the dossier or has the case handled
 * administratively.
 */
@Component
class DecideTransferHandler implements ReferralTaskHandler {

  private final ReferralDecisions decisions;
  private final ReferralClocks clocks;

  DecideTransferHandler(ReferralDecisions decisions, ReferralClocks clocks) {
    this.decisions = decisions;
    this.clocks = clocks;
  }

  @Override
  public String taskKey() {
    return Elements.DECIDE_TRANSFER;
  }

  @Override
  public void completed(DelegateTask task, long referralId, String actor) {
    decisions.decideTransfer(
        referralId,
        text(task, Vars.TRANSFER_DECISION),
        text(task, FormFields.TRANSFER_DECISION_REASON),
        actor);
    if (Vars.ADMINISTRATIVE.equals(text(task, Vars.TRANSFER_DECISION))) {
      Variables.SANCTION_DUE_AT.set(task, clocks.administrativeDue());
    }
    ReferralTaskHandler.removeFields(task, List.of(FormFields.TRANSFER_DECISION_REASON));
  }
}
