package vn.phoihop.campaign;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.campaign.CampaignProcess.Variables;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.Role;
import vn.phoihop.notification.NotificationKind;
import vn.phoihop.notification.Notifications;
import vn.phoihop.shared.Templates;
import vn.phoihop.shared.Texts;

/**
 * {@code Task_MarkLateSubmissions}: a deadline passed; the recipients still missing are marked late
 * and the requester's staff get the list, with the follow-up task.
 */
@Component("markLateSubmissionsDelegate")
class MarkLateSubmissionsDelegate implements JavaDelegate {

  private final CampaignService service;
  private final Notifications notifications;

  MarkLateSubmissionsDelegate(CampaignService service, Notifications notifications) {
    this.service = service;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = Variables.CAMPAIGN_ID.get(execution);
    List<String> late = service.markLate(id);
    ReportCampaign campaign = service.get(id);
    if (late.isEmpty()) {
      return;
    }
    String code = execution.getProcessBusinessKey();
    List<Map<String, String>> missing =
        late.stream().map(c -> Map.of("name", service.agencyName(c), "code", c)).toList();
    notifications.toGroups(
        List.of(Groups.unitRole(campaign.getRequesterCode(), Role.STAFF)),
        NotificationKind.INFO,
        Texts.text("campaign.mail.lateSubject", code, String.valueOf(late.size())),
        Templates.render(
                "campaign/late-submissions",
                Map.of(
                    "code", code,
                    "title", campaign.getTitle(),
                    "deadline", CampaignService.deadlineLabel(campaign),
                    "submitted", CampaignService.submittedLabel(campaign),
                    "missing", missing))
            .stripTrailing(),
        code,
        null);
  }
}
