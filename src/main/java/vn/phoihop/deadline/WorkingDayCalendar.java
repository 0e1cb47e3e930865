package vn.phoihop.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.phoihop.shared.Clocks;

/**
 * Vietnam's working days: Monday to Friday, minus public holidays, compensatory and bridge days,
 * plus the weekend days worked in exchange — all from the admin-maintained holiday table.
 *
 * <p>Counting follows the Civil Code (docs/domain.md#counting-days): the first day is not counted,
 * and a period that ends on a day off ends on the next working day.
 */
@Component
class WorkingDayCalendar {

  /** The zone every PhoiHop date is counted in. */
  private static final Duration REFRESH = Duration.ofMinutes(5);

  private final HolidayRepository holidays;
  private volatile Snapshot snapshot;

  WorkingDayCalendar(HolidayRepository holidays) {
    this.holidays = holidays;
  }

  public boolean isWorkingDay(LocalDate day) {
    DayKind special = days().get(day);
    if (special != null) {
      return special.isWorking();
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The n-th working day after {@code start} (start itself not counted). */
  public LocalDate plusWorkingDays(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    LocalDate day = start;
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The n-th working day before {@code end}. */
  public LocalDate minusWorkingDays(LocalDate end, int days) {
    LocalDate day = end;
    for (int counted = 0; counted < days; ) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** {@code start} plus n calendar days; if that is a day off, the next working day. */
  public LocalDate plusCalendarDays(LocalDate start, int days) {
    return nextWorkingDayFrom(start.plusDays(days));
  }

  /** {@code start} plus n months; if that is a day off, the next working day. */
  public LocalDate plusMonths(LocalDate start, int months) {
    return nextWorkingDayFrom(start.plusMonths(months));
  }

  /** {@code day} itself if it is a working day, else the first working day after it. */
  public LocalDate nextWorkingDayFrom(LocalDate day) {
    LocalDate result = day;
    while (!isWorkingDay(result)) {
      result = result.plusDays(1);
    }
    return result;
  }

  /** Forget the cached calendar (after an administrator edited it). */
  void invalidate() {
    snapshot = null;
  }

  private Map<LocalDate, DayKind> days() {
    Snapshot current = snapshot;
    Instant now = Clocks.now();
    if (current == null || current.loadedAt().plus(REFRESH).isBefore(now)) {
      // Cheap: a few dozen rows. Reloaded periodically so edits on another node are picked up.
      Map<LocalDate, DayKind> loaded =
          holidays.findAll().stream()
              .collect(
                  Collectors.toUnmodifiableMap(Holiday::getDay, Holiday::getKind, (a, b) -> a));
      current = new Snapshot(loaded, now);
      snapshot = current;
    }
    return current.days();
  }

  private record Snapshot(Map<LocalDate, DayKind> days, Instant loadedAt) {}
}
