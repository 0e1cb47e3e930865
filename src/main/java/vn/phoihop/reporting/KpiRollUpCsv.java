package vn.phoihop.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.phoihop.evaluation.Kpi;
import vn.phoihop.reporting.KpiMeasure.Section;
import vn.phoihop.shared.Csv;
import vn.phoihop.shared.Texts;

/**
 * A KPI roll-up as CSV: one line per row and a last line of totals; each count under a header that
 * names its section ("Chuyển hồ sơ vụ việc: Số vụ đã chuyển"). Sections a roll-up by field leaves
 * out are left out of the file.
 */
final class KpiRollUpCsv {

  private KpiRollUpCsv() {}

  static byte[] write(KpiRollUp.Report report) {
    boolean withReferralsAndCampaigns = report.total().referrals() != null;
    List<String> header = new ArrayList<>();
    header.add(Texts.text("reporting.kpis.csv.period"));
    header.add(Texts.text("reporting.kpis.csv.code"));
    header.add(Texts.text("reporting.kpis.csv.name"));
    header.add(Texts.text("reporting.kpis.csv.province"));
    header.add(Texts.text("reporting.kpis.csv.rolledUp"));
    for (KpiMeasure measure : measures(withReferralsAndCampaigns)) {
      header.add(measure.section.label + ": " + measure.label);
      if (measure == KpiMeasure.REPORTS_NOT_FILED) {
        for (Kpi kpi : Kpi.values()) {
          header.add(Section.EVALUATIONS.label + ": " + kpi.label());
        }
      }
    }
    Csv csv = new Csv();
    csv.row(header);
    List<KpiRollUp.Row> rows = new ArrayList<>(report.rows());
    rows.add(report.total());
    for (KpiRollUp.Row row : rows) {
      List<String> cells = new ArrayList<>();
      cells.add(report.window().label());
      cells.add(row.code());
      cells.add(row.name());
      cells.add(row.province() == null ? null : row.province().name());
      cells.add(
          row.rolledUp().stream()
              .map(vn.phoihop.agency.CodeName::name)
              .collect(Collectors.joining("; ")));
      for (KpiMeasure measure : measures(withReferralsAndCampaigns)) {
        cells.add(String.valueOf(section(row, measure.section).get(measure.key)));
        if (measure == KpiMeasure.REPORTS_NOT_FILED) {
          @SuppressWarnings("unchecked")
          Map<String, Long> kpis = (Map<String, Long>) row.evaluations().get("kpis");
          for (Kpi kpi : Kpi.values()) {
            cells.add(String.valueOf(kpis.get(kpi.field())));
          }
        }
      }
      csv.row(cells);
    }
    return csv.bytes();
  }

  private static List<KpiMeasure> measures(boolean withReferralsAndCampaigns) {
    return java.util.Arrays.stream(KpiMeasure.values())
        .filter(m -> withReferralsAndCampaigns || m.section.byField())
        .toList();
  }

  private static Map<String, ?> section(KpiRollUp.Row row, Section section) {
    return switch (section) {
      case EVALUATIONS -> row.evaluations();
      case REFERRALS -> row.referrals();
      case CAMPAIGNS -> row.campaigns();
      case INFORMATION_REQUESTS -> row.informationRequests();
    };
  }
}
