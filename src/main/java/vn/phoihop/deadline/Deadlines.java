package vn.phoihop.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.phoihop.shared.Clocks;

/**
 * Due, reminder and escalation dates from the {@link DeadlinePolicy} and the {@link
 * WorkingDayCalendar}. Exposed to BPMN expressions as {@code deadlines}:
 *
 * <pre>
 * camunda:dueDate="${deadlines.due('Task_ConsultPartner')}"
 * timeDate: ${deadlines.remindAt('Task_ConsultPartner')}   ${deadlines.escalateAt('Task_ConsultPartner')}
 * </pre>
 *
 * "Now" is the engine clock ({@link ClockUtil}) so tests can move time. A day limit ends at the end
 * of its last day (23:59:59, Vietnam time); reminders and escalations go out at 08:00.
 */
@Component("deadlines")
public class Deadlines {

  static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
  static final LocalTime MORNING = LocalTime.of(8, 0);

  private final DeadlinePolicy policy;
  private final WorkingDayCalendar calendar;

  Deadlines(DeadlinePolicy policy, WorkingDayCalendar calendar) {
    this.policy = policy;
    this.calendar = calendar;
  }

  /** The due date of {@code taskKey} if it starts now. */
  public Date due(String taskKey) {
    return dueFrom(now(), taskKey);
  }

  /** The due date of {@code taskKey} if it starts at {@code start}. */
  public Date dueFrom(Date start, String taskKey) {
    DeadlinePolicy.Rule rule = policy.require(taskKey);
    return endOf(dueDay(toLocalDate(start), rule.duration(), rule.unit()));
  }

  /**
   * A due date counted from {@code start} with an explicit duration (e.g. an extension of 2
   * months).
   */
  public Date dueAfter(Date start, int duration, DeadlineUnit unit) {
    return endOf(dueDay(toLocalDate(start), duration, unit));
  }

  /** When to remind about {@code taskKey} if it starts now. */
  public Date remindAt(String taskKey) {
    return remindBefore(due(taskKey), taskKey);
  }

  /**
   * When to remind about a task of {@code taskKey} that is due at {@code due}; never before now.
   */
  public Date remindBefore(Date due, String taskKey) {
    DeadlinePolicy.Rule rule = policy.require(taskKey);
    LocalDate day = calendar.minusWorkingDays(toLocalDate(due), rule.remindBefore());
    Date at = morningOf(day);
    Date now = now();
    return at.before(now) ? now : at;
  }

  /** When to escalate {@code taskKey} if it starts now. */
  public Date escalateAt(String taskKey) {
    return escalateAfter(due(taskKey), taskKey);
  }

  /** When to escalate a task of {@code taskKey} that is due at {@code due}. */
  public Date escalateAfter(Date due, String taskKey) {
    DeadlinePolicy.Rule rule = policy.require(taskKey);
    if (rule.escalateAfter() == 0) {
      return due;
    }
    return morningOf(calendar.plusWorkingDays(toLocalDate(due), rule.escalateAfter()));
  }

  public DeadlinePolicy.Rule rule(String taskKey) {
    return policy.require(taskKey);
  }

  LocalDate dueDay(LocalDate start, int duration, DeadlineUnit unit) {
    return switch (unit) {
      case WORKING_DAYS -> calendar.plusWorkingDays(start, duration);
      case CALENDAR_DAYS -> calendar.plusCalendarDays(start, duration);
      case MONTHS -> calendar.plusMonths(start, duration);
    };
  }

  private static Date now() {
    return Date.from(Clocks.now());
  }

  static LocalDate toLocalDate(Date date) {
    return date.toInstant().atZone(Clocks.ZONE).toLocalDate();
  }

  static Date endOf(LocalDate day) {
    return Date.from(ZonedDateTime.of(day, END_OF_DAY, Clocks.ZONE).toInstant());
  }

  static Date morningOf(LocalDate day) {
    return Date.from(ZonedDateTime.of(day, MORNING, Clocks.ZONE).toInstant());
  }
}
