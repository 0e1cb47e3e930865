package vn.phoihop.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Variables;

/** A partner let the consultation deadline pass: its silence is recorded as no objection. */
@Component("recordNoObjectionDelegate")
class RecordNoObjectionDelegate implements JavaDelegate {

  private final AgreementDrafting drafting;

  RecordNoObjectionDelegate(AgreementDrafting drafting) {
    this.drafting = drafting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    drafting.recordNoObjection(
        Variables.AGREEMENT_ID.get(execution), Variables.PARTNER_AGENCY.get(execution));
  }
}
