package vn.phoihop.campaign;

import java.util.List;
import java.util.function.Function;

/**
 * The sums of the reports a campaign received (BCĐ 389 figures) and how many plans were issued, as
 * the consolidated report starts from them. Only submitted reports count.
 */
record CampaignTotals(
    int submitted,
    int total,
    long inspections,
    long violationsHandled,
    long budgetPaidVnd,
    long confiscatedGoodsVnd,
    long casesTransferred,
    long casesProsecuted,
    int plansIssued) {

  static CampaignTotals of(ReportCampaign campaign) {
    List<CampaignSubmission> in =
        campaign.getSubmissions().stream().filter(s -> s.getStatus().submitted()).toList();
    return new CampaignTotals(
        in.size(),
        campaign.getSubmissions().size(),
        sum(in, CampaignSubmission::getInspections),
        sum(in, CampaignSubmission::getViolationsHandled),
        sum(in, CampaignSubmission::getBudgetPaidVnd),
        sum(in, CampaignSubmission::getConfiscatedGoodsVnd),
        sum(in, CampaignSubmission::getCasesTransferred),
        sum(in, CampaignSubmission::getCasesProsecuted),
        (int) in.stream().filter(s -> Boolean.TRUE.equals(s.getPlanIssued())).count());
  }

  private static long sum(List<CampaignSubmission> in, Function<CampaignSubmission, Long> figure) {
    return in.stream().map(figure).mapToLong(v -> v == null ? 0 : v).sum();
  }
}
