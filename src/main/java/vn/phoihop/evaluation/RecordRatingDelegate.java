package vn.phoihop.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.EvaluationProcess.Vars;

/** Stores the rating table's result with the evaluation. */
@Component("recordRatingDelegate")
class RecordRatingDelegate implements JavaDelegate {

  private final EvaluationService service;

  RecordRatingDelegate(EvaluationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Rating rating = Rating.valueOf(EvaluationVariables.string(execution, Vars.EVALUATION_RATING));
    service.recordRating(EvaluationVariables.evaluationId(execution), rating);
  }
}
