package vn.phoihop.agreement;

import java.time.LocalDate;
import vn.phoihop.evaluation.EvaluationPeriod;
import vn.phoihop.evaluation.PeriodKind;
import vn.phoihop.shared.Texts;

/**
 * How often the parties evaluate the agreement's implementation. Each cadence names the months
 * whose 14th is a cut-off (docs/domain.md#reporting-periods); the period evaluated after a cut-off
 * is the national report due that month ({@link #periodEndingOn}).
 */
enum EvaluationCadence {
  MONTHLY(1),
  QUARTERLY(3),
  HALF_YEARLY(6),
  YEARLY(12);

  private final int months;

  EvaluationCadence(int months) {
    this.months = months;
  }

  /** What users read for this value (i18n/agreement.properties). */
  public String label() {
    return switch (this) {
      case MONTHLY -> Texts.text("agreement.cadence.MONTHLY");
      case QUARTERLY -> Texts.text("agreement.cadence.QUARTERLY");
      case HALF_YEARLY -> Texts.text("agreement.cadence.HALF_YEARLY");
      case YEARLY -> Texts.text("agreement.cadence.YEARLY");
    };
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
