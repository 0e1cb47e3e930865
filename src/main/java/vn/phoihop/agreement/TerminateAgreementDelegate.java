package vn.phoihop.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Variables;

/** A party's leader ended the agreement (the reason was recorded with the request). */
@Component("terminateAgreementDelegate")
class TerminateAgreementDelegate implements JavaDelegate {

  private final AgreementLifecycle lifecycle;

  TerminateAgreementDelegate(AgreementLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.terminate(Variables.AGREEMENT_ID.get(execution));
  }
}
