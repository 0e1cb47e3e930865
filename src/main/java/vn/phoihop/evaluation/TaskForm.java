package vn.phoihop.evaluation;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The server side of one task form of {@code agreement-evaluation}: checks what its task submitted,
 * writes it to the evaluation through {@link EvaluationService} and removes it from the process, so
 * only ids and routing values stay. {@link EvaluationFormListener} routes each completed task to
 * the form that declares its key (and each created one, for what its form shows). A refusal throws
 * a {@link vn.phoihop.shared.DomainException}: the task stays open and nothing is written.
 */
interface TaskForm {

  /** Multi-line fields: narratives, minutes, notes. */
  int LONG_TEXT = 20_000;

  /** One-line fields: venues. */
  int SHORT_TEXT = 500;

  /** The id of the user task ({@link EvaluationProcess.Elements}) whose form this is. */
  String taskKey();

  /** Prepares what the form of {@code task} shows, as the task is created (none by default). */
  default void created(DelegateTask task, long evaluationId) {}

  /** Handles the submission of {@code task} on behalf of {@code actor}. */
  void complete(DelegateTask task, long evaluationId, String actor);

  /** Removes form fields from the process once they are stored with the evaluation. */
  static void consume(DelegateTask task, String... names) {
    for (String name : names) {
      task.removeVariable(name);
    }
  }
}
