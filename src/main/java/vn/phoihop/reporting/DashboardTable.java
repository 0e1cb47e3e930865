package vn.phoihop.reporting;

import java.util.ArrayList;
import java.util.List;
import vn.phoihop.shared.Csv;

/**
 * One list behind a dashboard figure, as the page shows it and as its CSV holds it: the same
 * columns, the same rows, in the same order.
 *
 * @param title what the list is (names the filter applied)
 * @param fileName the CSV's file name without extension (ASCII)
 * @param columns the column headings
 * @param rows the rows; {@code href} links a row to where its work is done (a Tasklist task), or
 *     {@code null}
 */
record DashboardTable(String title, String fileName, List<String> columns, List<Row> rows) {

  record Row(List<String> cells, String href) {}

  byte[] csv() {
    Csv csv = new Csv();
    csv.row(columns);
    for (Row row : rows) {
      csv.row(new ArrayList<>(row.cells()));
    }
    return csv.bytes();
  }
}
