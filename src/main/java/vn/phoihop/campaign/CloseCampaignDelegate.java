package vn.phoihop.campaign;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.campaign.CampaignProcess.Variables;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.Role;
import vn.phoihop.notification.NotificationKind;
import vn.phoihop.notification.Notifications;
import vn.phoihop.shared.Texts;

/**
 * {@code Task_CloseCampaign}: the consolidated report is stored (by its form); every recipient's
 * leaders learn that the campaign is closed and whether their report counted.
 */
@Component("closeCampaignDelegate")
class CloseCampaignDelegate implements JavaDelegate {

  private final CampaignService service;
  private final Notifications notifications;

  CloseCampaignDelegate(CampaignService service, Notifications notifications) {
    this.service = service;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportCampaign campaign = service.get(Variables.CAMPAIGN_ID.get(execution));
    String code = execution.getProcessBusinessKey();
    for (CampaignSubmission submission : campaign.getSubmissions()) {
      notifications.toGroups(
          List.of(Groups.unitRole(submission.getAgencyCode(), Role.LEADER)),
          NotificationKind.INFO,
          Texts.text("campaign.mail.closedSubject", code),
          Texts.text(
              "campaign.mail.closedBody",
              campaign.getTitle(),
              code,
              CampaignService.submittedLabel(campaign),
              submission.getStatus().label()),
          code,
          null);
    }
  }
}
