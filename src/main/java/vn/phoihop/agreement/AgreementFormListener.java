package vn.phoihop.agreement;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Variables;
import vn.phoihop.shared.SystemEngine;

/**
 * The one listener every agreement user task names, routing each task to the {@link
 * AgreementTaskHandler} that declares its key. On {@code create} the agreement enters the handler's
 * stage and the form's texts are computed ({@link AgreementDescriptions}); on {@code complete} the
 * handler checks and stores the submission. A task no handler serves fails loudly.
 */
@Component("agreementFormListener")
class AgreementFormListener implements TaskListener {

  private final Map<String, AgreementTaskHandler> handlers;
  private final AgreementSupport support;
  private final AgreementDescriptions descriptions;
  private final IdentityService identityService;

  AgreementFormListener(
      List<AgreementTaskHandler> handlers,
      AgreementSupport support,
      AgreementDescriptions descriptions,
      IdentityService identityService) {
    // toMap refuses two handlers for one task at startup
    this.handlers =
        handlers.stream()
            .collect(
                Collectors.toUnmodifiableMap(AgreementTaskHandler::taskKey, Function.identity()));
    this.support = support;
    this.descriptions = descriptions;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      AgreementTaskHandler handler = handler(task);
      long agreementId = Variables.AGREEMENT_ID.get(task);
      support.enterStage(agreementId, handler.stage());
      handler.created(task, agreementId);
      describe(task, support.load(agreementId));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      AgreementTaskHandler handler = handler(task);
      handler.completed(new TaskSubmission(task, Variables.AGREEMENT_ID.get(task), actor(task)));
    }
  }

  /**
   * What the task's form shows, current as the task opens: the summary, the text being decided and
   * the partners' comments on it, as variables of the task itself (they go with it). System
   * variables: no client may write them.
   */
  private void describe(DelegateTask task, Agreement agreement) {
    Variables.AGREEMENT_SUMMARY.setLocal(task, descriptions.summary(agreement));
    Variables.AGREEMENT_TEXT.setLocal(task, descriptions.currentText(agreement));
    Variables.AGREEMENT_COMMENTS.setLocal(task, descriptions.comments(agreement));
  }

  /** The task keys served, for tests that hold them against the model. */
  Iterable<String> taskKeys() {
    return handlers.keySet();
  }

  private AgreementTaskHandler handler(DelegateTask task) {
    AgreementTaskHandler handler = handlers.get(task.getTaskDefinitionKey());
    if (handler == null) {
      throw new IllegalStateException(
          "No agreement form handler for task " + task.getTaskDefinitionKey());
    }
    return handler;
  }

  /**
   * Who completed the task: the engine's authenticated user (Tasklist, REST), else its assignee.
   */
  private String actor(DelegateTask task) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : SystemEngine.ACTOR;
  }
}
