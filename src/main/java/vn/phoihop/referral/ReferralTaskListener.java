package vn.phoihop.referral;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.phoihop.referral.ReferralProcess.Variables;
import vn.phoihop.shared.SystemEngine;

/**
 * The one task listener the model names on every user task of {@code case-referral} (create and
 * complete): hands the event to the {@link ReferralTaskHandler} of the task's key, then refreshes
 * the dossier summary and document list every form shows. A task without a handler is a model this
 * code does not know, and fails.
 */
@Component("referralTaskListener")
class ReferralTaskListener implements TaskListener {

  private final Map<String, ReferralTaskHandler> handlers;
  private final ReferralLookup lookup;
  private final ReferralDescriptions descriptions;

  ReferralTaskListener(
      List<ReferralTaskHandler> handlers,
      ReferralLookup lookup,
      ReferralDescriptions descriptions) {
    // toMap refuses two handlers for one task key.
    this.handlers =
        handlers.stream()
            .collect(
                Collectors.toUnmodifiableMap(ReferralTaskHandler::taskKey, Function.identity()));
    this.lookup = lookup;
    this.descriptions = descriptions;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = Variables.REFERRAL_ID.get(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      handlerOf(task).created(task, id);
      CaseReferral referral = lookup.require(id);
      Variables.DOSSIER_SUMMARY.set(task, descriptions.summary(referral));
      Variables.DOCUMENT_LIST.set(task, descriptions.documentList(referral));
      Variables.DOCUMENT_COUNT.set(task, referral.getDocuments().size());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      handlerOf(task).completed(task, id, actor(task));
    }
  }

  /** The task keys with a handler. */
  Set<String> taskKeys() {
    return handlers.keySet();
  }

  private ReferralTaskHandler handlerOf(DelegateTask task) {
    ReferralTaskHandler handler = handlers.get(task.getTaskDefinitionKey());
    if (handler == null) {
      throw new IllegalStateException("No form handling for task " + task.getTaskDefinitionKey());
    }
    return handler;
  }

  /** Who completed the task: the authenticated user (Tasklist, REST), else its assignee. */
  private static String actor(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : SystemEngine.ACTOR;
  }
}
