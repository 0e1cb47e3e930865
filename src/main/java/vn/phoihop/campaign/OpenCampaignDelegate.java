package vn.phoihop.campaign;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.campaign.CampaignProcess.Variables;
import vn.phoihop.identity.InstanceAccess;

/**
 * {@code Task_OpenCampaign}: the campaign row exists (opened by REST or the period timer); sets
 * what the model and the forms read from it and lets the managers of every party's province read
 * the instance.
 */
@Component("openCampaignDelegate")
class OpenCampaignDelegate implements JavaDelegate {

  private final CampaignService service;
  private final InstanceAccess instanceAccess;

  OpenCampaignDelegate(CampaignService service, InstanceAccess instanceAccess) {
    this.service = service;
    this.instanceAccess = instanceAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportCampaign campaign = service.get(Variables.CAMPAIGN_ID.get(execution));
    campaign.attachProcess(execution.getProcessInstanceId());
    List<String> recipients =
        campaign.getSubmissions().stream().map(CampaignSubmission::getAgencyCode).toList();
    Variables.CAMPAIGN_CODE.set(execution, campaign.getCode());
    Variables.REQUESTER.set(execution, campaign.getRequesterCode());
    Variables.RECIPIENTS.set(execution, recipients);
    Variables.REPORT_KIND.set(execution, campaign.getKind().name());
    Variables.SUBMISSION_DEADLINE.set(execution, Date.from(campaign.getDeadline()));
    Variables.CAMPAIGN_TITLE.set(execution, campaign.getTitle());
    Variables.PERIOD_LABEL.set(execution, campaign.period().label());
    Variables.REQUESTER_NAME.set(execution, service.agencyName(campaign.getRequesterCode()));
    Variables.DEADLINE_LABEL.set(execution, CampaignService.deadlineLabel(campaign));
    Progress.set(execution, service, campaign);
    List<String> parties = new ArrayList<>(recipients);
    parties.add(campaign.getRequesterCode());
    instanceAccess.grantProvinces(execution.getProcessInstanceId(), parties);
  }
}
