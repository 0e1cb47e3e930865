package vn.phoihop.evaluation;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.phoihop.shared.Clocks;

/**
 * KPI series as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel shows Vietnamese
 * diacritics), comma-separated, CRLF line ends and RFC 4180 quoting, Vietnamese headers, dates as
 * yyyy-MM-dd, amounts in whole đồng without separators.
 */
final class KpiCsv {

  static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
  private static final String BOM = "\uFEFF";
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private KpiCsv() {}

  static byte[] write(List<KpiRow> rows) {
    StringBuilder csv = new StringBuilder(BOM);
    List<String> header =
        new ArrayList<>(
            List.of(
                "Số hiệu quy chế",
                "Loại kỳ",
                "Kỳ",
                "Từ ngày",
                "Đến ngày",
                "Mã đơn vị",
                "Tên đơn vị",
                "Đơn vị chủ trì",
                "Tình trạng báo cáo",
                "Thời điểm nộp",
                "Nộp muộn",
                "Số ngày muộn"));
    for (Kpi kpi : Kpi.values()) {
      header.add(kpi.label());
    }
    header.add("Xếp loại kỳ");
    line(csv, header);
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
                  row.lead() ? "Có" : "Không",
                  row.reportStatus().label(),
                  row.filedAt() == null ? "" : TIMESTAMP.format(row.filedAt().atZone(Clocks.ZONE)),
                  row.late() ? "Có" : "Không",
                  row.daysLate() == null ? "" : row.daysLate().toString()));
      for (Kpi kpi : Kpi.values()) {
        Long value = row.kpis() == null ? null : row.kpis().get(kpi.field());
        cells.add(value == null ? "" : value.toString());
      }
      cells.add(row.periodRating() == null ? "" : row.periodRating().label());
      line(csv, cells);
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(quote(cells.get(i)));
    }
    csv.append("\r\n");
  }

  private static String quote(String cell) {
    if (cell.indexOf(',') < 0
        && cell.indexOf('"') < 0
        && cell.indexOf('\n') < 0
        && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
