package vn.phoihop.shared;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV for spreadsheets, as every export here writes it: UTF-8 with a byte order mark (so Excel
 * shows Vietnamese diacritics), comma-separated, CRLF line ends and RFC 4180 quoting. A text cell
 * that a spreadsheet would read as a formula ({@code =}, {@code +}, {@code -}, {@code @} first) is
 * written with a leading apostrophe, so that a narrative typed by a user is never run as one (OWASP
 * "CSV injection"); numbers are written as they are.
 */
public final class Csv {

  public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

  private static final String BOM = "\uFEFF";
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private final StringBuilder text = new StringBuilder(BOM);

  /** Appends one line. {@code null} cells are empty. */
  public Csv row(List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(quote(defuse(cells.get(i) == null ? "" : cells.get(i))));
    }
    text.append("\r\n");
    return this;
  }

  public byte[] bytes() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String defuse(String cell) {
    if (cell.isEmpty() || NUMBER.matcher(cell).matches()) {
      return cell;
    }
    char first = cell.charAt(0);
    return first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
        ? "'" + cell
        : cell;
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
