package vn.phoihop.evaluation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.identity.Readership;

/**
 * Every party's report of every evaluation period a reader reads that lies within a reporting
 * window, for the reporting feature's KPI roll-ups. Part of the evaluation module's API; the read
 * rule is the evaluation list's ({@link EvaluationQueries#reads}).
 */
@Component
@Transactional(readOnly = true)
public class EvaluationFigures {

  private final EvaluationRepository evaluations;

  EvaluationFigures(EvaluationRepository evaluations) {
    this.evaluations = evaluations;
  }

  /**
   * One party's report of one period.
   *
   * @param status {@code PENDING}, {@code OVERDUE}, {@code FILED} or {@code MISSING}
   * @param late filed after its deadline
   * @param kpis the figures by {@link Kpi#field()}; {@code null} while nothing was filed
   */
  public record PartyPeriod(
      String agreementCode,
      String agencyCode,
      LocalDate periodStart,
      LocalDate periodEnd,
      String status,
      boolean filed,
      boolean late,
      Map<String, Long> kpis) {}

  /**
   * The reports of the periods {@code reader} reads that start on or after {@code from} and end on
   * or before {@code to} (a quarter within a year's window counts in it; a year does not count in
   * its last quarter's window), by period end.
   *
   * <p>Windows of one reporting year overlap: quarter I, 6 months, 9 months and the year all start
   * on 15 December. So that no day of an agreement is counted twice, each agreement's periods are
   * taken longest first, and a period overlapping one already taken is left out: a year evaluated
   * by quarters and as a whole counts its year report once; one evaluated for 6 months and then for
   * quarters III and IV counts those three.
   */
  public List<PartyPeriod> within(Readership.Reader reader, LocalDate from, LocalDate to) {
    Map<String, List<Evaluation>> taken = new LinkedHashMap<>();
    evaluations.findWithin(from, to).stream()
        .filter(e -> EvaluationQueries.reads(reader, e))
        .sorted(
            Comparator.comparing(
                    (Evaluation e) -> ChronoUnit.DAYS.between(e.getPeriodStart(), e.getPeriodEnd()))
                .reversed()
                .thenComparing(Evaluation::getPeriodEnd))
        .forEach(
            e -> {
              List<Evaluation> ofAgreement =
                  taken.computeIfAbsent(e.getAgreementCode(), k -> new ArrayList<>());
              if (ofAgreement.stream().noneMatch(t -> overlap(t, e))) {
                ofAgreement.add(e);
              }
            });
    List<PartyPeriod> reports = new ArrayList<>();
    for (Evaluation evaluation :
        taken.values().stream()
            .flatMap(List::stream)
            .sorted(
                Comparator.comparing(Evaluation::getPeriodEnd)
                    .thenComparing(Evaluation::getAgreementCode))
            .toList()) {
      for (PartyReport report : evaluation.getReports()) {
        reports.add(
            new PartyPeriod(
                evaluation.getAgreementCode(),
                report.getAgencyCode(),
                evaluation.getPeriodStart(),
                evaluation.getPeriodEnd(),
                report.getStatus().name(),
                report.getStatus() == ReportStatus.FILED,
                report.getStatus() == ReportStatus.FILED && report.isLate(),
                EvaluationView.kpis(report.getKpis())));
      }
    }
    return reports;
  }

  private static boolean overlap(Evaluation a, Evaluation b) {
    return !a.getPeriodStart().isAfter(b.getPeriodEnd())
        && !b.getPeriodStart().isAfter(a.getPeriodEnd());
  }
}
