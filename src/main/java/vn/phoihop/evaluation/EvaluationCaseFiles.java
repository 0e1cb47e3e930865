package vn.phoihop.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Readership;
import vn.phoihop.shared.VietnameseFormats;

/**
 * One evaluation period as the Tasklist case file shows it beside a task: the period, its status
 * and each party's report as filed (figures with their Vietnamese names, money with thousands
 * separators, a correction of the pre-filled referral figures with its reason, the narrative and
 * difficulties). Read by the one read rule over the reporting parties, like {@code GET
 * /api/v1/evaluations/{id}}.
 */
@Component
@Transactional(readOnly = true)
public class EvaluationCaseFiles {

  private final EvaluationRepository evaluations;
  private final Readership readership;
  private final AgencyRegistry agencies;

  EvaluationCaseFiles(
      EvaluationRepository evaluations, Readership readership, AgencyRegistry agencies) {
    this.evaluations = evaluations;
    this.readership = readership;
    this.agencies = agencies;
  }

  /** The evaluation with id {@code evaluationId}, if it exists and {@code user} may read it. */
  public Optional<File> readable(long evaluationId, PhoiHopUser user) {
    Readership.Reader reader = readership.of(user);
    return evaluations
        .findById(evaluationId)
        .filter(e -> EvaluationQueries.reads(reader, e))
        .map(this::file);
  }

  private File file(Evaluation e) {
    List<Report> reports = new ArrayList<>();
    for (PartyReport r : e.getReports()) {
      List<Figure> figures = new ArrayList<>();
      if (r.getKpis() != null) {
        for (Kpi kpi : Kpi.values()) {
          Long value = kpi.of(r.getKpis());
          if (value != null) {
            figures.add(
                new Figure(
                    kpi.label(),
                    kpi.amount()
                        ? VietnameseFormats.vnd(value)
                        : VietnameseFormats.vnd(value).replace(" đồng", "")));
          }
        }
      }
      reports.add(
          new Report(
              agencies.nameOf(r.getAgencyCode()),
              r.isLead(),
              r.getStatus().label(),
              VietnameseFormats.dateTime(r.getFiledAt()),
              r.getFiledBy(),
              r.isLate(),
              figures,
              // a corrected report shows what PhoiHop counted and why the party reports otherwise
              r.getReferralFiguresCorrection() == null || r.getReferralPrefill() == null
                  ? null
                  : r.getReferralPrefill().describe(),
              r.getReferralFiguresCorrection(),
              r.getNarrative(),
              r.getDifficulties()));
    }
    return new File(
        e.getAgreementCode(),
        e.period().label(),
        VietnameseFormats.date(e.getPeriodStart()),
        VietnameseFormats.date(e.getPeriodEnd()),
        VietnameseFormats.dateTime(e.getReportDueAt()),
        e.getStatus().label(),
        e.getRating() == null ? null : e.getRating().label(),
        e.getConclusion() == null ? null : e.getConclusion().label(),
        agencies.nameOf(e.getLeadAgency()),
        reports);
  }

  /** An evaluation period's case file; dates already written {@code dd/MM/yyyy}. */
  public record File(
      String agreementCode,
      String periodLabel,
      String periodStart,
      String periodEnd,
      String reportDueAt,
      String statusLabel,
      String ratingLabel,
      String conclusionLabel,
      String leadAgencyName,
      List<Report> reports) {}

  /**
   * One party's report as filed; no figures while it is not filed. When the party corrected the
   * referral figures PhoiHop pre-filled, those figures in words and its reason.
   */
  public record Report(
      String agencyName,
      boolean lead,
      String statusLabel,
      String filedAt,
      String filedBy,
      boolean late,
      List<Figure> figures,
      String prefilledReferralFigures,
      String referralFiguresCorrection,
      String narrative,
      String difficulties) {}

  /** A KPI with its Vietnamese name and its value as read ({@code 1.250.000.000 đồng}). */
  public record Figure(String label, String value) {}
}
