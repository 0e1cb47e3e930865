package vn.phoihop.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Vars;

/** A party's leader ended the agreement (the reason was recorded with the request). */
@Component("terminateAgreementDelegate")
class TerminateAgreementDelegate implements JavaDelegate {

  private final AgreementService service;

  TerminateAgreementDelegate(AgreementService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.terminate(agreementId(execution));
  }

  private static long agreementId(DelegateExecution execution) {
    return ((Number) execution.getVariable(Vars.AGREEMENT_ID)).longValue();
  }
}
