package vn.phoihop.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Variables;
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

  private final AgreementLifecycle lifecycle;
  private final AgreementEvaluations evaluations;

  RecordEvaluationDelegate(AgreementLifecycle lifecycle, AgreementEvaluations evaluations) {
    this.lifecycle = lifecycle;
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long agreementId = Variables.AGREEMENT_ID.get(execution);
    long evaluationId = Variables.EVALUATION_ID.get(execution);
    EvaluationSummary evaluation =
        evaluations
            .find(evaluationId)
            .orElseThrow(() -> new IllegalStateException("No evaluation with id " + evaluationId));
    lifecycle.recordEvaluation(agreementId, evaluation);
    execution.removeVariable(Vars.PERIOD_KIND);
    execution.removeVariable(Vars.PERIOD_YEAR);
    execution.removeVariable(Vars.PERIOD_NUMBER);
  }
}
