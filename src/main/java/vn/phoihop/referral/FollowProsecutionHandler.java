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
 * {@code Task_FollowProsecution}: the QLTT team records what the investigation body reported on the
 * prosecuted case — progress (the task comes back for the next report, a quarter on) or the
 * outcome, which closes the referral. A reminder goes out every quarter while the task is open.
 */
@Component
class FollowProsecutionHandler implements ReferralTaskHandler {

  private final ReferralDecisions decisions;

  FollowProsecutionHandler(ReferralDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public String taskKey() {
    return Elements.FOLLOW_PROSECUTION;
  }

  @Override
  public void completed(DelegateTask task, long referralId, String actor) {
    Date next =
        decisions.followProsecution(
            referralId,
            text(task, Vars.FOLLOW_UP_OUTCOME),
            task.getVariable(FormFields.FOLLOW_UP_DATE),
            text(task, FormFields.FOLLOW_UP_NOTE),
            actor);
    if (next != null) {
      Variables.FOLLOW_UP_DUE_AT.set(task, next);
    }
    ReferralTaskHandler.removeFields(
        task, List.of(FormFields.FOLLOW_UP_DATE, FormFields.FOLLOW_UP_NOTE));
  }
}
