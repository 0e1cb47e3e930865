package vn.phoihop.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionStatisticsEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskCountByCandidateGroupResultEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskCountByCandidateGroupResult;
import vn.phoihop.identity.Groups;

/**
 * Reads whose scope Camunda's authorizations cannot express, narrowed for non-administrators:
 *
 * <ul>
 *   <li>the directory: a user sees the users of their own agency (and themselves), without the
 *       e-mail addresses of others;
 *   <li>the per-definition totals of {@code /process-definition/statistics}, which Camunda counts
 *       from definition rights alone: they are counted again among the instances the caller may
 *       read (managers below national level). Cockpit's own process list runs its queries through
 *       the webapps' separate query executor, which no engine interceptor sees: its totals stay
 *       national (README, Security).
 * </ul>
 */
final class ScopedReads {

  /** A user id no user can have: the engine's id pattern has no spaces. */
  private static final String NOBODY = " ";

  private final ProcessEngineConfigurationImpl configuration;

  ScopedReads(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  /** Before a user query runs: only the caller's own agency, or only themselves. */
  static void narrowDirectory(Object command, Caller caller) {
    if (!(command instanceof UserQueryImpl query)) {
      return;
    }
    Set<String> agencies = agenciesOf(caller);
    String asked = query.getGroupId();
    if (asked == null) {
      if (agencies.isEmpty()) {
        selfOnly(query, caller);
      } else {
        query.memberOfGroup(agencies.iterator().next());
      }
      return;
    }
    boolean ownUnit =
        agencies.stream()
            .anyMatch(
                a ->
                    asked.equals(a)
                        || Groups.agencyOf(asked) != null && a.equals(Groups.agencyOf(asked)));
    if (!ownUnit) {
      query.userId(NOBODY);
    }
  }

  private static void selfOnly(UserQueryImpl query, Caller caller) {
    if (query.getId() != null && !caller.is(query.getId())) {
      query.userId(NOBODY);
    } else {
      query.userId(caller.userId());
    }
  }

  /** The agencies of the caller's unit-role groups ({@code QLTT-TNI.staff} → {@code QLTT-TNI}). */
  private static Set<String> agenciesOf(Caller caller) {
    Set<String> agencies = new TreeSet<>();
    for (String group : caller.groupIds()) {
      String agency = Groups.agencyOf(group);
      if (agency != null && caller.groupIds().contains(agency)) {
        agencies.add(agency);
      }
    }
    return agencies;
  }

  /** After a read: hide others' e-mail addresses; count statistics among readable instances. */
  <T> T narrowResult(T result, Caller caller) {
    if (result instanceof UserEntity user) {
      hideEmail(user, caller);
    } else if (result instanceof List<?> list && !list.isEmpty()) {
      Object first = list.get(0);
      if (first instanceof UserEntity) {
        list.forEach(user -> hideEmail((UserEntity) user, caller));
      } else if (first instanceof ProcessDefinitionStatisticsEntity && !readsEverything(caller)) {
        list.forEach(entity -> recount((ProcessDefinitionStatisticsEntity) entity));
      }
    }
    return result;
  }

  static boolean readsEverything(Caller caller) {
    return caller.groupIds().contains(Groups.NATIONAL_MANAGERS);
  }

  /**
   * Cockpit's "Human tasks" counts per candidate group, which Camunda takes over every task in the
   * country: for a manager below national level, counted among the open tasks they may read.
   */
  List<TaskCountByCandidateGroupResult> taskCountsByCandidateGroup() {
    List<String> readable =
        configuration.getTaskService().createTaskQuery().active().list().stream()
            .map(Task::getId)
            .toList();
    Map<String, Integer> counts =
        configuration
            .getCommandExecutorTxRequired()
            .execute(
                (BoundaryLookup<Map<String, Integer>>)
                    context -> {
                      Map<String, Integer> byGroup = new TreeMap<>();
                      for (String taskId : readable) {
                        Set<String> groups = new TreeSet<>();
                        for (IdentityLinkEntity link :
                            context.getIdentityLinkManager().findIdentityLinksByTaskId(taskId)) {
                          if (IdentityLinkType.CANDIDATE.equals(link.getType())
                              && link.getGroupId() != null) {
                            groups.add(link.getGroupId());
                          }
                        }
                        if (groups.isEmpty()) {
                          byGroup.merge("", 1, Integer::sum);
                        }
                        groups.forEach(group -> byGroup.merge(group, 1, Integer::sum));
                      }
                      return byGroup;
                    });
    List<TaskCountByCandidateGroupResult> results = new ArrayList<>();
    counts.forEach(
        (group, count) -> {
          TaskCountByCandidateGroupResultEntity row = new TaskCountByCandidateGroupResultEntity();
          row.setGroupName(group.isEmpty() ? null : group);
          row.setTaskCount(count);
          results.add(row);
        });
    return results;
  }

  private void recount(ProcessDefinitionStatisticsEntity entity) {
    entity.setInstances(
        (int)
            configuration
                .getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionId(entity.getId())
                .count());
    entity.setFailedJobs(
        (int)
            configuration
                .getManagementService()
                .createJobQuery()
                .processDefinitionId(entity.getId())
                .noRetriesLeft()
                .count());
    entity.setIncidentStatistics(List.of());
  }

  private static void hideEmail(UserEntity user, Caller caller) {
    if (!caller.is(user.getId())) {
      user.setEmail(null);
    }
  }
}
