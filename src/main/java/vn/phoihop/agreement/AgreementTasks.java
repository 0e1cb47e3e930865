package vn.phoihop.agreement;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementViews.OpenTask;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.SystemEngine;

/**
 * The open user tasks of agreements, as the agreement's readers see them: who may take each and
 * whether it is overdue. Read as PhoiHop, since every reader of an agreement sees all of its tasks.
 */
@Component
class AgreementTasks {

  private final TaskService taskService;
  private final SystemEngine engine;

  AgreementTasks(TaskService taskService, SystemEngine engine) {
    this.taskService = taskService;
    this.engine = engine;
  }

  /** Process instances of agreements with a task past its due date. */
  Set<String> overdueInstances() {
    Date now = Date.from(Clocks.now());
    return engine.call(
        () ->
            taskService
                .createTaskQuery()
                .processDefinitionKey(AgreementProcess.KEY)
                .dueBefore(now)
                .list()
                .stream()
                .map(Task::getProcessInstanceId)
                .collect(Collectors.toSet()));
  }

  /** The agreement's open tasks, oldest first; none once it has ended. */
  List<OpenTask> openTasks(Agreement agreement) {
    if (agreement.getProcessInstanceId() == null || agreement.getStatus().ended()) {
      return List.of();
    }
    Date now = Date.from(Clocks.now());
    return engine.call(
        () -> {
          List<OpenTask> open = new ArrayList<>();
          for (Task task :
              taskService
                  .createTaskQuery()
                  .processInstanceId(agreement.getProcessInstanceId())
                  .orderByTaskCreateTime()
                  .asc()
                  .list()) {
            List<String> groups =
                taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(
                        l ->
                            IdentityLinkType.CANDIDATE.equals(l.getType())
                                && l.getGroupId() != null)
                    .map(IdentityLink::getGroupId)
                    .toList();
            open.add(
                new OpenTask(
                    task.getId(),
                    task.getTaskDefinitionKey(),
                    task.getName(),
                    groups,
                    task.getAssignee(),
                    task.getCreateTime(),
                    task.getDueDate(),
                    task.getDueDate() != null && task.getDueDate().before(now),
                    "/camunda/app/tasklist/default/#/?task=" + task.getId()));
          }
          return open;
        });
  }
}
