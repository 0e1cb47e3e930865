package vn.phoihop.campaign;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.evaluation.EvaluationPeriod;
import vn.phoihop.shared.Clocks;

/**
 * {@code Task_OpenPeriodCampaigns}, after the BCĐ 389 period timer: one periodic campaign per
 * provincial steering committee in force, for the window that just ended, each in its own instance
 * started at the hand-start event. One job, one transaction: a failure opens none, and the retry
 * (or another node) skips the campaigns that exist.
 */
@Component("openPeriodCampaignsDelegate")
class OpenPeriodCampaignsDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(OpenPeriodCampaignsDelegate.class);

  private final CampaignService service;
  private final RuntimeService runtimeService;

  OpenPeriodCampaignsDelegate(CampaignService service, RuntimeService runtimeService) {
    this.service = service;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EvaluationPeriod window = CampaignCadence.bcd389WindowBefore(Clocks.today());
    int opened = 0;
    for (AgencyView committee : service.provincialCommittees()) {
      Optional<ReportCampaign> campaign = service.openPeriodic(committee, window);
      if (campaign.isPresent()) {
        runtimeService.startProcessInstanceByKey(
            CampaignProcess.KEY, campaign.get().getCode(), service.startVariables(campaign.get()));
        opened++;
      }
    }
    log.info("BCĐ 389 period {}: {} campaigns opened", window.label(), opened);
  }
}
