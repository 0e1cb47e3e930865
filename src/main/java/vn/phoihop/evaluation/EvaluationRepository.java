package vn.phoihop.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

  Optional<Evaluation> findByAgreementIdAndPeriodKindAndPeriodStart(
      Long agreementId, PeriodKind kind, LocalDate start);

  /**
   * Oldest period first. Periods of one year share their start (15 December: quarter I, 6 and 9
   * months and the year are year-to-date windows), so the end orders them.
   */
  List<Evaluation> findByAgreementCodeOrderByPeriodEndAscPeriodStartDesc(String agreementCode);

  List<Evaluation> findByAgreementIdOrderByPeriodEndAscPeriodStartDesc(Long agreementId);

  /** Evaluations in which one of these agencies is a party, oldest period first. */
  @Query(
      "select distinct e from Evaluation e join e.reports r where r.agencyCode in :agencyCodes"
          + " order by e.periodEnd, e.periodStart desc, e.agreementCode")
  List<Evaluation> findByPartyIn(List<String> agencyCodes);

  /** Evaluation periods lying within [from, to], by period end. */
  @Query(
      "select e from Evaluation e where e.periodStart >= :from and e.periodEnd <= :to"
          + " order by e.periodEnd, e.periodStart desc, e.agreementCode")
  List<Evaluation> findWithin(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
