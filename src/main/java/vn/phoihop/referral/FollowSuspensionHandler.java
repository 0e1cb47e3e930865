package vn.phoihop.referral;

import static vn.phoihop.referral.ReferralTaskHandler.text;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.referral.ReferralProcess.Elements;
import vn.phoihop.referral.ReferralProcess.FormFields;
import vn.phoihop.referral.ReferralProcess.Variables;

/**
 * {@code Task_FollowSuspension}: a suspended case waits with the receiving unit's liaison, who is
 * reminded every month to say whether it resumed; recording the resumption decision re-opens the
 * decision clock from its date.
 */
@Component
class FollowSuspensionHandler implements ReferralTaskHandler {

  private final ReferralClocks clocks;

  FollowSuspensionHandler(ReferralClocks clocks) {
    this.clocks = clocks;
  }

  @Override
  public String taskKey() {
    return Elements.FOLLOW_SUSPENSION;
  }

  @Override
  public void completed(DelegateTask task, long referralId, String actor) {
    Variables.DECISION_DUE_AT.set(
        task,
        clocks.resume(
            referralId,
            task.getVariable(FormFields.RESUMPTION_DATE),
            text(task, FormFields.RESUMPTION_NUMBER),
            text(task, FormFields.RESUMPTION_REASON),
            actor));
    ReferralTaskHandler.removeFields(
        task,
        List.of(
            FormFields.RESUMPTION_DATE,
            FormFields.RESUMPTION_NUMBER,
            FormFields.RESUMPTION_REASON));
  }
}
