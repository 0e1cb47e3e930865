package vn.phoihop.agreement;

import java.time.LocalDate;
import vn.phoihop.evaluation.EvaluationPeriod;
import vn.phoihop.evaluation.PeriodKind;

/**
 * How often the parties evaluate the agreement's implementation. Each cadence names the months
 * whose 14th is a cut-off (docs/domain.md#reporting-periods); the period evaluated after a cut-off
 * is the national report due that month ({@link #periodEndingOn}).
 */
public enum EvaluationCadence {
  MONTHLY("Hằng tháng", 1),
  QUARTERLY("Hằng quý", 3),
  HALF_YEARLY("6 tháng", 6),
  YEARLY("Hằng năm", 12);

  private final String label;
  private final int months;

  EvaluationCadence(String label, int months) {
    this.label = label;
    this.months = months;
  }

  public String label() {
    return label;
  }

  /** Whether the 14th of {@code month} (1–12) closes a period of this cadence. */
  public boolean cutsOffIn(int month) {
    return month % months == 0;
  }

  /**
   * The period whose window ends on {@code cutOff} (a 14th), whatever the cadence: December closes
   * the year (tổng kết), June the half-year (sơ kết), September the nine months, March quarter I,
   * any other month that month. A quarterly agreement is therefore evaluated for quarter I, the
   * first 6 months, the first 9 months and the year — the year-to-date windows of the national
   * reports, with the review conferences at the half-year and the year end.
   */
  public static EvaluationPeriod periodEndingOn(LocalDate cutOff) {
    int month = cutOff.getMonthValue();
    int year = cutOff.getYear();
    return switch (month) {
      case 12 -> EvaluationPeriod.of(PeriodKind.YEAR, year, null);
      case 9 -> EvaluationPeriod.of(PeriodKind.NINE_MONTHS, year, null);
      case 6 -> EvaluationPeriod.of(PeriodKind.HALF_YEAR, year, null);
      case 3 -> EvaluationPeriod.of(PeriodKind.QUARTER, year, 1);
      default -> EvaluationPeriod.of(PeriodKind.MONTH, year, month);
    };
  }
}
