package vn.phoihop.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.shared.Clocks;

/** Real dates against the seeded 2025–2027 holiday table. */
@PhoiHopIntegrationTest
class WorkingDayCalendarTests {

  @Autowired WorkingDayCalendar calendar;
  @Autowired Deadlines deadlines;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void tetHolidaysAndTheirWeekendsAreDaysOff() {
    for (LocalDate day = LocalDate.of(2026, 2, 14);
        !day.isAfter(LocalDate.of(2026, 2, 22));
        day = day.plusDays(1)) {
      assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
    }
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 23))).isTrue();
  }

  @Test
  void workingDayDeadlineSkipsTet2026() {
    // Thursday 12 Feb + 5 working days: Fri 13, (Tết 14–22), Mon 23, Tue 24, Wed 25, Thu 26.
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 12), 5))
        .isEqualTo(LocalDate.of(2026, 2, 26));
  }

  @Test
  void firstDayIsNotCounted() {
    // Monday 9 March 2026 + 1 working day is Tuesday 10 March, not Monday itself.
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 3, 9), 1))
        .isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(calendar.plusCalendarDays(LocalDate.of(2026, 3, 9), 1))
        .isEqualTo(LocalDate.of(2026, 3, 10));
  }

  @Test
  void calendarPeriodEndingOnSaturdayMovesToMonday() {
    // Wednesday 4 March 2026 + 10 days = Saturday 14 March → Monday 16 March.
    assertThat(LocalDate.of(2026, 3, 14).getDayOfWeek().getValue()).isEqualTo(6);
    assertThat(calendar.plusCalendarDays(LocalDate.of(2026, 3, 4), 10))
        .isEqualTo(LocalDate.of(2026, 3, 16));
  }

  @Test
  void calendarDayClockIsNotLengthenedByTetWhenItEndsOnAWorkingDay() {
    // 20 days from 10 Feb 2026 = Monday 2 March 2026 (Tết in between does not count extra).
    assertThat(calendar.plusCalendarDays(LocalDate.of(2026, 2, 10), 20))
        .isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void calendarPeriodEndingInTetMovesToFirstWorkingDayAfter() {
    assertThat(calendar.plusCalendarDays(LocalDate.of(2026, 2, 6), 10))
        .isEqualTo(LocalDate.of(2026, 2, 23));
  }

  @Test
  void compensatoryDayForHungKingsOnSundayIsOff() {
    // Hùng Kings' day 2026 falls on Sunday 26 April; Monday 27 April is the compensatory day off,
    // then 30 April and 1 May are holidays: Friday 24 April + 1 working day = Tuesday 28 April,
    // + 3 = Monday 4 May.
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 4, 24), 1))
        .isEqualTo(LocalDate.of(2026, 4, 28));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 4, 24), 3))
        .isEqualTo(LocalDate.of(2026, 5, 4));
  }

  @Test
  void swapSaturdayIsAWorkingDay() {
    // Saturday 8 Feb 2025 was worked in exchange for Monday 27 Jan 2025.
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 27))).isFalse();
    assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 2, 7), 1))
        .isEqualTo(LocalDate.of(2025, 2, 8));
  }

  @Test
  void monthClockEndingOnDayOffMovesToNextWorkingDay() {
    // 14 Feb 2026 + 2 months = Tuesday 14 April 2026, a working day.
    assertThat(calendar.plusMonths(LocalDate.of(2026, 2, 14), 2))
        .isEqualTo(LocalDate.of(2026, 4, 14));
    // 30 Jan 2026 + 3 months = 30 April (holiday), 1 May (holiday), weekend → Monday 4 May.
    assertThat(calendar.plusMonths(LocalDate.of(2026, 1, 30), 3))
        .isEqualTo(LocalDate.of(2026, 5, 4));
  }

  @Test
  void dueDateFollowsTheEngineClockAndEndsAtMidnightVietnamTime() {
    ClockUtil.setCurrentTime(at(2026, 2, 12, 10));
    Date due =
        deadlines.due("Task_TestWork"); // 3 working days from Thu 12 Feb: Fri 13, Mon 23, Tue 24
    ZonedDateTime local = due.toInstant().atZone(Clocks.ZONE);
    assertThat(local.toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 24));
    assertThat(local.getHour()).isEqualTo(23);
    assertThat(local.getMinute()).isEqualTo(59);
    // Reminder one working day before (Mon 23 Feb, 08:00); escalation one working day after (Wed
    // 25).
    assertThat(deadlines.remindAt("Task_TestWork").toInstant().atZone(Clocks.ZONE))
        .isEqualTo(ZonedDateTime.of(2026, 2, 23, 8, 0, 0, 0, Clocks.ZONE));
    assertThat(deadlines.escalateAt("Task_TestWork").toInstant().atZone(Clocks.ZONE))
        .isEqualTo(ZonedDateTime.of(2026, 2, 25, 8, 0, 0, 0, Clocks.ZONE));
  }

  static Date at(int year, int month, int day, int hour) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, Clocks.ZONE).toInstant());
  }
}
