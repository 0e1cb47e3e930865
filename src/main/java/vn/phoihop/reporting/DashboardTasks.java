package vn.phoihop.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.deadline.Deadlines;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.Readership;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.SystemEngine;

/**
 * The engine's open tasks with a due date, each with the agency whose work it is, as a reader may
 * see them: overdue (due before now) or due soon (due today or within {@code
 * phoihop.dashboard.due-soon-working-days} working days, counted by {@link
 * Deadlines#workingDaysLeft}). A task's agency is the agency of its candidate groups ({@code
 * <AGENCY>.<role>}), else its assignee's agency; the reader sees it by the one read rule over that
 * agency and its province.
 */
@Component
class DashboardTasks {

  private final ProcessEngine engine;
  private final SystemEngine system;
  private final Deadlines deadlines;
  private final AgencyRegistry agencies;
  private final int dueSoonWorkingDays;

  DashboardTasks(
      ProcessEngine engine,
      SystemEngine system,
      Deadlines deadlines,
      AgencyRegistry agencies,
      @Value("${phoihop.dashboard.due-soon-working-days:3}") int dueSoonWorkingDays) {
    this.engine = engine;
    this.system = system;
    this.deadlines = deadlines;
    this.agencies = agencies;
    this.dueSoonWorkingDays = dueSoonWorkingDays;
  }

  int dueSoonWorkingDays() {
    return dueSoonWorkingDays;
  }

  /**
   * One open task with a due date.
   *
   * @param workingDaysLeft working days after today up to the due day (0 on the day and after)
   */
  record OpenTask(
      String id,
      String name,
      String caseCode,
      String agencyCode,
      String agencyName,
      String assignee,
      Instant dueAt,
      boolean overdue,
      boolean dueSoon,
      int workingDaysLeft) {}

  /** The open tasks with a due date {@code reader} sees, soonest due first. */
  List<OpenTask> readable(Readership.Reader reader) {
    Instant now = Clocks.now();
    LocalDate today = Clocks.today();
    return system.call(
        () -> {
          List<Task> tasks =
              engine.getTaskService().createTaskQuery().active().orderByDueDate().asc().list();
          List<Task> due = tasks.stream().filter(t -> t.getDueDate() != null).toList();
          Map<String, String> caseCodes = caseCodes(due);
          Map<String, String> assigneeAgencies = new HashMap<>();
          List<OpenTask> open = new ArrayList<>();
          for (Task task : due) {
            String agency = agencyOf(task, assigneeAgencies);
            if (!reads(reader, agency)) {
              continue;
            }
            Instant dueAt = task.getDueDate().toInstant();
            LocalDate dueDay = Clocks.dayOf(dueAt);
            int left = deadlines.workingDaysLeft(today, dueDay);
            boolean overdue = dueAt.isBefore(now);
            boolean dueSoon = !overdue && left <= dueSoonWorkingDays;
            open.add(
                new OpenTask(
                    task.getId(),
                    task.getName(),
                    caseCodes.get(task.getProcessInstanceId()),
                    agency,
                    agency == null ? null : agencies.nameOf(agency),
                    task.getAssignee(),
                    dueAt,
                    overdue,
                    dueSoon,
                    left));
          }
          return open;
        });
  }

  private boolean reads(Readership.Reader reader, String agency) {
    if (agency == null) {
      return reader.everything();
    }
    String province = agencies.find(agency).map(AgencyView::provinceCode).orElse(null);
    return reader.reads(List.of(agency), province == null ? List.of() : List.of(province));
  }

  private String agencyOf(Task task, Map<String, String> assigneeAgencies) {
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        String agency = Groups.agencyOf(link.getGroupId());
        if (agency != null) {
          return agency;
        }
      }
    }
    String assignee = task.getAssignee();
    if (assignee == null) {
      return null;
    }
    return assigneeAgencies.computeIfAbsent(
        assignee,
        user ->
            engine
                .getIdentityService()
                .createGroupQuery()
                .groupMember(user)
                .groupType(Groups.TYPE_AGENCY)
                .list()
                .stream()
                .map(Group::getId)
                .findFirst()
                .orElse(null));
  }

  private Map<String, String> caseCodes(List<Task> tasks) {
    Set<String> ids =
        tasks.stream()
            .map(Task::getProcessInstanceId)
            .filter(id -> id != null)
            .collect(Collectors.toSet());
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<String, String> codes = new HashMap<>();
    for (ProcessInstance instance :
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceIds(ids).list()) {
      if (instance.getBusinessKey() != null) {
        codes.put(instance.getId(), instance.getBusinessKey());
      }
    }
    return codes;
  }
}
