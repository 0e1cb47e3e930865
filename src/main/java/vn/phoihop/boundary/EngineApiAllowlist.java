package vn.phoihop.boundary;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.AbstractNativeQuery;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What a signed-in user who is not an administrator may ask of the engine through {@code
 * /engine-rest} or the webapps' engine API — the work Tasklist and Cockpit need, nothing else.
 * Administrators may call everything, within the rules every caller obeys ({@link EngineBoundary}).
 * A command that is not listed here is refused with 403.
 *
 * <p>Cockpit's own plugin queries (its statistics and instance lists) do not pass here: the webapps
 * run them, read-only and with their own authorization checks, through a query executor of their
 * own.
 *
 * <p>The engine's own authorizations still apply on top: a listed read returns only what the user
 * is authorized to read, a listed start needs CREATE_INSTANCE on the definition.
 */
final class EngineApiAllowlist {

  /** What a listed command is for; each kind has its own checks in {@link EngineBoundary}. */
  enum Kind {
    /** Queries and reads of tasks, forms, variables, definitions, history, filters, users. */
    READ,
    /** Claiming and releasing one's own task. */
    CLAIM,
    /** Completing a task with its form's fields. */
    COMPLETE,
    /** Starting a process with its start form's fields. */
    START,
    /** A comment on a task the user works on. */
    COMMENT,
    /** One's own account: changing one's own password, checking one's own password. */
    OWN_ACCOUNT
  }

  private static final Map<Class<?>, Kind> WORK =
      Map.ofEntries(
          Map.entry(ClaimTaskCmd.class, Kind.CLAIM),
          Map.entry(AssignTaskCmd.class, Kind.CLAIM),
          Map.entry(CompleteTaskCmd.class, Kind.COMPLETE),
          Map.entry(SubmitTaskFormCmd.class, Kind.COMPLETE),
          Map.entry(StartProcessInstanceCmd.class, Kind.START),
          Map.entry(SubmitStartFormCmd.class, Kind.START),
          Map.entry(AddCommentCmd.class, Kind.COMMENT),
          Map.entry(SaveUserCmd.class, Kind.OWN_ACCOUNT),
          Map.entry(CheckPassword.class, Kind.OWN_ACCOUNT));

  /**
   * Engine read commands ({@code org.camunda.bpm.engine.impl.cmd}) that Tasklist and Cockpit use.
   */
  private static final Set<String> READS =
      Set.of(
          // tasks and their forms
          "GetTaskFormCmd",
          "GetRenderedTaskFormCmd",
          "GetTaskFormVariablesCmd",
          "GetDeployedTaskFormCmd",
          "GetFormKeyCmd",
          "GetCamundaFormDefinitionCmd",
          "GetTaskVariableCmd",
          "GetTaskVariableCmdTyped",
          "GetTaskVariablesCmd",
          "GetIdentityLinksForTaskCmd",
          "GetTaskCommentsCmd",
          "GetTaskCommentCmd",
          "GetTaskEventsCmd",
          "GetTaskAttachmentsCmd",
          "GetTaskAttachmentCmd",
          "GetTaskAttachmentContentCmd",
          "GetSubTasksCmd",
          // start forms
          "GetStartFormCmd",
          "GetRenderedStartFormCmd",
          "GetStartFormVariablesCmd",
          "GetDeployedStartFormCmd",
          // instances (Cockpit), within the engine's authorizations
          "GetExecutionVariableCmd",
          "GetExecutionVariableTypedCmd",
          "GetExecutionVariablesCmd",
          "GetActivityInstanceCmd",
          "FindActiveActivityIdsCmd",
          "GetProcessInstanceCommentsCmd",
          "GetProcessInstanceAttachmentsCmd",
          "GetAttachmentCmd",
          "GetAttachmentContentCmd",
          "GetJobExceptionStacktraceCmd",
          "GetHistoricJobLogExceptionStacktraceCmd",
          // definitions and deployments (diagrams, forms)
          "GetDeployedProcessDefinitionCmd",
          "GetStaticCalledProcessDefinitionCmd",
          "GetDeploymentBpmnModelInstanceCmd",
          "GetDeploymentProcessModelCmd",
          "GetDeploymentProcessDiagramCmd",
          "GetDeploymentProcessDiagramLayoutCmd",
          "GetDeploymentResourceCmd",
          "GetDeploymentResourceForIdCmd",
          "GetDeploymentResourcesCmd",
          "GetDeploymentResourceNamesCmd",
          "GetIdentityLinksForProcessDefinitionCmd",
          "GetDeploymentDecisionDefinitionCmd",
          "GetDeploymentDmnModelInstanceCmd",
          "GetDeploymentDecisionModelCmd",
          "GetDeploymentDecisionDiagramCmd",
          "GetDeploymentDecisionRequirementsDefinitionCmd",
          "GetDeploymentDecisionRequirementsModelCmd",
          "GetDeploymentDecisionRequirementsDiagramCmd",
          // filters (Tasklist's task lists)
          "GetFilterCmd",
          "ExecuteFilterCountCmd",
          "ExecuteFilterListCmd",
          "ExecuteFilterListPageCmd",
          "ExecuteFilterSingleResultCmd",
          // the signed-in user and the directory (within the engine's authorizations)
          "CreateUserQueryCmd",
          "CreateGroupQueryCmd",
          "CreateTenantQueryCmd",
          "GetUserPictureCmd",
          "GetUserInfoCmd",
          "GetUserInfoKeysCmd",
          "GetPasswordPolicyCmd",
          "AuthorizationCheckCmd",
          "IsIdentityServiceReadOnlyCmd",
          "IsTelemetryEnabledCmd",
          "GetHistoryLevelCmd",
          "DetermineHistoryLevelCmd");

  private EngineApiAllowlist() {}

  /**
   * Reads that Camunda counts across every task of the country whatever the caller may read
   * (Cockpit's "Human tasks" counts per candidate group). National managers get the engine's
   * answer; other users get the count among the tasks they may read ({@link ScopedReads}).
   */
  private static final Set<String> NATIONAL_READS =
      Set.of("org.camunda.bpm.engine.impl.TaskReportImpl$TaskCountByCandidateGroupCmd");

  static boolean isNationalRead(Command<?> command) {
    return NATIONAL_READS.contains(command.getClass().getName());
  }

  /** The kind of a command a non-administrator may call, or {@code null} if they may not. */
  static Kind kindOf(Command<?> command) {
    if (isNationalRead(command)) {
      return Kind.READ;
    }
    if (command instanceof AbstractNativeQuery<?, ?>) {
      return null; // native SQL
    }
    if (command instanceof AbstractQuery<?, ?>) {
      return Kind.READ;
    }
    Class<?> type = command.getClass();
    if (type == ResolveTaskCmd.class) {
      return null; // completes a delegated task: delegation is an administrator's tool here
    }
    Kind work = WORK.get(type);
    if (work != null) {
      return work;
    }
    if ((type.getPackageName() + ".").startsWith("org.camunda.bpm.engine.impl.")
        && READS.contains(type.getSimpleName())) {
      return Kind.READ;
    }
    return null;
  }
}
