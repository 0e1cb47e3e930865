package vn.phoihop.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Vars;

/** A partner let the consultation deadline pass: its silence is recorded as no objection. */
@Component("recordNoObjectionDelegate")
class RecordNoObjectionDelegate implements JavaDelegate {

  private final AgreementService service;

  RecordNoObjectionDelegate(AgreementService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.recordNoObjection(
        agreementId(execution), (String) execution.getVariable(Vars.PARTNER_AGENCY));
  }

  private static long agreementId(DelegateExecution execution) {
    return ((Number) execution.getVariable(Vars.AGREEMENT_ID)).longValue();
  }
}
