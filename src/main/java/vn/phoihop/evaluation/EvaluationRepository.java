package vn.phoihop.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

  Optional<Evaluation> findByAgreementIdAndPeriodKindAndPeriodStart(Long agreementId, PeriodKind kind, LocalDate start);

  List<Evaluation> findByAgreementCodeOrderByPeriodStartAscPeriodKindAsc(String agreementCode);

  /** Evaluations in which one of these agencies is a party, oldest period first. */
  @Query(
      "select distinct e from Evaluation e join e.reports r where r.agencyCode in :agencyCodes"
          + " order by e.periodStart, e.periodKind, e.agreementCode")
  List<Evaluation> findByPartyIn(List<String> agencyCodes);
}
