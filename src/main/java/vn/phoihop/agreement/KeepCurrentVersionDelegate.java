package vn.phoihop.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Vars;

/** An amendment was not approved: the version in force stays in force. */
@Component("keepCurrentVersionDelegate")
class KeepCurrentVersionDelegate implements JavaDelegate {

  private final AgreementService service;

  KeepCurrentVersionDelegate(AgreementService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.keepCurrentVersion(agreementId(execution));
  }

  private static long agreementId(DelegateExecution execution) {
    return ((Number) execution.getVariable(Vars.AGREEMENT_ID)).longValue();
  }
}
