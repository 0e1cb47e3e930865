package vn.phoihop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.evaluation.EvaluationProcess.Elements;
import vn.phoihop.evaluation.EvaluationProcess.FormFields;
import vn.phoihop.evaluation.EvaluationProcess.Vars;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.ProcessVariable;

/**
 * Two parties file their period reports at the same moment. Each report is one user transaction;
 * the multi-instance {@code SubProcess_PartyReport} joins them by counting completed instances on
 * the instance's shared multi-instance execution. Without an async boundary the second transaction
 * would update that execution after the first and fail with an OptimisticLockingException (the
 * officer sees "reload and try again"). With {@code camunda:asyncAfter} on the inner instance, each
 * user transaction only finishes its own party's branch and leaves a job; the job executor runs the
 * jobs of one process instance one after the other (exclusive jobs), so the join happens once, in
 * the last job.
 */
@PhoiHopIntegrationTest
class PartyReportRaceTests {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired EvaluationRepository evaluations;
  @Autowired TransactionTemplate transactions;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void twoPartiesFilingAtTheSameMomentBothSucceedAndTheReportsAreJoinedOnce() throws Exception {
    // Sunday 15 March 2026, the day after quarter I's cut-off; both file on Friday 20 March.
    now(2026, 3, 15, 7);
    ProcessInstance evaluation = start(List.of("QLTT-TNI", "SCT-TNI"));
    Task lead = reportTask(evaluation, "QLTT-TNI.staff");
    Task partner = reportTask(evaluation, "SCT-TNI.staff");
    now(2026, 3, 20, 10);

    // Both transactions complete their task and stay open until the other has done so too: they
    // really overlap. A shared row written by both would make the second wait for the first's
    // lock, and the barrier would time out instead.
    CyclicBarrier bothFiled = new CyclicBarrier(2);
    ExecutorService parties = Executors.newFixedThreadPool(2);
    try {
      Future<?> first =
          parties.submit(() -> fileInOpenTransaction(lead, "canbo.qltttni", bothFiled));
      Future<?> second =
          parties.submit(() -> fileInOpenTransaction(partner, "canbo.scttni", bothFiled));
      first.get(60, TimeUnit.SECONDS);
      second.get(60, TimeUnit.SECONDS);
    } finally {
      parties.shutdownNow();
    }

    assertThat(taskService.createTaskQuery().processInstanceId(evaluation.getId()).count())
        .as("both report tasks completed")
        .isZero();
    assertThat(reportStatuses(evaluation)).containsOnly(ReportStatus.FILED).hasSize(2);
    // Each party's branch ended at the async boundary: the join has not happened yet.
    List<Job> branches =
        managementService.createJobQuery().processInstanceId(evaluation.getId()).messages().list();
    assertThat(branches)
        .extracting(Job::getJobDefinitionId)
        .hasSize(2)
        .allSatisfy(
            definition -> assertThat(definition).isEqualTo(branchJobDefinition(evaluation)));
    assertThat(evaluation).hasNotPassed(Elements.ALL_REPORTED, Elements.SUMMARIZE);

    // What the job executor does with exclusive jobs of one instance: one after the other.
    branches.forEach(job -> managementService.executeJob(job.getId()));

    assertThat(evaluation)
        .hasPassed(Elements.ALL_REPORTED, Elements.SUMMARIZE, Elements.RATE, Elements.RECORD_RATING)
        .isWaitingAt(Elements.CONCLUDE);
    assertThat(passes(evaluation, Elements.PARTY_REPORT + "#multiInstanceBody"))
        .as("the multi-instance joined once")
        .isEqualTo(1);
    assertThat(passes(evaluation, Elements.PARTY_REPORT)).isEqualTo(2);
    assertThat(passes(evaluation, Elements.SUMMARIZE)).isEqualTo(1);
    assertThat(passes(evaluation, Elements.CONCLUDE)).isEqualTo(1);
  }

  /** Claims and completes the report as its party's officer, then waits for the other party. */
  private void fileInOpenTransaction(Task task, String userId, CyclicBarrier bothFiled) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    transactions.executeWithoutResult(
        status -> {
          identityService.setAuthentication(userId, groups);
          try {
            taskService.claim(task.getId(), userId);
            taskService.complete(task.getId(), reportForm());
          } finally {
            identityService.clearAuthentication();
          }
          try {
            bothFiled.await(20, TimeUnit.SECONDS);
          } catch (Exception e) {
            throw new IllegalStateException(userId + "'s report did not overlap the other's", e);
          }
        });
  }

  private ProcessInstance start(List<String> parties) {
    String code = "QC-2026-" + ThreadLocalRandom.current().nextInt(10_000, 100_000_000);
    Map<String, Object> variables = new HashMap<>();
    variables.put(
        Vars.AGREEMENT_ID, ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE));
    variables.put(Vars.AGREEMENT_CODE, code);
    variables.put(Vars.LEAD_AGENCY, parties.get(0));
    variables.put(Vars.PARTIES, ProcessVariable.jsonList(parties));
    variables.put(Vars.PERIOD_KIND, PeriodKind.QUARTER.name());
    variables.put(Vars.PERIOD_YEAR, 2026);
    variables.put(Vars.PERIOD_NUMBER, 1);
    return runtimeService.startProcessInstanceByKey(EvaluationProcess.KEY, code, variables);
  }

  private Task reportTask(ProcessInstance evaluation, String candidateGroup) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(evaluation.getId())
            .taskDefinitionKey(Elements.FILE_REPORT)
            .taskCandidateGroup(candidateGroup)
            .singleResult();
    assertThat(task).as("report task of %s", candidateGroup).isNotNull();
    return task;
  }

  /** The job definition of the async boundary after each party's report branch. */
  private String branchJobDefinition(ProcessInstance evaluation) {
    return managementService
        .createJobDefinitionQuery()
        .processDefinitionId(evaluation.getProcessDefinitionId())
        .activityIdIn(Elements.PARTY_REPORT)
        .singleResult()
        .getId();
  }

  private List<ReportStatus> reportStatuses(ProcessInstance evaluation) {
    Long id = (Long) runtimeService.getVariable(evaluation.getId(), Vars.EVALUATION_ID);
    return transactions.execute(
        status ->
            evaluations.findById(id).orElseThrow().getReports().stream()
                .map(PartyReport::getStatus)
                .toList());
  }

  private long passes(ProcessInstance evaluation, String activityId) {
    return historyService
        .createHistoricActivityInstanceQuery()
        .processInstanceId(evaluation.getId())
        .activityId(activityId)
        .count();
  }

  private static Map<String, Object> reportForm() {
    Map<String, Object> form = new HashMap<>();
    for (Kpi kpi : Kpi.values()) {
      // the referral figures are left as pre-filled: the party confirms them
      if (!kpi.fromReferrals()) {
        form.put(kpi.field(), kpi.amount() ? 45_000_000 : 6);
      }
    }
    form.put(FormFields.NARRATIVE, "Quý I: đã trao đổi thông tin, kiểm tra liên ngành.");
    form.put(FormFields.DIFFICULTIES, "Chưa có.");
    return form;
  }

  private static void now(int year, int month, int day, int hour) {
    ClockUtil.setCurrentTime(
        Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, Clocks.ZONE).toInstant()));
  }
}
