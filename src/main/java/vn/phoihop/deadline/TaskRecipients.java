package vn.phoihop.deadline;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** Who is responsible for a task: its assignee, or else its candidate users and groups. */
record TaskRecipients(List<String> userIds, List<String> groupIds) {

  static TaskRecipients of(DelegateTask task) {
    if (task.getAssignee() != null) {
      return new TaskRecipients(List.of(task.getAssignee()), List.of());
    }
    return candidatesOf(task);
  }

  /** The task's candidate users and groups, whether or not someone has claimed it. */
  static TaskRecipients candidatesOf(DelegateTask task) {
    List<String> users = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        users.add(link.getUserId());
      }
      if (link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    return new TaskRecipients(users, groups);
  }
}
