package vn.phoihop.boundary;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionStatisticsEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
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
