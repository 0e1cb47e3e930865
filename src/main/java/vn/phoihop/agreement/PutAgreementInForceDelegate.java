package vn.phoihop.agreement;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.shared.Clocks;

/**
 * The adopted version is in force; the expiry timer waits for the end of its term (the day after
 * its last day).
 */
@Component("putAgreementInForceDelegate")
class PutAgreementInForceDelegate implements JavaDelegate {

  private final AgreementService service;

  PutAgreementInForceDelegate(AgreementService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate termEnd = service.putInForce(agreementId(execution));
    execution.setVariable(
        Vars.TERM_ENDS_AT, Date.from(termEnd.plusDays(1).atStartOfDay(Clocks.ZONE).toInstant()));
  }

  private static long agreementId(DelegateExecution execution) {
    return ((Number) execution.getVariable(Vars.AGREEMENT_ID)).longValue();
  }
}
