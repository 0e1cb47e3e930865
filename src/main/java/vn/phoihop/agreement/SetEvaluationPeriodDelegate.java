package vn.phoihop.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Vars;
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
    long agreementId = ((Number) execution.getVariable(Vars.AGREEMENT_ID)).longValue();
    EvaluationPeriod period = schedule.nextPeriod(agreementId);
    execution.setVariable(Vars.PERIOD_KIND, period.kind().name());
    execution.setVariable(Vars.PERIOD_YEAR, period.year());
    execution.setVariable(Vars.PERIOD_NUMBER, period.number());
    log.info("Agreement {}: evaluating {}", execution.getProcessBusinessKey(), period.label());
  }
}
