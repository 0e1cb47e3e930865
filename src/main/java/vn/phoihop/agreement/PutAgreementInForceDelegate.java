package vn.phoihop.agreement;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Variables;
import vn.phoihop.shared.Clocks;

/**
 * The adopted version is in force; the expiry timer waits for the end of its term (the day after
 * its last day).
 */
@Component("putAgreementInForceDelegate")
class PutAgreementInForceDelegate implements JavaDelegate {

  private final AgreementAdoption adoption;

  PutAgreementInForceDelegate(AgreementAdoption adoption) {
    this.adoption = adoption;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate termEnd = adoption.putInForce(Variables.AGREEMENT_ID.get(execution));
    Variables.TERM_ENDS_AT.set(
        execution, Date.from(termEnd.plusDays(1).atStartOfDay(Clocks.ZONE).toInstant()));
  }
}
