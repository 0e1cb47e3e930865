package vn.phoihop.evaluation;

import java.time.LocalDate;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;
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
          EvaluationProcess.Vars.PERIOD_YEAR,
          Texts.text("evaluation.period.yearInvalid", String.valueOf(year)));
    }
    int endMonth =
        switch (kind) {
          case MONTH -> requireNumber(number, 12, Texts.text("evaluation.period.ofMonth"));
          case QUARTER -> requireNumber(number, 4, Texts.text("evaluation.period.ofQuarter")) * 3;
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
          case MONTH ->
              Texts.text("evaluation.period.month", String.valueOf(number), String.valueOf(year));
          case QUARTER ->
              Texts.text("evaluation.period.quarter", ROMAN[number - 1], String.valueOf(year));
          case HALF_YEAR -> Texts.text("evaluation.period.halfYear", String.valueOf(year));
          case NINE_MONTHS -> Texts.text("evaluation.period.nineMonths", String.valueOf(year));
          case YEAR -> Texts.text("evaluation.period.year", String.valueOf(year));
        };
    return Texts.text(
        "evaluation.period.window",
        name,
        VietnameseFormats.date(start),
        VietnameseFormats.date(end));
  }

  private static int requireNumber(Integer number, int max, String what) {
    if (number == null || number < 1 || number > max) {
      throw DomainException.invalid(
          EvaluationProcess.Vars.PERIOD_NUMBER,
          Texts.text(
              "evaluation.period.numberRange", what, String.valueOf(max), String.valueOf(number)));
    }
    return number;
  }
}
