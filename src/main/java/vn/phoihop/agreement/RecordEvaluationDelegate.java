package vn.phoihop.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.evaluation.AgreementEvaluations;
import vn.phoihop.evaluation.EvaluationSummary;

/**
 * The called evaluation ended: its outcome goes on the agreement's timeline and the period's input
 * variables are dropped; {@code evaluationConclusion} stays for the gateway, {@code evaluationId}
 * for the forms that follow.
 */
@Component("recordEvaluationDelegate")
class RecordEvaluationDelegate implements JavaDelegate {

  private final AgreementService service;
  private final AgreementEvaluations evaluations;

  RecordEvaluationDelegate(AgreementService service, AgreementEvaluations evaluations) {
    this.service = service;
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long agreementId = ((Number) execution.getVariable(Vars.AGREEMENT_ID)).longValue();
    long evaluationId = ((Number) execution.getVariable(Vars.EVALUATION_ID)).longValue();
    EvaluationSummary evaluation =
        evaluations
            .find(evaluationId)
            .orElseThrow(() -> new IllegalStateException("No evaluation with id " + evaluationId));
    service.recordEvaluation(agreementId, evaluation);
    execution.removeVariable(Vars.PERIOD_KIND);
    execution.removeVariable(Vars.PERIOD_YEAR);
    execution.removeVariable(Vars.PERIOD_NUMBER);
  }
}
