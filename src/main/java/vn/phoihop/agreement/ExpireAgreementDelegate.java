package vn.phoihop.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Vars;

/** The term of an agreement in force has ended. */
@Component("expireAgreementDelegate")
class ExpireAgreementDelegate implements JavaDelegate {

  private final AgreementService service;

  ExpireAgreementDelegate(AgreementService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.expire(agreementId(execution));
  }

  private static long agreementId(DelegateExecution execution) {
    return ((Number) execution.getVariable(Vars.AGREEMENT_ID)).longValue();
  }
}
