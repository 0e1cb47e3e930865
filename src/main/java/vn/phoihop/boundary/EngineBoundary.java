package vn.phoihop.boundary;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.phoihop.boundary.EngineApiAllowlist.Kind;
import vn.phoihop.engine.StartFormOptions;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;

/**
 * The engine's boundary: every command a signed-in user sends into the engine — through {@code
 * /engine-rest}, the webapps' engine API, or any other entry point — passes here before it runs.
 * Commands PhoiHop runs itself (no user set: the application, the job executor) and commands nested
 * inside another command (delegates, listeners) are not judged.
 *
 * <p>Rules for every caller, administrators included: no expressions in a query the client sends;
 * no write of a variable PhoiHop sets itself; only plain variable values; no business key on a
 * start. A start form gets the choices its feature declares ({@link StartFormChoices}), current
 * when it is read. Non-administrators may, in addition, only call what {@link EngineApiAllowlist}
 * lists, on their own tasks, with their forms' fields.
 */
final class EngineBoundary extends CommandInterceptor {

  /** Request attribute under which a refusal waits for {@link EngineProblemFilter}. */
  static final String REFUSAL_ATTRIBUTE = EngineBoundary.class.getName() + ".refusal";

  private static final Logger log = LoggerFactory.getLogger(EngineBoundary.class);

  private final ProcessEngineConfigurationImpl configuration;
  private final Supplier<Set<String>> systemVariables;
  private final FormFields forms = new FormFields();
  private final ClientVariables variables = new ClientVariables();
  private final ScopedReads scopedReads;
  private final FailedCommands failures;
  private final StartFormChoices startFormChoices;

  EngineBoundary(
      ProcessEngineConfigurationImpl configuration,
      Supplier<Set<String>> systemVariables,
      Function<String, Map<String, List<StartFormOptions.Option>>> startFormOptions) {
    this.configuration = configuration;
    this.systemVariables = systemVariables;
    this.startFormChoices =
        new StartFormChoices(
            startFormOptions,
            definitionId ->
                lookup(
                    context ->
                        StartFormChoices.processKey(
                            context
                                .getProcessEngineConfiguration()
                                .getDeploymentCache()
                                .findDeployedProcessDefinitionById(definitionId))));
    this.scopedReads = new ScopedReads(configuration);
    this.failures = new FailedCommands(configuration);
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() != null || command instanceof BoundaryLookup<?>) {
      return next.execute(command);
    }
    Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return startFormChoices.enrich(command, next.execute(command));
    }
    Caller caller = Caller.of(authentication);
    try {
      judge(command, caller);
    } catch (RuntimeException e) {
      if (e instanceof Refusal refusal) {
        remember(refusal);
        log.warn(
            "Refused {} by {}: {}",
            command.getClass().getSimpleName(),
            caller.userId(),
            refusal.getMessage());
      }
      throw e;
    }
    if (!caller.isAdmin()
        && !ScopedReads.readsEverything(caller)
        && EngineApiAllowlist.isNationalRead(command)) {
      @SuppressWarnings("unchecked")
      T scoped = (T) scopedReads.taskCountsByCandidateGroup();
      return scoped;
    }
    T result;
    try {
      result = next.execute(command);
    } catch (RuntimeException e) {
      Refusal uncaught = failures.refusal(command, e);
      if (uncaught != null) {
        remember(uncaught);
        throw (RuntimeException) uncaught;
      }
      DomainException refusal = FailedCommands.validationRefusal(e);
      if (refusal == null) {
        throw e;
      }
      // PhoiHop's own validation refused the form inside a listener or delegate: the command has
      // been rolled back; the client gets the Vietnamese sentence, not the engine's wrapper.
      Refusal translated = Refusal.of(refusal);
      remember(translated);
      log.info(
          "Refused {} by {}: {}",
          command.getClass().getSimpleName(),
          caller.userId(),
          refusal.getMessage());
      throw (RuntimeException) translated;
    }
    result = startFormChoices.enrich(command, result);
    return caller.isAdmin() ? result : scopedReads.narrowResult(result, caller);
  }

  private void judge(Command<?> command, Caller caller) {
    Kind kind = caller.isAdmin() ? null : EngineApiAllowlist.kindOf(command);
    if (!caller.isAdmin() && kind == null) {
      throw Refusal.forbidden(
          Texts.text("boundary.operation.forbidden", command.getClass().getSimpleName()));
    }
    refuseExpressions(command);
    Map<String, Object> written = ClientVariables.written(command);
    boolean start =
        command instanceof StartProcessInstanceCmd || command instanceof SubmitStartFormCmd;
    if (start && ClientVariables.businessKey(command) != null) {
      throw Refusal.invalid("businessKey", Texts.text("boundary.start.businessKey"));
    }
    Set<String> startFields = start ? startFormFields(command) : Set.of();
    variables.check(written, systemVariables.get(), startFields, caller.isAdmin());
    if (kind == null) {
      return; // an administrator
    }
    switch (kind) {
      case READ -> ScopedReads.narrowDirectory(command, caller);
      case COMMENT -> {}
      case CLAIM -> judgeClaim(command, caller);
      case COMPLETE -> judgeCompletion(command, caller, written);
      case START -> ClientVariables.onlyFormFields(written, startFields);
      case OWN_ACCOUNT -> judgeOwnAccount(command, caller);
    }
  }

  /**
   * Expressions in any part of a client's query: top level, {@code orQueries}, a filter's
   * extension.
   */
  private static void refuseExpressions(Command<?> command) {
    Object query =
        command instanceof AbstractExecuteFilterCmd
            ? CommandFields.get(command, "extendingQuery")
            : command;
    if (!(query instanceof AbstractQuery<?, ?> abstractQuery)) {
      return;
    }
    List<? extends AbstractQuery<?, ?>> parts =
        query instanceof TaskQueryImpl taskQuery ? taskQuery.getQueries() : List.of(abstractQuery);
    for (int i = 0; i < parts.size(); i++) {
      Map<String, String> expressions = parts.get(i).getExpressions();
      if (expressions != null && !expressions.isEmpty()) {
        String field = clientField(expressions.keySet().iterator().next());
        if (i > 0) {
          field = "orQueries[" + (i - 1) + "]." + field;
        }
        throw Refusal.invalid(field, Texts.text("boundary.query.expression", field));
      }
    }
  }

  /**
   * The REST parameter of a task query expression: {@code taskAssignee} → {@code
   * assigneeExpression}.
   */
  static String clientField(String expressionKey) {
    String name = expressionKey;
    if (name.startsWith("task") && name.length() > 4) {
      name = Character.toLowerCase(name.charAt(4)) + name.substring(5);
    }
    if (name.equals("candidateGroupIn")) {
      name = "candidateGroups";
    }
    return name + "Expression";
  }

  private void judgeClaim(Command<?> command, Caller caller) {
    String userId = CommandFields.get(command, "userId");
    TaskFacts task = taskFacts(CommandFields.get(command, "taskId"), caller);
    String assignee = task == null ? null : task.assignee();
    boolean othersTask = assignee != null && !caller.is(assignee) && task.offeredToCaller();
    if (command instanceof ClaimTaskCmd) {
      if (userId != null && !caller.is(userId)) {
        throw Refusal.forbidden(Texts.text("boundary.task.claimForOther"));
      }
      if (userId != null && othersTask) {
        throw Refusal.conflict(Texts.text("boundary.task.assignedToOther", assignee));
      }
      return;
    }
    if (command instanceof AssignTaskCmd) {
      boolean releasesOwn = userId == null && (assignee == null || caller.is(assignee));
      boolean takesFree = caller.is(userId) && (assignee == null || caller.is(assignee));
      if (!releasesOwn && !takesFree) {
        if (othersTask) {
          throw Refusal.conflict(Texts.text("boundary.task.assignedToOther", assignee));
        }
        throw Refusal.forbidden(Texts.text("boundary.task.assign"));
      }
    }
  }

  /**
   * What the boundary needs to know of a task: its assignee, and whether it is offered to the
   * caller.
   */
  private record TaskFacts(String assignee, boolean offeredToCaller) {}

  private TaskFacts taskFacts(String taskId, Caller caller) {
    if (taskId == null) {
      return null;
    }
    return lookup(
        context -> {
          TaskEntity task = context.getTaskManager().findTaskById(taskId);
          return task == null ? null : new TaskFacts(task.getAssignee(), isCandidate(task, caller));
        });
  }

  private void judgeCompletion(Command<?> command, Caller caller, Map<String, Object> written) {
    String taskId = CommandFields.get(command, "taskId");
    Set<String> fields =
        lookup(
            context -> {
              TaskEntity task = context.getTaskManager().findTaskById(taskId);
              if (task == null) {
                return null; // the engine answers "not found" itself
              }
              if (!isCandidate(task, caller)) {
                return null; // the engine's authorizations answer for tasks the caller may not see
              }
              if (task.getAssignee() != null && !caller.is(task.getAssignee())) {
                throw Refusal.conflict(
                    Texts.text("boundary.task.assignedToOther", task.getAssignee()));
              }
              return forms.ofTask(context, task);
            });
    if (fields != null) {
      ClientVariables.onlyFormFields(written, fields);
    }
  }

  private Set<String> startFormFields(Command<?> command) {
    return lookup(
        context -> {
          String definitionId;
          if (command instanceof SubmitStartFormCmd) {
            definitionId = CommandFields.get(command, "processDefinitionId");
          } else {
            ProcessInstantiationBuilderImpl builder =
                CommandFields.get(command, "instantiationBuilder");
            definitionId = builder.getProcessDefinitionId();
            if (definitionId == null && builder.getProcessDefinitionKey() != null) {
              var definition =
                  context
                      .getProcessEngineConfiguration()
                      .getDeploymentCache()
                      .findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey());
              definitionId = definition.getId();
            }
          }
          return definitionId == null ? Set.of() : forms.ofStart(context, definitionId);
        });
  }

  private void judgeOwnAccount(Command<?> command, Caller caller) {
    if (command instanceof CheckPassword) {
      if (!caller.is(CommandFields.get(command, "userId"))) {
        throw Refusal.forbidden(Texts.text("boundary.user.checkPassword"));
      }
      return;
    }
    if (command instanceof SaveUserCmd) {
      User changed = CommandFields.get(command, "user");
      if (changed == null || !caller.is(changed.getId())) {
        throw Refusal.forbidden(Texts.text("boundary.user.profile"));
      }
      User stored =
          lookup(context -> context.getReadOnlyIdentityProvider().findUserById(changed.getId()));
      if (stored == null
          || !Objects.equals(stored.getFirstName(), changed.getFirstName())
          || !Objects.equals(stored.getLastName(), changed.getLastName())
          || !Objects.equals(stored.getEmail(), changed.getEmail())) {
        throw Refusal.forbidden(Texts.text("boundary.user.profile"));
      }
    }
  }

  /** Whether the task is offered to the caller (candidate user or group, or assigned to them). */
  private static boolean isCandidate(TaskEntity task, Caller caller) {
    if (caller.is(task.getAssignee()) || caller.is(task.getOwner())) {
      return true;
    }
    for (IdentityLinkEntity link : task.getIdentityLinks()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && (caller.is(link.getUserId())
              || (link.getGroupId() != null && caller.groupIds().contains(link.getGroupId())))) {
        return true;
      }
    }
    return false;
  }

  private <T> T lookup(BoundaryLookup<T> read) {
    return configuration.getCommandExecutorTxRequired().execute(read);
  }

  private static void remember(Refusal refusal) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(REFUSAL_ATTRIBUTE, refusal, RequestAttributes.SCOPE_REQUEST);
    }
  }
}
