package vn.phoihop.boundary;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;

/**
 * What a client's engine command that failed means to the client, for {@link EngineBoundary}: an
 * event no model catches is a 400, a race lost to another user a 409 (or a 404 for a task that
 * never existed), PhoiHop's own validation inside a listener or delegate its Vietnamese refusal;
 * anything else is a real failure.
 */
final class FailedCommands {

  private final ProcessEngineConfigurationImpl configuration;

  FailedCommands(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  /** The refusal the engine's failure stands for, or {@code null} when it stands for none. */
  Refusal refusal(Command<?> command, RuntimeException thrown) {
    Refusal uncaught = uncaughtEvent(command, thrown);
    return uncaught != null ? uncaught : lostRace(command, thrown);
  }

  /**
   * An administrator's BPMN error or escalation that no event of the model catches: the engine
   * refuses it (and changes nothing) with a technical exception; the client gets a 400.
   */
  private static Refusal uncaughtEvent(Command<?> command, RuntimeException thrown) {
    if (thrown instanceof Refusal
        || thrown instanceof AuthorizationException
        || thrown instanceof NullValueException
        || thrown instanceof OptimisticLockingException) {
      return null;
    }
    if (command instanceof HandleTaskBpmnErrorCmd) {
      return Refusal.invalid("errorCode", Texts.text("boundary.event.uncaughtError"));
    }
    if (command instanceof HandleTaskEscalationCmd) {
      return Refusal.invalid("escalationCode", Texts.text("boundary.event.uncaughtEscalation"));
    }
    return null;
  }

  /**
   * Two users on one task: the loser's command meets a concurrent change (optimistic locking) or a
   * task that was just completed — on PostgreSQL the loser may even read the task before the
   * winner's commit and its execution after it, and fail inside the engine. Whatever the loser's
   * exception, a task that is finished in the history by now was completed by the other user: that
   * is a conflict (409), not a failure. A task that never existed is 404; any other failure of a
   * task that is still open is a real failure.
   */
  private Refusal lostRace(Command<?> command, RuntimeException thrown) {
    if (thrown instanceof OptimisticLockingException) {
      return Refusal.conflict(Texts.text("boundary.concurrent.change"));
    }
    String taskId = taskIdOf(command);
    if (taskId == null) {
      return null;
    }
    BoundaryLookup<Boolean> completed =
        context ->
            context
                    .getProcessEngineConfiguration()
                    .getHistoryService()
                    .createHistoricTaskInstanceQuery()
                    .taskId(taskId)
                    .finished()
                    .count()
                > 0;
    if (configuration.getCommandExecutorTxRequired().execute(completed)) {
      return Refusal.conflict(Texts.text("boundary.task.alreadyCompleted"));
    }
    if (thrown instanceof NullValueException || thrown instanceof NotFoundException) {
      return Refusal.notFound(Texts.text("boundary.task.notFound"));
    }
    return null;
  }

  private static String taskIdOf(Command<?> command) {
    try {
      Object id = CommandFields.get(command, "taskId");
      return id instanceof String s ? s : null;
    } catch (IllegalStateException e) {
      return null; // not a task command
    }
  }

  static DomainException validationRefusal(Throwable thrown) {
    for (Throwable t = thrown; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof DomainException api) {
        return api;
      }
    }
    return null;
  }
}
