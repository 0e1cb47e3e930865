package vn.phoihop.referral;

import static vn.phoihop.referral.ReferralTaskHandler.text;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.referral.ReferralProcess.Elements;
import vn.phoihop.referral.ReferralProcess.FormFields;

/**
 * {@code Task_ReturnDossier}: after a decision not to prosecute, the receiving unit returns the
 * dossier and exhibits to QLTT and records the day (the return record is generated). The task's due
 * date is the return clock, counted from the decision's legal date.
 */
@Component
class ReturnDossierHandler implements ReferralTaskHandler {

  private final ReferralClocks clocks;
  private final ReferralDecisions decisions;

  ReturnDossierHandler(ReferralClocks clocks, ReferralDecisions decisions) {
    this.clocks = clocks;
    this.decisions = decisions;
  }

  @Override
  public String taskKey() {
    return Elements.RETURN_DOSSIER;
  }

  @Override
  public void created(DelegateTask task, long referralId) {
    clocks.returnDueAt(referralId, task.getDueDate());
  }

  @Override
  public void completed(DelegateTask task, long referralId, String actor) {
    decisions.returned(
        referralId,
        task.getVariable(FormFields.RETURN_DATE),
        text(task, FormFields.RETURN_NOTE),
        actor);
    ReferralTaskHandler.removeFields(task, List.of(FormFields.RETURN_DATE, FormFields.RETURN_NOTE));
  }
}
