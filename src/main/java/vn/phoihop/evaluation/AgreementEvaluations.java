package vn.phoihop.evaluation;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the agreement feature may read of its evaluations: the periods evaluated so far (to schedule
 * the next one and to show them) and one period's outcome (to record it on the agreement); and the
 * one thing it may change: a period cancelled with the agreement's in-force wait. The caller has
 * already decided who may see the agreement.
 */
@Service
@Transactional(readOnly = true)
public class AgreementEvaluations {

  private static final Logger log = LoggerFactory.getLogger(AgreementEvaluations.class);

  private final EvaluationRepository evaluations;

  AgreementEvaluations(EvaluationRepository evaluations) {
    this.evaluations = evaluations;
  }

  /**
   * Every period evaluated (or being evaluated) for the agreement, in the order the periods ended.
   */
  public List<EvaluationSummary> ofAgreement(long agreementId) {
    return evaluations.findByAgreementIdOrderByPeriodEndAscPeriodStartDesc(agreementId).stream()
        .map(EvaluationSummary::of)
        .toList();
  }

  public Optional<EvaluationSummary> find(long evaluationId) {
    return evaluations.findById(evaluationId).map(EvaluationSummary::of);
  }

  /**
   * The agreement's evaluation call ended: a period still open was cancelled with it (an amendment
   * or termination interrupted the in-force wait) and is marked so. Returns the periods marked.
   */
  @Transactional
  public List<EvaluationSummary> cancelUnconcluded(long agreementId) {
    List<EvaluationSummary> cancelled =
        evaluations.findByAgreementIdOrderByPeriodEndAscPeriodStartDesc(agreementId).stream()
            .filter(Evaluation::cancel)
            .map(EvaluationSummary::of)
            .toList();
    cancelled.forEach(
        e ->
            log.info(
                "Evaluation {} of agreement {} ({}) cancelled",
                e.id(),
                agreementId,
                e.periodLabel()));
    return cancelled;
  }
}
