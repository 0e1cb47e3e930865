package vn.phoihop.agreement;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The server side of one user task's form in {@code coordination-agreement}: the task it serves,
 * the status the agreement takes while the task is open, and what its submission writes. {@link
 * AgreementFormListener} routes each task to the one handler that declares its key.
 */
interface AgreementTaskHandler {

  /** The task's id in the model, one of {@link AgreementProcess.Elements}. */
  String taskKey();

  /** The agreement's status while the task is open. */
  AgreementStatus stage();

  /** The task opened and the agreement entered its stage; most tasks need nothing more. */
  default void created(DelegateTask task, long agreementId) {}

  /**
   * The form was submitted: check its values and write them to the aggregate, then drop them from
   * the process (only routing values stay). A refusal throws, so the task stays open.
   */
  void completed(TaskSubmission submission);
}
