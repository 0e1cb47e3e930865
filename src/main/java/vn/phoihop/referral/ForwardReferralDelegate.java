package vn.phoihop.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.referral.ReferralProcess.Variables;

/**
 * {@code Task_ForwardReferral}: hands a forwarded case to the competent body (handover record,
 * notice to its liaison); that body's acknowledgment follows.
 */
@Component("forwardReferralDelegate")
class ForwardReferralDelegate implements JavaDelegate {

  private final ReferralHandover handover;

  ForwardReferralDelegate(ReferralHandover handover) {
    this.handover = handover;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handover.forward(Variables.REFERRAL_ID.get(execution));
  }
}
