package vn.phoihop.campaign;

import java.time.LocalDate;
import vn.phoihop.evaluation.EvaluationPeriod;
import vn.phoihop.evaluation.PeriodKind;

/**
 * When the BCĐ 389 periodic campaigns open and which window each covers. The committees follow
 * their own practice, "quý I, 6 tháng, 9 tháng, năm" (docs/domain.md#reporting-periods): every
 * window but quarter I starts on 15 December of the previous year. The timer fires the day after
 * each cut-off, at 07:00 Hanoi time.
 */
public final class CampaignCadence {

  /**
   * The period timer: 07:00 Hanoi time on 15 March, June, September and December, as an ISO 8601
   * repeating interval with its offset written out. A cron expression would not do: Camunda reads
   * cron in the JVM's default time zone, which is the server's, not Vietnam's.
   */
  public static final String BCD389_CYCLE = "R/2026-12-15T07:00:00+07:00/P3M";

  private CampaignCadence() {}

  /**
   * The window a BCĐ 389 campaign opened on {@code day} covers: the one whose cut-off (the 14th of
   * March, June, September or December) is the latest before {@code day}.
   */
  public static EvaluationPeriod bcd389WindowBefore(LocalDate day) {
    EvaluationPeriod quarter = EvaluationPeriod.lastEndedBefore(PeriodKind.QUARTER, day);
    return switch (quarter.number()) {
      case 1 -> quarter;
      case 2 -> EvaluationPeriod.of(PeriodKind.HALF_YEAR, quarter.year(), null);
      case 3 -> EvaluationPeriod.of(PeriodKind.NINE_MONTHS, quarter.year(), null);
      default -> EvaluationPeriod.of(PeriodKind.YEAR, quarter.year(), null);
    };
  }
}
