package vn.phoihop.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the agreement feature may read of its evaluations: the periods evaluated so far (to
 * schedule the next one and to show them) and one period's outcome (to record it on the
 * agreement). The caller has already decided who may see the agreement.
 */
@Service
@Transactional(readOnly = true)
public class AgreementEvaluations {

  private final EvaluationRepository evaluations;

  AgreementEvaluations(EvaluationRepository evaluations) {
    this.evaluations = evaluations;
  }

  /** Every period evaluated (or being evaluated) for the agreement, in the order the periods ended. */
  public List<EvaluationSummary> ofAgreement(long agreementId) {
    return evaluations.findByAgreementIdOrderByPeriodEndAscPeriodStartDesc(agreementId).stream()
        .map(EvaluationSummary::of)
        .toList();
  }

  public Optional<EvaluationSummary> find(long evaluationId) {
    return evaluations.findById(evaluationId).map(EvaluationSummary::of);
  }
}
