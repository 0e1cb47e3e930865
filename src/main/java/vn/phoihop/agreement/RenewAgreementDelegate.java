package vn.phoihop.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Variables;

/**
 * The final review decided to renew: the new, linked agreement starts at drafting; this one
 * expires.
 */
@Component("renewAgreementDelegate")
class RenewAgreementDelegate implements JavaDelegate {

  private final AgreementRenewal renewal;

  RenewAgreementDelegate(AgreementRenewal renewal) {
    this.renewal = renewal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    renewal.renew(Variables.AGREEMENT_ID.get(execution));
  }
}
