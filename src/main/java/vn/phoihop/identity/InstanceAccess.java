package vn.phoihop.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.phoihop.shared.SystemEngine;

/**
 * Per-instance read grants for the province-manager groups ({@code PROVINCE-TNI.manager}): READ on
 * the process instance and on its history for the province of every party, and READ on each of the
 * instance's tasks (runtime and history) for every province group that reads the instance.
 *
 * <p>Features call {@link #grantProvinces} when an instance starts and whenever its parties grow;
 * {@link ManagerAccessPlugin} reports every user task created. The grants are made just before the
 * transaction commits, as the application: by then the engine has written the instance's history,
 * so that Camunda links each history grant to its root instance and history cleanup removes it with
 * that instance (runtime grants are removed by the engine when the instance or task ends).
 */
@Component
public class InstanceAccess {

  private final ManagerScopes scopes;
  private final AccessBootstrap grants;
  private final SystemEngine system;
  private final AuthorizationService authorizationService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final HistoryService historyService;

  InstanceAccess(
      ManagerScopes scopes,
      AccessBootstrap grants,
      SystemEngine system,
      AuthorizationService authorizationService,
      RuntimeService runtimeService,
      TaskService taskService,
      HistoryService historyService) {
    this.scopes = scopes;
    this.grants = grants;
    this.system = system;
    this.authorizationService = authorizationService;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.historyService = historyService;
  }

  /**
   * The managers of these agencies' provinces may read the instance, its history and its tasks.
   * Agencies without a province (central bodies) add nothing: the national managers read all.
   */
  public void grantProvinces(String processInstanceId, Collection<String> agencyCodes) {
    Set<String> groups = scopes.provinceGroupsOf(agencyCodes);
    if (processInstanceId == null || groups.isEmpty()) {
      return;
    }
    change(
        pending ->
            pending
                .instances
                .computeIfAbsent(processInstanceId, id -> new LinkedHashSet<>())
                .addAll(groups));
  }

  /** A user task was created: the province groups that read its instance may read it too. */
  void taskCreated(String taskId, String processInstanceId) {
    if (taskId == null || processInstanceId == null) {
      return;
    }
    change(pending -> pending.tasks.put(taskId, processInstanceId));
  }

  /**
   * Records the change for the current transaction (applied before it commits), or applies it at
   * once outside a transaction.
   */
  private void change(Consumer<Pending> change) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      Pending now = new Pending();
      change.accept(now);
      apply(now);
      return;
    }
    Pending pending =
        TransactionSynchronizationManager.getSynchronizations().stream()
            .filter(s -> s instanceof Pending p && p.owner() == this)
            .map(Pending.class::cast)
            .findFirst()
            .orElse(null);
    if (pending != null && pending.applying) {
      // Reported while the grants are being made (none is expected): too late to wait.
      Pending now = new Pending();
      change.accept(now);
      apply(now);
      return;
    }
    if (pending == null) {
      pending = new Pending();
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    change.accept(pending);
  }

  private void apply(Pending pending) {
    system.run(() -> applyAsApplication(pending));
  }

  private void applyAsApplication(Pending pending) {
    Map<String, String> tasks = new LinkedHashMap<>(pending.tasks);
    pending.instances.forEach(
        (processInstanceId, groups) -> {
          boolean running =
              runtimeService
                      .createProcessInstanceQuery()
                      .processInstanceId(processInstanceId)
                      .count()
                  > 0;
          boolean recorded =
              historyService
                      .createHistoricProcessInstanceQuery()
                      .processInstanceId(processInstanceId)
                      .count()
                  > 0;
          for (String group : groups) {
            if (running) {
              grants.grant(group, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
            }
            if (recorded) {
              grants.grant(
                  group,
                  Resources.HISTORIC_PROCESS_INSTANCE,
                  processInstanceId,
                  HistoricProcessInstancePermissions.READ);
            }
          }
          // Tasks created before a party joined become readable to its province as well.
          taskService
              .createTaskQuery()
              .processInstanceId(processInstanceId)
              .list()
              .forEach(task -> tasks.put(task.getId(), processInstanceId));
          historyService
              .createHistoricTaskInstanceQuery()
              .processInstanceId(processInstanceId)
              .list()
              .forEach(task -> tasks.put(task.getId(), processInstanceId));
        });

    Map<String, Set<String>> readers = new HashMap<>();
    tasks.forEach(
        (taskId, processInstanceId) -> {
          Set<String> groups =
              readers.computeIfAbsent(processInstanceId, this::provinceGroupsReading);
          if (groups.isEmpty()) {
            return;
          }
          boolean open = taskService.createTaskQuery().taskId(taskId).count() > 0;
          boolean recorded =
              historyService.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0;
          for (String group : groups) {
            if (open) {
              grants.grant(group, Resources.TASK, taskId, Permissions.READ);
            }
            if (recorded) {
              grants.grant(group, Resources.HISTORIC_TASK, taskId, HistoricTaskPermissions.READ);
            }
          }
        });
  }

  /** The province-manager groups granted READ on the instance or on its history. */
  Set<String> provinceGroupsReading(String processInstanceId) {
    Set<String> groups = new LinkedHashSet<>();
    authorizationService
        .createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(processInstanceId)
        .list()
        .stream()
        .filter(a -> a.isPermissionGranted(Permissions.READ))
        .map(Authorization::getGroupId)
        .forEach(groups::add);
    authorizationService
        .createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
        .resourceId(processInstanceId)
        .list()
        .stream()
        .filter(a -> a.isPermissionGranted(HistoricProcessInstancePermissions.READ))
        .map(Authorization::getGroupId)
        .forEach(groups::add);
    groups.removeIf(
        group ->
            group == null
                || !Groups.isManagerScope(group)
                || Groups.NATIONAL_MANAGERS.equals(group));
    return groups;
  }

  /** What one transaction asked for; applied once, before it commits. */
  private final class Pending implements TransactionSynchronization {
    final Map<String, Set<String>> instances = new LinkedHashMap<>();
    final Map<String, String> tasks = new LinkedHashMap<>();
    boolean applying;

    InstanceAccess owner() {
      return InstanceAccess.this;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      applying = true;
      apply(this);
    }
  }
}
