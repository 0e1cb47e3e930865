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
 * {@code Task_SubmitReport}: the recipient's leader approved; the report counts as submitted and
 * the requester's staff are told.
 */
@Component("submitCampaignReportDelegate")
class SubmitCampaignReportDelegate implements JavaDelegate {

  private final CampaignService service;
  private final Notifications notifications;

  SubmitCampaignReportDelegate(CampaignService service, Notifications notifications) {
    this.service = service;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = Variables.CAMPAIGN_ID.get(execution);
    String recipient = Variables.RECIPIENT.get(execution);
    service.submit(id, recipient);
    String code = execution.getProcessBusinessKey();
    notifications.toGroups(
        List.of(Groups.unitRole(Variables.REQUESTER.get(execution), Role.STAFF)),
        NotificationKind.INFO,
        Texts.text("campaign.mail.submittedSubject", code, service.agencyName(recipient)),
        Texts.text(
            "campaign.mail.submittedBody",
            service.agencyName(recipient),
            code,
            Variables.CAMPAIGN_TITLE.get(execution)),
        code,
        null);
  }
}
