package vn.phoihop.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Variables;
import vn.phoihop.evaluation.EvaluationPeriod;

/**
 * The cadence timer fired: names the period the call activity evaluates (kind, year, number), the
 * same one the timer was set for ({@link EvaluationSchedule}).
 */
@Component("setEvaluationPeriodDelegate")
class SetEvaluationPeriodDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(SetEvaluationPeriodDelegate.class);

  private final EvaluationSchedule schedule;

  SetEvaluationPeriodDelegate(EvaluationSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long agreementId = Variables.AGREEMENT_ID.get(execution);
    EvaluationPeriod period = schedule.nextPeriod(agreementId);
    Variables.PERIOD_KIND.set(execution, period.kind().name());
    Variables.PERIOD_YEAR.set(execution, period.year());
    Variables.PERIOD_NUMBER.set(execution, period.number());
    log.info("Agreement {}: evaluating {}", execution.getProcessBusinessKey(), period.label());
  }
}
