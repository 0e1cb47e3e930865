package vn.phoihop.deadline;

/** How a deadline's duration is counted. */
public enum DeadlineUnit {
  WORKING_DAYS,
  CALENDAR_DAYS,
  MONTHS
}
