package vn.phoihop.evaluation;

import java.util.Collection;
import vn.phoihop.referral.ReferralFigures;

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
 * @param referralsAnsweredInTimePercent referral decisions taken within the statutory clock as a
 *     share of the decisions due, summed over the parties (docs/domain.md#referral-figures), 0–100
 *     rounded down; {@code null} when no decision was due (no case transferred, or none whose clock
 *     ended in the period): the rating then goes without it
 */
record RatingFacts(
    int onTimeReportPercent,
    int missingReports,
    int informationExchanged,
    int jointInspections,
    Integer referralsAnsweredInTimePercent) {

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
    long decisionsDue = 0;
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
      // reports filed without the decisions due (before PhoiHop pre-filled them) count the cases
      // transferred instead, as they did then
      decisionsDue += kpis.decisionsDueOrTransferred();
      answeredInTime += kpis.referralsAnsweredInTime();
    }
    Integer referralsPercent = ReferralFigures.percent(answeredInTime, decisionsDue);
    return new RatingFacts(
        onTime * 100 / parties, missing, saturate(information), saturate(joint), referralsPercent);
  }

  private static int saturate(long value) {
    return (int) Math.min(Integer.MAX_VALUE, value);
  }
}
