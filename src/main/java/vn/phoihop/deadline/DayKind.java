package vn.phoihop.deadline;

/** What a row of the holiday calendar means. */
enum DayKind {
  /** A public holiday (Labour Code art. 112): a day off. */
  HOLIDAY(false),
  /** A compensatory day off for a holiday that fell on a weekend. */
  COMPENSATORY(false),
  /** A bridge day off, worked on a {@link #SWAP_WORKDAY}. */
  BRIDGE(false),
  /** A Saturday or Sunday worked in exchange for a bridge day. */
  SWAP_WORKDAY(true);

  private final boolean working;

  DayKind(boolean working) {
    this.working = working;
  }

  public boolean isWorking() {
    return working;
  }
}
