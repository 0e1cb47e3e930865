package vn.phoihop.deadline;

/** How a deadline's duration is counted (docs/domain.md#counting-days). */
public enum DeadlineUnit {
  /** Working days of the holiday calendar; the start day is not counted. */
  WORKING_DAYS,

  /**
   * Calendar days by the Civil Code rule: the start day is not counted, and a period whose last day
   * is a day off ends on the next working day.
   */
  CALENDAR_DAYS,

  /**
   * Calendar days of criminal procedure (Criminal Procedure Code 2015, art. 133): the start day is
   * not counted and the limit ends at 24:00 of its last day, even when that day is a day off.
   */
  PROCEDURAL_DAYS,

  /** Months; a limit ending on a day off moves to the next working day. */
  MONTHS
}
