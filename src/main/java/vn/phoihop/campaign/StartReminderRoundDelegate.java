package vn.phoihop.campaign;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.phoihop.campaign.CampaignProcess.Elements;
import vn.phoihop.campaign.CampaignProcess.Variables;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.Role;
import vn.phoihop.notification.NotificationKind;
import vn.phoihop.notification.Notifications;
import vn.phoihop.shared.Texts;

/**
 * {@code Task_StartReminderRound}: the requester chose another round. The new deadline (checked and
 * stored by the follow-up form) is now the one in force: the missing recipients' open tasks are due
 * then, and their staff and leaders are reminded.
 */
@Component("startReminderRoundDelegate")
class StartReminderRoundDelegate implements JavaDelegate {

  private final CampaignService service;
  private final Notifications notifications;
  private final TaskService taskService;

  StartReminderRoundDelegate(
      CampaignService service, Notifications notifications, TaskService taskService) {
    this.service = service;
    this.notifications = notifications;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = Variables.CAMPAIGN_ID.get(execution);
    ReportCampaign campaign = service.get(id);
    Date deadline = Date.from(campaign.getDeadline());
    Variables.SUBMISSION_DEADLINE.set(execution, deadline);
    Variables.DEADLINE_LABEL.set(execution, CampaignService.deadlineLabel(campaign));
    List<String> missing = CampaignService.missing(campaign);
    for (Task task :
        taskService
            .createTaskQuery()
            .processInstanceId(execution.getProcessInstanceId())
            .taskDefinitionKeyIn(Elements.PREPARE_BCD389, Elements.PREPARE_PLAN, Elements.APPROVE)
            .list()) {
      taskService.setDueDate(task.getId(), deadline);
    }
    String code = execution.getProcessBusinessKey();
    for (String recipient : missing) {
      notifications.toGroups(
          List.of(Groups.unitRole(recipient, Role.STAFF), Groups.unitRole(recipient, Role.LEADER)),
          NotificationKind.REMINDER,
          Texts.text("campaign.mail.roundSubject", code, String.valueOf(campaign.getRound())),
          Texts.text(
              "campaign.mail.roundBody",
              service.agencyName(campaign.getRequesterCode()),
              campaign.getTitle(),
              code,
              CampaignService.deadlineLabel(campaign)),
          code,
          null);
    }
  }
}
