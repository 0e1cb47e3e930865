package vn.phoihop.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.referral.ReferralProcess.Variables;

/**
 * {@code Task_TransferReferral}: hands the dossier over to the receiving agency and starts the
 * acknowledgment clock.
 */
@Component("transferReferralDelegate")
class TransferReferralDelegate implements JavaDelegate {

  private final ReferralHandover handover;

  TransferReferralDelegate(ReferralHandover handover) {
    this.handover = handover;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Variables.ACK_DUE_AT.set(execution, handover.transfer(Variables.REFERRAL_ID.get(execution)));
  }
}
