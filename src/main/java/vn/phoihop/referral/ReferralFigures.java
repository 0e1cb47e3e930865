package vn.phoihop.referral;

/**
 * What one agency's referrals of one reporting window amount to, counted by {@link
 * ReferralStatistics} (docs/domain.md#referral-figures). Every figure counts referrals the agency
 * transferred in the window; each later one is a subset of {@link #transferred()}.
 *
 * @param transferred referrals whose first handover record is dated within the window
 * @param acknowledgedInTime of those, the ones whose receiving body recorded the receipt on or
 *     before the day its acknowledgement was due
 * @param decisionsDue of those, the ones a decision was due for by the window's end: decided by
 *     then, or whose decision clock (moved by the extensions recorded) ended by then
 * @param decidedInTime of {@code decisionsDue}, the ones decided on or before the last day of their
 *     decision clock, extensions included
 * @param prosecuted of those transferred, the ones the receiving body decided to prosecute (the
 *     case may since have been concluded)
 * @param returned of those transferred, the ones whose dossier came back (not prosecuted)
 * @param sanctioned of those transferred, the ones QLTT closed with an administrative penalty after
 *     the return
 */
public record ReferralFigures(
    long transferred,
    long acknowledgedInTime,
    long decisionsDue,
    long decidedInTime,
    long prosecuted,
    long returned,
    long sanctioned) {

  /** No referral at all. */
  public static final ReferralFigures NONE = new ReferralFigures(0, 0, 0, 0, 0, 0, 0);

  /**
   * Receipts acknowledged in time as a share of the referrals transferred, 0–100 rounded down;
   * {@code null} (not 100) when nothing was transferred.
   */
  public Integer acknowledgedInTimePercent() {
    return percent(acknowledgedInTime, transferred);
  }

  /**
   * Decisions taken within the statutory clock as a share of the decisions due, 0–100 rounded down;
   * {@code null} (not 100) when no decision was due.
   */
  public Integer decidedInTimePercent() {
    return percent(decidedInTime, decisionsDue);
  }

  /**
   * {@code part} of {@code whole} in percent, rounded down, at most 100; null for an empty whole.
   */
  public static Integer percent(long part, long whole) {
    if (whole <= 0) {
      return null;
    }
    return (int) Math.min(100, Math.max(0, part) * 100 / whole);
  }
}
