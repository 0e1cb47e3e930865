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

  /** Quartz cron of the period timer: 07:00 on 15 March, June, September and December. */
  public static final String BCD389_CYCLE = "0 0 7 15 3,6,9,12 ?";

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
