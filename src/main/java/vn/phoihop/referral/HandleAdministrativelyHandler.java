package vn.phoihop.referral;

import static vn.phoihop.referral.ReferralTaskHandler.text;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.referral.ReferralProcess.Elements;
import vn.phoihop.referral.ReferralProcess.FormFields;

/**
 * {@code Task_HandleAdministratively}: the QLTT team records the administrative penalty that closes
 * the case. The task's due date is the sanction clock.
 */
@Component
class HandleAdministrativelyHandler implements ReferralTaskHandler {

  private final ReferralClocks clocks;
  private final ReferralDecisions decisions;

  HandleAdministrativelyHandler(ReferralClocks clocks, ReferralDecisions decisions) {
    this.clocks = clocks;
    this.decisions = decisions;
  }

  @Override
  public String taskKey() {
    return Elements.HANDLE_ADMINISTRATIVELY;
  }

  @Override
  public void created(DelegateTask task, long referralId) {
    clocks.sanctionDueAt(referralId, task.getDueDate());
  }

  @Override
  public void completed(DelegateTask task, long referralId, String actor) {
    decisions.sanction(
        referralId,
        text(task, FormFields.PENALTY_DECISION_NUMBER),
        text(task, FormFields.PENALTY_DECISION_DATE),
        text(task, FormFields.PENALTY_NOTE),
        actor);
    ReferralTaskHandler.removeFields(
        task,
        List.of(
            FormFields.PENALTY_DECISION_NUMBER,
            FormFields.PENALTY_DECISION_DATE,
            FormFields.PENALTY_NOTE));
  }
}
