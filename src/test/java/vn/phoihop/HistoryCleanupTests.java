package vn.phoihop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.BatchWindow;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupHelper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * History cleanup as configured in application.yaml, on whichever database the suite runs (H2, or
 * PostgreSQL with the postgres profile): finished instances past their time to live are removed
 * with their tasks, variables and details; a finished instance within its TTL and a running one
 * keep all their history. The shared context holds other classes' history: the test deploys a
 * process of its own with a one-day TTL, asserts on its own instances only, and runs the cleanup at
 * the real present, so only history that is due anyway is removed.
 */
@PhoiHopIntegrationTest
class HistoryCleanupTests {

  private static final String PROBE = "test-history-cleanup";
  private static final String PROBE_TASK = "Task_Probe";
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  /** Every PhoiHop model keeps its history ten years (docs/process-conventions.md#retention). */
  private static final int TEN_YEARS_IN_DAYS = 3650;

  private static final List<String> PROCESSES =
      List.of(
          "agreement-evaluation",
          "bcd389-period-campaigns",
          "case-referral",
          "coordination-agreement",
          "information-request",
          "report-campaign");
  private static final List<String> DECISIONS = List.of("evaluation-rating", "referral-routing");

  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;

  private Deployment deployment;

  @AfterEach
  void restore() {
    ClockUtil.reset();
    // The cleanup job goes back to waiting for the next night's window.
    historyService.cleanUpHistoryAsync(false);
    if (deployment != null) {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void deployedModelsKeepTheirHistoryTenYears() {
    for (String key : PROCESSES) {
      ProcessDefinition definition =
          repositoryService
              .createProcessDefinitionQuery()
              .processDefinitionKey(key)
              .latestVersion()
              .singleResult();
      assertThat(definition).as("deployed process " + key).isNotNull();
      assertThat(definition.getHistoryTimeToLive())
          .as("TTL of " + key)
          .isEqualTo(TEN_YEARS_IN_DAYS);
    }
    for (String key : DECISIONS) {
      DecisionDefinition definition =
          repositoryService
              .createDecisionDefinitionQuery()
              .decisionDefinitionKey(key)
              .latestVersion()
              .singleResult();
      assertThat(definition).as("deployed decision " + key).isNotNull();
      assertThat(definition.getHistoryTimeToLive())
          .as("TTL of " + key)
          .isEqualTo(TEN_YEARS_IN_DAYS);
    }
  }

  @Test
  void engineUsesRemovalTimesSetAtTheEndOfAnInstance() {
    ProcessEngineConfigurationImpl configuration = configuration();
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(configuration.isHistoryCleanupEnabled()).isTrue();
    assertThat(configuration.getHistoryCleanupBatchSize()).isEqualTo(500);
    assertThat(configuration.getHistoryCleanupDegreeOfParallelism()).isEqualTo(1);
  }

  @Test
  void batchWindowIsTheNightInVietnamWhateverTheJvmZone() {
    ProcessEngineConfigurationImpl configuration = configuration();
    Instant noonInHanoi = Instant.parse("2026-12-02T05:00:00Z");
    BatchWindow window =
        configuration
            .getBatchWindowManager()
            .getCurrentOrNextBatchWindow(Date.from(noonInHanoi), configuration);
    assertThat(window.getStart().toInstant()).isEqualTo(Instant.parse("2026-12-02T16:00:00Z"));
    assertThat(window.getEnd().toInstant()).isEqualTo(Instant.parse("2026-12-02T22:00:00Z"));
    assertThat(LocalTime.ofInstant(window.getStart().toInstant(), VIETNAM))
        .isEqualTo(LocalTime.of(23, 0));
    assertThat(LocalTime.ofInstant(window.getEnd().toInstant(), VIETNAM))
        .isEqualTo(LocalTime.of(5, 0));

    assertThat(within("2026-12-02T15:59:00Z", configuration)).as("22:59 in Hanoi").isFalse();
    assertThat(within("2026-12-02T16:01:00Z", configuration)).as("23:01 in Hanoi").isTrue();
    assertThat(within("2026-12-02T19:30:00Z", configuration)).as("02:30 in Hanoi").isTrue();
    assertThat(within("2026-12-02T21:59:00Z", configuration)).as("04:59 in Hanoi").isTrue();
    assertThat(within("2026-12-02T22:01:00Z", configuration)).as("05:01 in Hanoi").isFalse();
    assertThat(within("2026-12-03T02:00:00Z", configuration)).as("09:00 in Hanoi").isFalse();
  }

  @Test
  void cleanupRemovesFinishedInstancesPastTheirTtlAndNothingElse() {
    deployment =
        repositoryService
            .createDeployment()
            .name("history-cleanup-tests")
            .addModelInstance(PROBE + ".bpmn", probeProcess())
            .deploy();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    // Three days ago: three instances start; the first one ends at once (removal: 2 days ago).
    ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofDays(3))));
    String expired = start("hết hạn");
    String withinTtl = start("còn hạn");
    String running = start("đang chạy");
    finish(expired);
    // An hour ago the second one ends (removal: in 23 hours); the third keeps running.
    ClockUtil.setCurrentTime(Date.from(now.minus(Duration.ofHours(1))));
    finish(withinTtl);

    assertThat(historicInstance(expired).getRemovalTime().toInstant())
        .isEqualTo(now.minus(Duration.ofDays(2)));
    assertThat(historicInstance(withinTtl).getRemovalTime().toInstant())
        .isEqualTo(now.plus(Duration.ofHours(23)));
    assertThat(historicInstance(running).getRemovalTime()).isNull();
    History expiredBefore = history(expired);
    History withinTtlBefore = history(withinTtl);
    History runningBefore = history(running);
    for (History before : List.of(expiredBefore, withinTtlBefore, runningBefore)) {
      assertThat(before.instances()).isEqualTo(1);
      assertThat(before.tasks()).isEqualTo(1);
      assertThat(before.variables()).isPositive();
      assertThat(before.details()).isPositive();
      assertThat(before.activities()).isPositive();
    }

    ClockUtil.setCurrentTime(Date.from(now));
    int runs = 0;
    while (!history(expired).isEmpty() && runs < 10) {
      historyService.cleanUpHistoryAsync(true);
      List<Job> jobs = historyService.findHistoryCleanupJobs();
      assertThat(jobs).isNotEmpty();
      for (Job job : jobs) {
        managementService.executeJob(job.getId());
      }
      runs++;
    }

    assertThat(history(expired)).as("history of the instance past its TTL").isEqualTo(History.NONE);
    assertThat(history(withinTtl))
        .as("history of the instance within its TTL")
        .isEqualTo(withinTtlBefore);
    assertThat(history(running)).as("history of the running instance").isEqualTo(runningBefore);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(running).count())
        .isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(running).count()).isEqualTo(1);
    // Run the cleanup a second time: nothing more goes.
    historyService.cleanUpHistoryAsync(true);
    for (Job job : historyService.findHistoryCleanupJobs()) {
      managementService.executeJob(job.getId());
    }
    assertThat(history(withinTtl)).isEqualTo(withinTtlBefore);
    assertThat(history(running)).isEqualTo(runningBefore);
  }

  private static boolean within(String instant, ProcessEngineConfigurationImpl configuration) {
    return HistoryCleanupHelper.isWithinBatchWindow(
        Date.from(Instant.parse(instant)), configuration);
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  private static BpmnModelInstance probeProcess() {
    return Bpmn.createExecutableProcess(PROBE)
        .name("Kiểm thử: dọn lịch sử")
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Started")
        .userTask(PROBE_TASK)
        .name("Việc kiểm thử dọn lịch sử")
        .endEvent("EndEvent_Done")
        .done();
  }

  private String start(String note) {
    return runtimeService.startProcessInstanceByKey(PROBE, Map.of("note", note)).getId();
  }

  private void finish(String instanceId) {
    String task =
        taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    // A variable changed while running leaves a variable update in ACT_HI_DETAIL.
    runtimeService.setVariable(instanceId, "note", "đã xong");
    taskService.complete(task, Map.of("outcome", "xong"));
  }

  private HistoricProcessInstance historicInstance(String instanceId) {
    return historyService
        .createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId)
        .singleResult();
  }

  private History history(String instanceId) {
    return new History(
        historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).count(),
        historyService.createHistoricTaskInstanceQuery().processInstanceId(instanceId).count(),
        historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId).count(),
        historyService.createHistoricDetailQuery().processInstanceId(instanceId).count(),
        historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId).count());
  }

  /** Rows of one instance in ACT_HI_PROCINST, _TASKINST, _VARINST, _DETAIL and _ACTINST. */
  private record History(
      long instances, long tasks, long variables, long details, long activities) {
    static final History NONE = new History(0, 0, 0, 0, 0);

    boolean isEmpty() {
      return equals(NONE);
    }
  }
}
