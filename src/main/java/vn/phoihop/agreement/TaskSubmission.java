package vn.phoihop.agreement;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.ProcessVariable;

/**
 * One submitted agreement form, as its {@link AgreementTaskHandler} reads it: the agreement, who
 * submitted, the submitted fields, and the routing value the model goes on with.
 *
 * @param task the completed task
 * @param agreementId the aggregate's id
 * @param actor the engine's authenticated user, else the task's assignee, else the system
 */
record TaskSubmission(DelegateTask task, long agreementId, String actor) {

  /** A field as submitted, for the readers of {@link FormInput}. */
  Object value(String field) {
    return task.getVariable(field);
  }

  /** A text field as submitted: refused when not text; NFC, trimmed, null when empty. */
  String text(String field) {
    return FormInput.text(field, value(field));
  }

  /**
   * A required date field, typed as {@code dd/mm/yyyy} ({@link FormInput#requiredFormDate}); {@code
   * what} names it in the refusal.
   */
  LocalDate date(String field, String what) {
    return FormInput.requiredFormDate(field, value(field), what);
  }

  /** The decision the form submitted in {@code variable}: {@code first} or {@code second}. */
  String decision(ProcessVariable<String> variable, String what, String first, String second) {
    return FormValues.requiredDecision(
        variable.name(), value(variable.name()), what, first, second);
  }

  /** The checked decision stays in the process for the gateway that follows. */
  void route(ProcessVariable<String> variable, String decision) {
    variable.set(task, decision);
  }

  /**
   * Form values now live in the aggregate: drop them (and stale routing values) from the process.
   */
  void consume(String... names) {
    for (String name : names) {
      task.removeVariable(name);
    }
  }
}
