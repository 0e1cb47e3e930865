package vn.phoihop.evaluation;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.engine.ExpressionBeans;

/** The evaluation feature's beans that {@code agreement-evaluation} names in expressions. */
@Component
class EvaluationExpressionBeans implements ExpressionBeans {

  @Override
  public Set<String> names() {
    return Set.of(
        "openEvaluationDelegate",
        "evaluationFormListener",
        "markOverdueReportsDelegate",
        "summarizeReportsDelegate",
        "recordRatingDelegate",
        "notifyConclusionDelegate");
  }
}
