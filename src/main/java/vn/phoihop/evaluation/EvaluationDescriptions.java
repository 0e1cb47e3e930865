package vn.phoihop.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.shared.Templates;
import vn.phoihop.shared.VietnameseFormats;

/**
 * The parties' reports of a period as the forms that rate, discuss and conclude it show them: each
 * party by its Vietnamese name, whether and when it filed, its figures (amounts grouped by
 * thousands), its narrative and, when it corrected the referral figures PhoiHop pre-filled, those
 * figures and its reason.
 */
@Component
class EvaluationDescriptions {

  private final AgencyRegistry registry;

  EvaluationDescriptions(AgencyRegistry registry) {
    this.registry = registry;
  }

  /** Markdown, {@code templates/evaluation/reports}. */
  String reports(Evaluation evaluation) {
    List<Map<String, Object>> reports = new ArrayList<>();
    for (PartyReport r : evaluation.getReports()) {
      Map<String, Object> report = new HashMap<>();
      report.put("position", reports.size() + 1);
      report.put("agency", registry.nameOf(r.getAgencyCode()));
      report.put("status", r.getStatus().label());
      report.put(
          "filedAt", r.getFiledAt() == null ? null : VietnameseFormats.dateTime(r.getFiledAt()));
      report.put("filedBy", r.getFiledBy());
      report.put(
          "daysLate",
          r.getDaysLate() == null || r.getDaysLate() <= 0 ? null : String.valueOf(r.getDaysLate()));
      List<Map<String, Object>> figures = new ArrayList<>();
      if (r.getKpis() != null) {
        for (Kpi kpi : Kpi.values()) {
          Long value = kpi.of(r.getKpis());
          if (value != null) {
            figures.add(
                Map.of(
                    "label", kpi.label(),
                    // amounts' labels end in "đồng"; every figure is grouped by thousands
                    "value", VietnameseFormats.grouped(value)));
          }
        }
      }
      report.put("figures", figures);
      report.put("narrative", r.getNarrative());
      report.put("difficulties", r.getDifficulties());
      if (r.getReferralFiguresCorrection() != null && r.getReferralPrefill() != null) {
        report.put(
            "referralCorrection",
            Map.of(
                "prefilled",
                r.getReferralPrefill().describe(),
                "reason",
                r.getReferralFiguresCorrection()));
      }
      reports.add(report);
    }
    return Templates.render(
            "evaluation/reports", Map.of("period", evaluation.period().label(), "reports", reports))
        .strip();
  }
}
