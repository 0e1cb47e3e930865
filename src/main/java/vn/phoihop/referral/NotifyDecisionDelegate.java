package vn.phoihop.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.referral.ReferralProcess.Variables;

/** {@code Task_NotifyDecision}: tells QLTT what the receiving agency decided or extended. */
@Component("notifyDecisionDelegate")
class NotifyDecisionDelegate implements JavaDelegate {

  private final ReferralDecisions decisions;

  NotifyDecisionDelegate(ReferralDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    decisions.notifyDecision(Variables.REFERRAL_ID.get(execution));
  }
}
