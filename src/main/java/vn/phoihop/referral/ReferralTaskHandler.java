package vn.phoihop.referral;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The server side of one user task's form in {@code case-referral}, found by {@link
 * ReferralTaskListener} through {@link #taskKey()}. On create it puts what the form shows into
 * small variables and records the task's clock on the aggregate; on complete it validates what the
 * form submitted (a refusal keeps the task open), writes back only the routing variables and
 * removes the form's fields, so that the instance keeps ids and routing values only.
 */
interface ReferralTaskHandler {

  /** The user task this handler serves ({@link ReferralProcess.Elements}). */
  String taskKey();

  /** The task was created; by default its form shows only the dossier and its documents. */
  default void created(DelegateTask task, long referralId) {}

  /** The task is being completed by {@code actor}. */
  void completed(DelegateTask task, long referralId, String actor);

  /** A text field as submitted; a number, boolean or list is refused naming the field. */
  static String text(DelegateTask task, String field) {
    return DossierInput.text(task.getVariable(field), field);
  }

  /** Removes the form's fields from the instance once they are recorded. */
  static void removeFields(DelegateTask task, List<String> fields) {
    task.getExecution().removeVariables(fields);
  }
}
