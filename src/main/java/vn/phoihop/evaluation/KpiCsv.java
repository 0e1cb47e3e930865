package vn.phoihop.evaluation;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.Csv;
import vn.phoihop.shared.Texts;

/**
 * KPI series as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel shows Vietnamese
 * diacritics), comma-separated, CRLF line ends and RFC 4180 quoting, Vietnamese headers, dates as
 * yyyy-MM-dd, amounts in whole đồng without separators.
 */
final class KpiCsv {

  static final String MEDIA_TYPE = Csv.MEDIA_TYPE;
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private KpiCsv() {}

  static byte[] write(List<KpiRow> rows) {
    Csv csv = new Csv();
    List<String> header =
        new ArrayList<>(
            List.of(
                Texts.text("evaluation.csv.agreementCode"),
                Texts.text("evaluation.csv.periodKind"),
                Texts.text("evaluation.csv.period"),
                Texts.text("evaluation.csv.from"),
                Texts.text("evaluation.csv.to"),
                Texts.text("evaluation.csv.agencyCode"),
                Texts.text("evaluation.csv.agencyName"),
                Texts.text("evaluation.csv.lead"),
                Texts.text("evaluation.csv.reportStatus"),
                Texts.text("evaluation.csv.filedAt"),
                Texts.text("evaluation.csv.late"),
                Texts.text("evaluation.csv.daysLate")));
    for (Kpi kpi : Kpi.values()) {
      header.add(kpi.label());
    }
    header.add(Texts.text("evaluation.csv.acknowledgedInTimePercent"));
    header.add(Texts.text("evaluation.csv.decidedInTimePercent"));
    header.add(Texts.text("evaluation.csv.referralFiguresCorrection"));
    header.add(Texts.text("evaluation.csv.rating"));
    csv.row(header);
    for (KpiRow row : rows) {
      List<String> cells =
          new ArrayList<>(
              List.of(
                  row.agreementCode(),
                  row.periodKind().label(),
                  row.periodLabel(),
                  row.periodStart().toString(),
                  row.periodEnd().toString(),
                  row.agencyCode(),
                  row.agencyName(),
                  yesNo(row.lead()),
                  row.reportStatus().label(),
                  row.filedAt() == null ? "" : TIMESTAMP.format(row.filedAt().atZone(Clocks.ZONE)),
                  yesNo(row.late()),
                  row.daysLate() == null ? "" : row.daysLate().toString()));
      for (Kpi kpi : Kpi.values()) {
        Long value = row.kpis() == null ? null : row.kpis().get(kpi.field());
        cells.add(value == null ? "" : value.toString());
      }
      // a share of nothing is blank, not 100
      cells.add(blankIfNull(row.referralsAcknowledgedInTimePercent()));
      cells.add(blankIfNull(row.referralsDecidedInTimePercent()));
      cells.add(row.referralFiguresCorrection() == null ? "" : row.referralFiguresCorrection());
      cells.add(row.periodRating() == null ? "" : row.periodRating().label());
      csv.row(cells);
    }
    return csv.bytes();
  }

  private static String blankIfNull(Integer value) {
    return value == null ? "" : value.toString();
  }

  private static String yesNo(boolean value) {
    return value ? Texts.text("evaluation.csv.yes") : Texts.text("evaluation.csv.no");
  }
}
