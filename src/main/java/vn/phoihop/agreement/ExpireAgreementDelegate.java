package vn.phoihop.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Variables;

/** The term of an agreement in force has ended. */
@Component("expireAgreementDelegate")
class ExpireAgreementDelegate implements JavaDelegate {

  private final AgreementRenewal renewal;

  ExpireAgreementDelegate(AgreementRenewal renewal) {
    this.renewal = renewal;
  }

  @Override
  public void execute(DelegateExecution execution) {
    renewal.expire(Variables.AGREEMENT_ID.get(execution));
  }
}
