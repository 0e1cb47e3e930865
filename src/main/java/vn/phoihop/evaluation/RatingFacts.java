package vn.phoihop.evaluation;

import java.util.Collection;

/**
 * The inputs of the rating table {@code bpmn/evaluation-rating.dmn}, summarised from the parties'
 * reports of one period.
 *
 * @param onTimeReportPercent share of parties whose report came by the deadline, 0–100 (rounded
 *     down)
 * @param missingReports parties that never filed (the lead closed the period without their report)
 * @param informationExchanged information items the parties report having exchanged, summed
 * @param jointInspections joint inspections: the largest number any party reports (each joint
 *     inspection is reported by every party that took part, so a sum would count it twice)
 * @param referralsAnsweredInTimePercent referrals answered within the statutory clock as a share of
 *     the cases the parties transferred, 0–100; 100 when no case was transferred (nothing was late)
 */
record RatingFacts(
    int onTimeReportPercent,
    int missingReports,
    int informationExchanged,
    int jointInspections,
    int referralsAnsweredInTimePercent) {

  /** One party's part in the period: whether and when it filed, and what it reported. */
  public record PartyOutcome(boolean filed, boolean late, Kpis kpis) {}

  public static RatingFacts summarize(Collection<PartyOutcome> outcomes) {
    if (outcomes.isEmpty()) {
      throw new IllegalArgumentException("An evaluation period has at least one party");
    }
    int parties = outcomes.size();
    int onTime = 0;
    int missing = 0;
    long information = 0;
    long joint = 0;
    long transferred = 0;
    long answeredInTime = 0;
    for (PartyOutcome outcome : outcomes) {
      if (!outcome.filed()) {
        missing++;
        continue;
      }
      if (!outcome.late()) {
        onTime++;
      }
      Kpis kpis = outcome.kpis();
      information += kpis.informationExchanged();
      joint = Math.max(joint, kpis.jointInspections());
      transferred += kpis.casesTransferred();
      answeredInTime += kpis.referralsAnsweredInTime();
    }
    int referralsPercent =
        transferred == 0 ? 100 : (int) Math.min(100, answeredInTime * 100 / transferred);
    return new RatingFacts(
        onTime * 100 / parties, missing, saturate(information), saturate(joint), referralsPercent);
  }

  private static int saturate(long value) {
    return (int) Math.min(Integer.MAX_VALUE, value);
  }
}
