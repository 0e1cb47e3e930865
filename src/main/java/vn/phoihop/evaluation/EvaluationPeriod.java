package vn.phoihop.evaluation;

import java.time.LocalDate;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.VietnameseFormats;

/**
 * One reporting window under the national 15th→14th cut-off convention
 * (docs/domain.md#reporting-periods). {@code year} is the year the window ends in: quarter I of
 * 2026 runs from 15 Dec 2025 to 14 Mar 2026.
 *
 * @param number month 1–12 or quarter 1–4; {@code null} for the other kinds
 */
public record EvaluationPeriod(
    PeriodKind kind, int year, Integer number, LocalDate start, LocalDate end) {

  static final int CUT_OFF_DAY = 14;
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  /**
   * The window of {@code kind} in reporting year {@code year}; {@code number} only for months and
   * quarters.
   */
  public static EvaluationPeriod of(PeriodKind kind, int year, Integer number) {
    if (year < 2000 || year > 2100) {
      throw DomainException.invalid(
          EvaluationProcess.Vars.PERIOD_YEAR, "Năm báo cáo " + year + " không hợp lệ.");
    }
    int endMonth =
        switch (kind) {
          case MONTH -> requireNumber(number, 12, "tháng");
          case QUARTER -> requireNumber(number, 4, "quý") * 3;
          case HALF_YEAR -> 6;
          case NINE_MONTHS -> 9;
          case YEAR -> 12;
        };
    LocalDate end = LocalDate.of(year, endMonth, CUT_OFF_DAY);
    LocalDate start =
        switch (kind) {
          case MONTH -> end.minusMonths(1).plusDays(1);
          case QUARTER -> end.minusMonths(3).plusDays(1);
          case HALF_YEAR, NINE_MONTHS, YEAR -> LocalDate.of(year - 1, 12, CUT_OFF_DAY + 1);
        };
    return new EvaluationPeriod(kind, year, kind.numbered() ? number : null, start, end);
  }

  /**
   * The latest window of {@code kind} that ended before {@code day}: what a cadence timer firing on
   * {@code day} should evaluate (on 15 Mar 2026, quarter I of 2026; on 14 Mar 2026, quarter IV of
   * 2025).
   */
  public static EvaluationPeriod lastEndedBefore(PeriodKind kind, LocalDate day) {
    return switch (kind) {
      case MONTH -> {
        LocalDate end = day.getDayOfMonth() > CUT_OFF_DAY ? day : day.minusMonths(1);
        yield of(kind, end.getYear(), end.getMonthValue());
      }
      case QUARTER -> {
        LocalDate end = day.getDayOfMonth() > CUT_OFF_DAY ? day : day.minusMonths(1);
        while (end.getMonthValue() % 3 != 0) {
          end = end.minusMonths(1);
        }
        yield of(kind, end.getYear(), end.getMonthValue() / 3);
      }
      case HALF_YEAR, NINE_MONTHS, YEAR -> {
        EvaluationPeriod sameYear = of(kind, day.getYear(), null);
        yield sameYear.end().isBefore(day) ? sameYear : of(kind, day.getYear() - 1, null);
      }
    };
  }

  /** In words, e.g. "Quý I năm 2026 (15/12/2025 – 14/03/2026)". */
  public String label() {
    String name =
        switch (kind) {
          case MONTH -> "Tháng " + number + " năm " + year;
          case QUARTER -> "Quý " + ROMAN[number - 1] + " năm " + year;
          case HALF_YEAR -> "6 tháng đầu năm " + year;
          case NINE_MONTHS -> "9 tháng năm " + year;
          case YEAR -> "Năm " + year;
        };
    return name
        + " ("
        + VietnameseFormats.DATE.format(start)
        + " – "
        + VietnameseFormats.DATE.format(end)
        + ")";
  }

  private static int requireNumber(Integer number, int max, String what) {
    if (number == null || number < 1 || number > max) {
      throw DomainException.invalid(
          EvaluationProcess.Vars.PERIOD_NUMBER,
          "Số thứ tự " + what + " phải từ 1 đến " + max + " (nhận được: " + number + ").");
    }
    return number;
  }
}
