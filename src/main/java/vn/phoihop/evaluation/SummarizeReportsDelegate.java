package vn.phoihop.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.EvaluationProcess.Variables;
import vn.phoihop.shared.ProcessVariable;

/**
 * Reporting is over: summarises the reports into the rating table's inputs, stores them with the
 * evaluation, and hands them to the next step ({@code Task_RateEvaluation}, in the same
 * transaction) as transient variables, so no figure lingers in the process. The reports as filed
 * are kept, readable, in {@code reportsSummary} for the forms of the conference and the conclusion.
 */
@Component("summarizeReportsDelegate")
class SummarizeReportsDelegate implements JavaDelegate {

  private final EvaluationService service;
  private final EvaluationDescriptions descriptions;

  SummarizeReportsDelegate(EvaluationService service, EvaluationDescriptions descriptions) {
    this.service = service;
    this.descriptions = descriptions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long evaluationId = Variables.EVALUATION_ID.get(execution);
    RatingFacts facts = service.summarize(evaluationId);
    // the reports are final from here on: the conference and conclusion forms show them
    Variables.REPORTS_SUMMARY.set(execution, service.describeReports(evaluationId, descriptions));
    transiently(execution, Variables.ON_TIME_REPORT_PERCENT, facts.onTimeReportPercent());
    transiently(execution, Variables.MISSING_REPORTS, facts.missingReports());
    transiently(execution, Variables.INFORMATION_EXCHANGED_TOTAL, facts.informationExchanged());
    transiently(execution, Variables.JOINT_INSPECTIONS_HELD, facts.jointInspections());
    transiently(
        execution,
        Variables.REFERRALS_ANSWERED_IN_TIME_PERCENT,
        facts.referralsAnsweredInTimePercent());
  }

  /**
   * A value the next step reads in this transaction and the engine never stores; {@code null} (a
   * share of nothing) stays a typed null the rating table reads as blank.
   */
  private static void transiently(
      DelegateExecution execution, ProcessVariable<Integer> variable, Integer value) {
    execution.setVariable(
        variable.name(), org.camunda.bpm.engine.variable.Variables.integerValue(value, true));
  }
}
