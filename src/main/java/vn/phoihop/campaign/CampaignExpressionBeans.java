package vn.phoihop.campaign;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.engine.ExpressionBeans;

/** The campaign feature's beans that {@code report-campaign} names in expressions. */
@Component
class CampaignExpressionBeans implements ExpressionBeans {

  @Override
  public Set<String> names() {
    return Set.of(
        "openPeriodCampaignsDelegate",
        "openCampaignDelegate",
        "campaignFormListener",
        "submitCampaignReportDelegate",
        "markLateSubmissionsDelegate",
        "startReminderRoundDelegate",
        "consolidateCampaignDelegate",
        "closeCampaignDelegate");
  }
}
