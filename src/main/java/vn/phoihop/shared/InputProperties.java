package vn.phoihop.shared;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds of the dates users enter, so that a mistyped year is refused instead of stored.
 *
 * @param earliestDate no date a user enters (a case found, a document signed or decided) is
 *     earlier; PhoiHop's records start in 2000
 * @param termStartYearsBack an agreement's term may start at most this many years before today
 * @param termEndYearsAhead an agreement's term may end at most this many years after today
 */
@ConfigurationProperties("phoihop.input")
public record InputProperties(
    LocalDate earliestDate, Integer termStartYearsBack, Integer termEndYearsAhead) {

  /** {@code earliest-date} when not configured. */
  public static final LocalDate DEFAULT_EARLIEST_DATE = LocalDate.of(2000, 1, 1);

  public InputProperties {
    earliestDate = earliestDate == null ? DEFAULT_EARLIEST_DATE : earliestDate;
    termStartYearsBack = termStartYearsBack == null ? 10 : termStartYearsBack;
    termEndYearsAhead = termEndYearsAhead == null ? 20 : termEndYearsAhead;
  }

  /** The earliest start of an agreement's term opened {@code today}. */
  public LocalDate earliestTermStart(LocalDate today) {
    LocalDate back = today.minusYears(termStartYearsBack);
    return back.isBefore(earliestDate) ? earliestDate : back;
  }

  /** The latest end of an agreement's term opened {@code today}. */
  public LocalDate latestTermEnd(LocalDate today) {
    return today.plusYears(termEndYearsAhead);
  }
}
