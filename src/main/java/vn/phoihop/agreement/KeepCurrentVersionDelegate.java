package vn.phoihop.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Variables;

/** An amendment was not approved: the version in force stays in force. */
@Component("keepCurrentVersionDelegate")
class KeepCurrentVersionDelegate implements JavaDelegate {

  private final AgreementLifecycle lifecycle;

  KeepCurrentVersionDelegate(AgreementLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.keepCurrentVersion(Variables.AGREEMENT_ID.get(execution));
  }
}
