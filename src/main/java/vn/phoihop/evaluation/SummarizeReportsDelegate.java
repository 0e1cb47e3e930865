package vn.phoihop.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.EvaluationProcess.Vars;

/**
 * Reporting is over: summarises the reports into the rating table's inputs, stores them with the
 * evaluation, and hands them to the next step ({@code Task_RateEvaluation}, in the same
 * transaction) as transient variables, so no figure lingers in the process.
 */
@Component("summarizeReportsDelegate")
class SummarizeReportsDelegate implements JavaDelegate {

  private final EvaluationService service;

  SummarizeReportsDelegate(EvaluationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RatingFacts facts = service.summarize(EvaluationVariables.evaluationId(execution));
    execution.setVariable(
        Vars.ON_TIME_REPORT_PERCENT, Variables.integerValue(facts.onTimeReportPercent(), true));
    execution.setVariable(
        Vars.MISSING_REPORTS, Variables.integerValue(facts.missingReports(), true));
    execution.setVariable(
        Vars.INFORMATION_EXCHANGED_TOTAL,
        Variables.integerValue(facts.informationExchanged(), true));
    execution.setVariable(
        Vars.JOINT_INSPECTIONS_HELD, Variables.integerValue(facts.jointInspections(), true));
    execution.setVariable(
        Vars.REFERRALS_ANSWERED_IN_TIME_PERCENT,
        Variables.integerValue(facts.referralsAnsweredInTimePercent(), true));
  }
}
