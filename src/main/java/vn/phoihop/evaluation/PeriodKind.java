package vn.phoihop.evaluation;

import vn.phoihop.shared.Texts;

/**
 * The kinds of evaluation period, with their cut-off windows (docs/domain.md#reporting-periods):
 * every window runs from the 15th of one month to the 14th of a later one.
 */
public enum PeriodKind {
  /** 15th of the previous month to the 14th of the month. */
  MONTH(Texts.text("evaluation.periodKind.month"), null),
  /** 15th of the month before the quarter to the 14th of its last month. */
  QUARTER(Texts.text("evaluation.periodKind.quarter"), null),
  /** 15 December to 14 June; ends with an interim review conference (sơ kết). */
  HALF_YEAR(Texts.text("evaluation.periodKind.halfYear"), ConferenceKind.INTERIM),
  /** 15 December to 14 September. */
  NINE_MONTHS(Texts.text("evaluation.periodKind.nineMonths"), null),
  /** 15 December to 14 December; ends with a final review conference (tổng kết). */
  YEAR(Texts.text("evaluation.periodKind.year"), ConferenceKind.FINAL);

  private final String label;
  private final ConferenceKind conference;

  PeriodKind(String label, ConferenceKind conference) {
    this.label = label;
    this.conference = conference;
  }

  public String label() {
    return label;
  }

  /** The review conference that closes such a period, or {@code null} when there is none. */
  public ConferenceKind conference() {
    return conference;
  }

  /** Whether the period has a number within its year (month 1–12, quarter 1–4). */
  public boolean numbered() {
    return this == MONTH || this == QUARTER;
  }
}
