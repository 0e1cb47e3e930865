package vn.phoihop.evaluation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.EvaluationProcess.Variables;
import vn.phoihop.shared.SystemEngine;

/**
 * The {@code complete} listener every user task of {@code agreement-evaluation} names (and the
 * {@code create} listener of those whose form shows what PhoiHop prepares, {@code
 * Task_FileReport}): hands the submission to the {@link TaskForm} that declares the task's key,
 * with the evaluation's id and the user who completed it.
 */
@Component("evaluationFormListener")
class EvaluationFormListener implements TaskListener {

  private final Map<String, TaskForm> forms;
  private final IdentityService identityService;

  EvaluationFormListener(List<TaskForm> forms, IdentityService identityService) {
    this.forms =
        forms.stream()
            .collect(Collectors.toUnmodifiableMap(TaskForm::taskKey, Function.identity()));
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean created = EVENTNAME_CREATE.equals(task.getEventName());
    if (!created && !EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    long evaluationId = Variables.EVALUATION_ID.get(task);
    TaskForm form = forms.get(task.getTaskDefinitionKey());
    if (form == null) {
      throw new IllegalStateException("No form handling for task " + task.getTaskDefinitionKey());
    }
    if (created) {
      form.created(task, evaluationId);
    } else {
      form.complete(task, evaluationId, actor(task));
    }
  }

  private String actor(DelegateTask task) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : SystemEngine.ACTOR;
  }
}
