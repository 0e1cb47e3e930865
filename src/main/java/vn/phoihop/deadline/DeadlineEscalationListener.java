package vn.phoihop.deadline;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.Role;
import vn.phoihop.notification.NotificationKind;
import vn.phoihop.notification.Notifications;

/**
 * {@code timeout} task listener: tells the policy's escalation group that a task is overdue. The
 * group is the policy's role ({@code escalate-to}) in the agency named by the process variable
 * {@code escalate-agency-variable}, or else in the agency of the task's own candidate group.
 */
@Component("deadlineEscalationListener")
class DeadlineEscalationListener implements TaskListener {

  private static final Logger log = LoggerFactory.getLogger(DeadlineEscalationListener.class);

  private final DeadlinePolicy policy;
  private final Notifications notifications;

  DeadlineEscalationListener(DeadlinePolicy policy, Notifications notifications) {
    this.policy = policy;
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateTask task) {
    DeadlinePolicy.Rule rule = policy.require(task.getTaskDefinitionKey());
    TaskRecipients responsible = TaskRecipients.of(task);
    String agency = escalationAgency(task, rule, TaskRecipients.candidatesOf(task));
    String businessKey = task.getExecution().getProcessBusinessKey();
    if (agency == null) {
      log.warn(
          "No agency to escalate overdue task {} of {} to",
          task.getTaskDefinitionKey(),
          businessKey);
      return;
    }
    String group = Groups.unitRole(agency, Role.fromGroupId(rule.escalateTo()));
    String who =
        String.join(
            ", ",
            responsible.userIds().isEmpty()
                ? groupNames(task, responsible.groupIds())
                : responsible.userIds());
    notifications.toGroups(
        List.of(group),
        NotificationKind.ESCALATION,
        DeadlineMessages.escalationSubject(task),
        DeadlineMessages.escalationBody(task, who),
        businessKey,
        task.getId());
  }

  /**
   * Unit-role groups as users read them, by their names ("Sở Công Thương tỉnh Tây Ninh – Cán bộ"),
   * not their ids ("SCT-TNI.staff"); an id without a group stays as it is.
   */
  private static List<String> groupNames(DelegateTask task, List<String> groupIds) {
    IdentityService identity = task.getProcessEngineServices().getIdentityService();
    return groupIds.stream()
        .map(
            id -> {
              Group group = identity.createGroupQuery().groupId(id).singleResult();
              return group == null || group.getName() == null ? id : group.getName();
            })
        .toList();
  }

  private static String escalationAgency(
      DelegateTask task, DeadlinePolicy.Rule rule, TaskRecipients candidates) {
    if (!rule.escalateAgencyVariable().isEmpty()) {
      Object value = task.getVariable(rule.escalateAgencyVariable());
      return value == null ? null : value.toString();
    }
    return candidates.groupIds().stream()
        .map(Groups::agencyOf)
        .filter(a -> a != null)
        .findFirst()
        .orElse(null);
  }
}
