package vn.phoihop.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.EvaluationProcess.Variables;

/** Stores the rating table's result with the evaluation. */
@Component("recordRatingDelegate")
class RecordRatingDelegate implements JavaDelegate {

  private final EvaluationService service;

  RecordRatingDelegate(EvaluationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Rating rating = Rating.valueOf(Variables.EVALUATION_RATING.get(execution));
    service.recordRating(Variables.EVALUATION_ID.get(execution), rating);
  }
}
