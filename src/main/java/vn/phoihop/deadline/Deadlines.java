package vn.phoihop.deadline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.phoihop.shared.Clocks;

/**
 * Due, reminder and escalation dates from the {@link DeadlinePolicy} and the {@link
 * WorkingDayCalendar}. Exposed to BPMN expressions as {@code deadlines}; a model passes the
 * engine's {@code execution} and the policy key is the id of the activity it stands on, so no model
 * repeats its own task id:
 *
 * <pre>
 * camunda:dueDate="${deadlines.due(execution)}"
 * timeout listener timeDate: ${deadlines.remindAt(execution)}   ${deadlines.escalateAt(execution)}
 * interrupting boundary timer on the task: ${deadlines.due(execution)}
 * </pre>
 *
 * {@code execution} is the one context object the engine offers in all three places: a user task's
 * {@code camunda:dueDate}, the timer of a {@code timeout} task listener and a boundary timer are
 * evaluated against the execution entering the task ({@code task} is not resolvable there), whose
 * current activity is the task itself. A timer on a multi-instance activity sees the multi-instance
 * body ({@code Task_X#multiInstanceBody}); the suffix is dropped. The String forms take a policy
 * key explicitly: for Java callers, for a timer that counts another task's deadline, and for
 * instances still running on model versions before 2026.12, whose expressions name their task
 * ({@code ${deadlines.escalateAfter(decisionDueAt, 'Task_RecordDecision')}}) and are evaluated
 * again whenever such an instance reaches the task (see docs/process-versions.md).
 *
 * <p>"Now" is the engine clock ({@link ClockUtil}) so tests can move time. A day limit ends at the
 * end of its last day (23:59:59, Vietnam time); reminders and escalations go out at 08:00.
 */
@Component("deadlines")
public class Deadlines {

  static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
  static final LocalTime MORNING = LocalTime.of(8, 0);
  private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

  private final DeadlinePolicy policy;
  private final WorkingDayCalendar calendar;

  Deadlines(DeadlinePolicy policy, WorkingDayCalendar calendar) {
    this.policy = policy;
    this.calendar = calendar;
  }

  /**
   * The working days left from {@code today} to {@code dueDay}: those after today up to the due day
   * itself; 0 on the due day and after it.
   */
  public int workingDaysLeft(LocalDate today, LocalDate dueDay) {
    int left = 0;
    for (LocalDate day = today.plusDays(1); !day.isAfter(dueDay); day = day.plusDays(1)) {
      if (calendar.isWorkingDay(day)) {
        left++;
      }
    }
    return left;
  }

  /** The due date of {@code taskKey} if it starts now. */
  public Date due(String taskKey) {
    return dueFrom(now(), taskKey);
  }

  /** The due date of the task {@code execution} enters, if it starts now. */
  public Date due(DelegateExecution execution) {
    return due(taskKey(execution));
  }

  /** The due date of {@code taskKey} if it starts at {@code start}. */
  public Date dueFrom(Date start, String taskKey) {
    DeadlinePolicy.Rule rule = policy.require(taskKey);
    return endOf(dueDay(toLocalDate(start), rule.duration(), rule.unit()));
  }

  /**
   * The due date of {@code taskKey} counted from the legal date {@code start} (a receipt, a
   * decision): the day itself is not counted, as for any start.
   */
  public Date dueFrom(LocalDate start, String taskKey) {
    DeadlinePolicy.Rule rule = policy.require(taskKey);
    return endOf(dueDay(start, rule.duration(), rule.unit()));
  }

  /** A due date counted from the legal date {@code start} with an explicit duration. */
  public Date dueAfter(LocalDate start, int duration, DeadlineUnit unit) {
    return endOf(dueDay(start, duration, unit));
  }

  /** The due date of the task {@code execution} enters, counted from {@code start}. */
  public Date dueFrom(Date start, DelegateExecution execution) {
    return dueFrom(start, taskKey(execution));
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

  /** When to remind about the task {@code execution} enters, if it starts now. */
  public Date remindAt(DelegateExecution execution) {
    return remindAt(taskKey(execution));
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

  /**
   * When to remind about the task {@code execution} enters, due at {@code due}; never before now.
   */
  public Date remindBefore(Date due, DelegateExecution execution) {
    return remindBefore(due, taskKey(execution));
  }

  /**
   * A repeating reminder (ISO 8601 repeating interval, for a {@code timeCycle}) for a task that
   * follows a case until something happens (a prosecuted case's outcome, a suspended case's
   * resumption): first as {@link #remindBefore} says for {@code due}, then once every period of the
   * task's policy (its duration and unit: 3 months → {@code P3M}) while the task is open.
   */
  public String remindEvery(Date due, DelegateExecution execution) {
    String taskKey = taskKey(execution);
    DeadlinePolicy.Rule rule = policy.require(taskKey);
    String period =
        switch (rule.unit()) {
          case MONTHS -> "P" + rule.duration() + "M";
          case CALENDAR_DAYS, PROCEDURAL_DAYS, WORKING_DAYS -> "P" + rule.duration() + "D";
        };
    return "R/" + remindBefore(due, taskKey).toInstant() + "/" + period;
  }

  /** When to escalate {@code taskKey} if it starts now. */
  public Date escalateAt(String taskKey) {
    return escalateAfter(due(taskKey), policy.require(taskKey));
  }

  /** When to escalate the task {@code execution} enters, if it starts now. */
  public Date escalateAt(DelegateExecution execution) {
    return escalateAt(taskKey(execution));
  }

  /** When to escalate a task of {@code taskKey} that is due at {@code due}. */
  public Date escalateAfter(Date due, String taskKey) {
    return escalateAfter(due, policy.require(taskKey));
  }

  /** When to escalate the task {@code execution} enters, due at {@code due}. */
  public Date escalateAfter(Date due, DelegateExecution execution) {
    return escalateAfter(due, policy.require(taskKey(execution)));
  }

  private Date escalateAfter(Date due, DeadlinePolicy.Rule rule) {
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
      case PROCEDURAL_DAYS -> start.plusDays(duration);
      case MONTHS -> calendar.plusMonths(start, duration);
    };
  }

  /** The policy key of the task an execution enters: the id of its current activity. */
  static String taskKey(DelegateExecution execution) {
    String activityId = execution.getCurrentActivityId();
    if (activityId == null) {
      throw new IllegalStateException(
          "deadlines: execution " + execution.getId() + " is not at an activity");
    }
    return activityId.endsWith(MULTI_INSTANCE_BODY)
        ? activityId.substring(0, activityId.length() - MULTI_INSTANCE_BODY.length())
        : activityId;
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
