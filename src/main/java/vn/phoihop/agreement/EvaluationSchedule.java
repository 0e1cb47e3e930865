package vn.phoihop.agreement;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.AgreementEvaluations;
import vn.phoihop.evaluation.EvaluationPeriod;
import vn.phoihop.evaluation.EvaluationSummary;
import vn.phoihop.shared.Clocks;

/**
 * When the next periodic evaluation of an agreement in force is due, for the cadence timer and the
 * gateway before it in {@code SubProcess_InForce} ({@code ${evaluationSchedule.…(agreementId)}}).
 *
 * <p>The next cut-off is the first 14th of a month of the agreement's cadence that falls on or
 * after the day it took effect (and its term's start), after the end of every period already
 * evaluated for it, and no later than the term's last day. The evaluation starts the day after the
 * cut-off, at 00:00 in Vietnam. Periods evaluated before an amendment are not evaluated again; a
 * period whose cut-off passed while the agreement was being amended is evaluated as soon as it is
 * back in force.
 *
 * <p>Public, with the two methods the model calls: the engine's expression language invokes methods
 * only through a public class.
 */
@Component("evaluationSchedule")
public class EvaluationSchedule {

  static final int CUT_OFF_DAY = 14;

  private final AgreementRepository agreements;
  private final AgreementEvaluations evaluations;

  EvaluationSchedule(AgreementRepository agreements, AgreementEvaluations evaluations) {
    this.agreements = agreements;
    this.evaluations = evaluations;
  }

  /**
   * Whether another period ends within the term (otherwise the process waits for the term's end).
   */
  public boolean hasNextPeriod(long agreementId) {
    return nextCutOff(agreementId).isPresent();
  }

  /** The start of the day after the next cut-off: when the cadence timer fires. */
  public Date nextEvaluationAt(long agreementId) {
    LocalDate cutOff =
        nextCutOff(agreementId)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Agreement " + agreementId + " has no period left in its term"));
    return Date.from(cutOff.plusDays(1).atStartOfDay(Clocks.ZONE).toInstant());
  }

  /** The period the next evaluation covers. */
  EvaluationPeriod nextPeriod(long agreementId) {
    return nextCutOff(agreementId)
        .map(EvaluationCadence::periodEndingOn)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Agreement " + agreementId + " has no period left in its term"));
  }

  private Optional<LocalDate> nextCutOff(long agreementId) {
    Agreement agreement =
        agreements
            .findById(agreementId)
            .orElseThrow(() -> new IllegalStateException("No agreement with id " + agreementId));
    Optional<LocalDate> lastEvaluated =
        evaluations.ofAgreement(agreementId).stream()
            .map(EvaluationSummary::periodEnd)
            .max(LocalDate::compareTo);
    return nextCutOff(
        agreement.getEvaluationCadence(),
        agreement.getTermStart(),
        agreement.getTermEnd(),
        agreement.getEffectiveDate(),
        lastEvaluated.orElse(null));
  }

  /**
   * The first cut-off of {@code cadence} on or after the later of the term's start and the
   * effective date, and after {@code lastEvaluatedEnd} (if any); empty when it would fall after
   * {@code termEnd}.
   */
  static Optional<LocalDate> nextCutOff(
      EvaluationCadence cadence,
      LocalDate termStart,
      LocalDate termEnd,
      LocalDate effectiveDate,
      LocalDate lastEvaluatedEnd) {
    LocalDate from = termStart;
    if (effectiveDate != null && effectiveDate.isAfter(from)) {
      from = effectiveDate;
    }
    if (lastEvaluatedEnd != null && !lastEvaluatedEnd.isBefore(from)) {
      from = lastEvaluatedEnd.plusDays(1);
    }
    LocalDate cutOff = from.withDayOfMonth(CUT_OFF_DAY);
    if (cutOff.isBefore(from)) {
      cutOff = cutOff.plusMonths(1);
    }
    while (!cadence.cutsOffIn(cutOff.getMonthValue())) {
      cutOff = cutOff.plusMonths(1);
    }
    return cutOff.isAfter(termEnd) ? Optional.empty() : Optional.of(cutOff);
  }
}
