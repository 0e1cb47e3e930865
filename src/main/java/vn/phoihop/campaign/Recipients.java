package vn.phoihop.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import vn.phoihop.campaign.CampaignProcess.Variables;
import vn.phoihop.campaign.CampaignProcess.Vars;

/**
 * The scope of one recipient's report: the multi-instance execution holding {@code recipient}. What
 * a recipient's tasks show and route on lives there, not on the task's own execution (a user task
 * with timeout listeners is a scope of its own, which ends with the task) and not on the process
 * instance (two recipients deciding at the same time would write the same variable).
 */
final class Recipients {

  private Recipients() {}

  static DelegateExecution scope(DelegateTask task) {
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    while (execution != null && !execution.hasVariableLocal(Vars.RECIPIENT)) {
      execution = execution.getParent();
    }
    if (execution == null) {
      throw new IllegalStateException(
          "Task " + task.getTaskDefinitionKey() + " is not inside a recipient's submission");
    }
    return execution;
  }

  /** Declares {@code names} on the recipient's scope, where the submission will write them. */
  static void declare(DelegateTask task, String... names) {
    DelegateExecution scope = scope(task);
    for (String name : names) {
      if (!scope.hasVariableLocal(name)) {
        scope.setVariableLocal(name, null);
      }
    }
  }

  static void showHeader(DelegateTask task, CampaignService service) {
    DelegateExecution scope = scope(task);
    Variables.RECIPIENT_NAME.setLocal(scope, service.agencyName(Variables.RECIPIENT.get(task)));
    if (!scope.hasVariableLocal(Vars.RETURNED_REASON)) {
      Variables.RETURNED_REASON.setLocal(scope, null);
    }
  }

  static void returned(DelegateTask task, String reason) {
    Variables.RETURNED_REASON.setLocal(scope(task), reason);
  }
}
