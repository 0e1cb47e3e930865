package vn.phoihop.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Variables;
import vn.phoihop.evaluation.AgreementEvaluations;
import vn.phoihop.evaluation.EvaluationSummary;

/**
 * {@code end} listener of {@code CallActivity_EvaluatePeriod}. A completed call leaves its period
 * concluded; a call cancelled because an amendment or termination interrupted the in-force wait
 * leaves it open: it is marked cancelled and noted on the agreement's timeline.
 */
@Component("cancelOpenEvaluationListener")
class CancelOpenEvaluationListener implements ExecutionListener {

  private final AgreementEvaluations evaluations;
  private final AgreementLifecycle lifecycle;

  CancelOpenEvaluationListener(AgreementEvaluations evaluations, AgreementLifecycle lifecycle) {
    this.evaluations = evaluations;
    this.lifecycle = lifecycle;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long agreementId = Variables.AGREEMENT_ID.get(execution);
    for (EvaluationSummary cancelled : evaluations.cancelUnconcluded(agreementId)) {
      lifecycle.recordEvaluationCancelled(agreementId, cancelled);
    }
  }
}
