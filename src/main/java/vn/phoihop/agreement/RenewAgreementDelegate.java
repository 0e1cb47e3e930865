package vn.phoihop.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Vars;

/**
 * The final review decided to renew: the new, linked agreement starts at drafting; this one
 * expires.
 */
@Component("renewAgreementDelegate")
class RenewAgreementDelegate implements JavaDelegate {

  private final AgreementService service;

  RenewAgreementDelegate(AgreementService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.renew(((Number) execution.getVariable(Vars.AGREEMENT_ID)).longValue());
  }
}
