package vn.phoihop.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.PhoiHopIntegrationTest;

/** Timeout listeners remind the unit before the due date and escalate to its leader after it. */
@PhoiHopIntegrationTest
class DeadlineReminderTests {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  String deploymentId;

  @BeforeEach
  void deploy() {
    deploymentId =
        repositoryService
            .createDeployment()
            .name("deadline-reminder-tests")
            .addClasspathResource("test-processes/agency-task.bpmn")
            .deploy()
            .getId();
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void unitIsRemindedBeforeTheDueDateAndItsLeaderAlertedAfterIt() {
    // Started Thursday 12 Feb 2026 10:00: due Tue 24 Feb (3 working days across Tết),
    // reminder Mon 23 Feb 08:00, escalation Wed 25 Feb 08:00.
    ClockUtil.setCurrentTime(WorkingDayCalendarTests.at(2026, 2, 12, 10));
    String key = "TEST-" + UUID.randomUUID();
    String instance =
        runtimeService
            .startProcessInstanceByKey("test-agency-task", key, Map.of("agency", "QLTT-TNI"))
            .getId();
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(task.getDueDate()).isEqualTo(Deadlines.endOf(java.time.LocalDate.of(2026, 2, 24)));

    ClockUtil.setCurrentTime(
        WorkingDayCalendarTests.at(2026, 2, 20, 12)); // still Tết: nothing due yet
    assertThat(executeDueTimers(instance)).isZero();

    ClockUtil.setCurrentTime(WorkingDayCalendarTests.at(2026, 2, 23, 8));
    assertThat(executeDueTimers(instance)).isEqualTo(1);
    assertThat(recipients(key, "REMINDER")).containsExactly("canbo.qltttni");
    assertThat(recipients(key, "ESCALATION")).isEmpty();

    ClockUtil.setCurrentTime(WorkingDayCalendarTests.at(2026, 2, 25, 8));
    assertThat(executeDueTimers(instance)).isEqualTo(1);
    assertThat(recipients(key, "ESCALATION")).containsExactly("lanhdao.qltttni");
    assertThat(
            jdbc.queryForObject(
                "select subject from notification where business_key = ? and kind = 'ESCALATION'",
                String.class,
                key))
        .isEqualTo("[PhoiHop] Quá hạn: Xử lý việc kiểm thử (" + key + ")");
    // The task is still open: reminders never change the flow.
    assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isEqualTo(1);
  }

  @Test
  void reminderGoesToTheAssigneeOnceTheTaskIsClaimed() {
    ClockUtil.setCurrentTime(WorkingDayCalendarTests.at(2026, 3, 2, 9));
    String key = "TEST-" + UUID.randomUUID();
    String instance =
        runtimeService
            .startProcessInstanceByKey("test-agency-task", key, Map.of("agency", "QLTT-GLA"))
            .getId();
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    taskService.claim(task.getId(), "canbo.qlttgla");

    ClockUtil.setCurrentTime(WorkingDayCalendarTests.at(2026, 3, 5, 9));
    executeDueTimers(instance);
    assertThat(recipients(key, "REMINDER")).containsExactly("canbo.qlttgla");
  }

  private int executeDueTimers(String processInstanceId) {
    Date now = ClockUtil.getCurrentTime();
    List<Job> due =
        managementService
            .createJobQuery()
            .processInstanceId(processInstanceId)
            .timers()
            .duedateLowerThan(new Date(now.getTime() + 1))
            .list();
    due.forEach(job -> managementService.executeJob(job.getId()));
    return due.size();
  }

  private List<String> recipients(String businessKey, String kind) {
    return jdbc.queryForList(
        "select recipient_user_id from notification where business_key = ? and kind = ? order by recipient_user_id",
        String.class,
        businessKey,
        kind);
  }
}
