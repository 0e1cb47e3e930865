package vn.phoihop.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.campaign.CampaignProcess.Variables;

/**
 * {@code Task_ConsolidateFigures}: collection ended (every report accepted, or the requester closed
 * it); whatever is missing stays missing, and the figures of the submitted reports are summed for
 * the consolidation form.
 */
@Component("consolidateCampaignDelegate")
class ConsolidateCampaignDelegate implements JavaDelegate {

  private final CampaignService service;

  ConsolidateCampaignDelegate(CampaignService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = Variables.CAMPAIGN_ID.get(execution);
    CampaignTotals totals = service.endCollection(id);
    ReportCampaign campaign = service.get(id);
    Progress.set(execution, service, campaign);
    Variables.TOTALS_SUMMARY.set(execution, Summaries.totals(campaign.getKind(), totals));
  }
}
