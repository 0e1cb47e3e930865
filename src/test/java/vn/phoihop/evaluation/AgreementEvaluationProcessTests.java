package vn.phoihop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.evaluation.EvaluationProcess.Elements;
import vn.phoihop.evaluation.EvaluationProcess.FormFields;
import vn.phoihop.evaluation.EvaluationProcess.Vars;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.referral.ReferralFigures;
import vn.phoihop.referral.ReferralFixtures;
import vn.phoihop.referral.ReferralStatistics;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.ProcessVariable;

/**
 * One test per path of {@code agreement-evaluation}. The conclusion paths run under a test-only
 * caller ({@code test-processes/evaluation-caller.bpmn}) that calls the evaluation exactly as
 * {@link EvaluationProcess} documents and routes on its output. Steps are taken as Tasklist takes
 * them: the user (with their groups, so the engine's authorizations apply) claims and completes
 * with the form's values; timers fire by moving the engine clock. The class fails unless every flow
 * node (and sequence flow) of the model was passed.
 */
@SpringBootTest
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@Import(EvaluationCoverageConfiguration.class)
class AgreementEvaluationProcessTests {

  static final String CALLER = "test-evaluation-caller";

  private static final Set<String> STARTED = new LinkedHashSet<>();
  private static boolean callerDeployed;
  private static HistoryService history;
  private static RepositoryService repository;

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired EvaluationRepository evaluations;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired FormService formService;
  @Autowired EntityManager entityManager;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired ReferralStatistics referralStatistics;
  @Autowired EvaluationCaseFiles caseFiles;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    history = processEngine.getHistoryService();
    repository = processEngine.getRepositoryService();
    if (!callerDeployed) {
      repository
          .createDeployment()
          .name("agreement-evaluation-process-tests")
          .addClasspathResource("test-processes/evaluation-caller.bpmn")
          .deploy();
      callerDeployed = true;
    }
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  /** Flow-node coverage of the model, from the history of the instances this class started. */
  @AfterAll
  static void everyFlowNodeOfTheModelWasPassed() {
    String definitionId =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(EvaluationProcess.KEY)
            .latestVersion()
            .singleResult()
            .getId();
    Set<String> flowNodes =
        repository
            .getBpmnModelInstance(definitionId)
            .getModelElementsByType(FlowNode.class)
            .stream()
            .map(FlowNode::getId)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> passed = new LinkedHashSet<>();
    for (String id : STARTED) {
      history.createHistoricActivityInstanceQuery().processInstanceId(id).list().stream()
          .map(HistoricActivityInstance::getActivityId)
          .map(AgreementEvaluationProcessTests::withoutMultiInstanceBody)
          .forEach(passed::add);
    }
    Set<String> missed = new LinkedHashSet<>(flowNodes);
    missed.removeAll(passed);
    double coverage = (flowNodes.size() - missed.size()) / (double) flowNodes.size();
    System.out.printf(
        "agreement-evaluation flow-node coverage: %d of %d = %.2f%n",
        flowNodes.size() - missed.size(), flowNodes.size(), coverage);
    assertThat(missed).as("flow nodes of agreement-evaluation never passed").isEmpty();
    assertThat(coverage).isEqualTo(1.0);
  }

  private static String withoutMultiInstanceBody(String activityId) {
    return activityId.endsWith("#multiInstanceBody")
        ? activityId.substring(0, activityId.indexOf('#'))
        : activityId;
  }

  // ------------------------------------------------------------------ paths

  @Test
  void quarterWithEveryPartyOnTimeIsRatedGoodAndContinues() {
    // Sunday 15 March 2026: the day after quarter I's cut-off.
    now(2026, 3, 15, 7, 0);
    Started started =
        startFromCaller(
            "QLTT-TNI", List.of("QLTT-TNI", "SCT-TNI", "CA-TNI"), PeriodKind.QUARTER, 2026, 1);
    ProcessInstance pi = started.evaluation();
    assertThat(pi).isWaitingAt(Elements.FILE_REPORT);
    assertThat(pi.getBusinessKey()).isEqualTo(started.code());

    Evaluation opened = evaluation(pi);
    assertThat(opened.getPeriodStart()).isEqualTo(LocalDate.of(2025, 12, 15));
    assertThat(opened.getPeriodEnd()).isEqualTo(LocalDate.of(2026, 3, 14));
    assertThat(opened.getLeadAgency()).isEqualTo("QLTT-TNI");
    assertThat(opened.getReports())
        .extracting(
            PartyReport::getAgencyCode,
            PartyReport::getProvinceCode,
            PartyReport::isLead,
            PartyReport::getStatus)
        .containsExactly(
            Tuple.tuple("QLTT-TNI", "TNI", true, ReportStatus.PENDING),
            Tuple.tuple("CA-TNI", "TNI", false, ReportStatus.PENDING),
            Tuple.tuple("SCT-TNI", "TNI", false, ReportStatus.PENDING));
    // 10 working days after 15 March (the first day is not counted): Friday 27 March.
    Date due = endOfDay(LocalDate.of(2026, 3, 27));
    assertThat(opened.getReportDueAt()).isEqualTo(due.toInstant());
    List<Task> reports = tasks(pi, Elements.FILE_REPORT);
    assertThat(reports).hasSize(3).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(due));
    assertThat(candidateGroups(taskFor(pi, Elements.FILE_REPORT, "CA-TNI.liaison")))
        .containsExactlyInAnyOrder("CA-TNI.staff", "CA-TNI.liaison");
    assertThat(
            timeoutJobsOf(taskFor(pi, Elements.FILE_REPORT, "SCT-TNI.staff")).stream()
                .map(Job::getDuedate))
        .containsExactly(
            morningOf(LocalDate.of(2026, 3, 24)), morningOf(LocalDate.of(2026, 3, 30)));
    assertThat(timer(pi, Elements.REPORTING_DEADLINE).getDuedate()).isEqualTo(due);

    now(2026, 3, 20, 10, 0);
    file(pi, "QLTT-TNI.staff", "canbo.qltttni", QLTT_QUARTER);
    file(pi, "SCT-TNI.staff", "canbo.scttni", SCT_QUARTER);
    assertThat(pi).isWaitingAt(Elements.FILE_REPORT);
    file(pi, "CA-TNI.liaison", "daumoi.catni", POLICE_QUARTER);

    assertThat(pi)
        .hasPassed(Elements.ALL_REPORTED, Elements.SUMMARIZE, Elements.RATE, Elements.RECORD_RATING)
        .hasNotPassed(
            Elements.REPORTING_DEADLINE, Elements.CLOSE_REPORTING, Elements.SCHEDULE_CONFERENCE)
        .isWaitingAt(Elements.CONCLUDE);
    assertThat(timers(pi, Elements.REPORTING_DEADLINE)).as("deadline timer cancelled").isEmpty();
    Evaluation rated = evaluation(pi);
    assertThat(rated.getStatus()).isEqualTo(EvaluationStatus.RATED);
    assertThat(rated.getRating()).isEqualTo(Rating.GOOD);
    assertThat(rated.getOnTimeReportPercent()).isEqualTo(100);
    assertThat(rated.getReferralsAnsweredInTimePercent()).isEqualTo(100);
    assertThat(rated.getReports())
        .allSatisfy(
            r -> {
              assertThat(r.getStatus()).isEqualTo(ReportStatus.FILED);
              assertThat(r.isLate()).isFalse();
            });
    PartyReport qltt = rated.getReports().get(0);
    assertThat(qltt.getKpis()).isEqualTo(QLTT_QUARTER);
    assertThat(qltt.getFiledBy()).isEqualTo("canbo.qltttni");
    assertThat(qltt.getNarrative()).startsWith("Quý I");
    assertThat(runtimeService.getVariables(pi.getId()).keySet())
        .as("only ids, routing values and the period's label stay in the process")
        .containsExactlyInAnyOrder(
            Vars.AGREEMENT_ID,
            Vars.AGREEMENT_CODE,
            Vars.LEAD_AGENCY,
            Vars.PARTIES,
            Vars.PERIOD_KIND,
            Vars.PERIOD_YEAR,
            Vars.PERIOD_NUMBER,
            Vars.EVALUATION_ID,
            Vars.PERIOD_LABEL,
            Vars.REPORTING_FROM,
            Vars.REVIEW_CONFERENCE,
            Vars.EVALUATION_RATING,
            Vars.REPORTS_SUMMARY);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.PERIOD_LABEL))
        .isEqualTo("Quý I năm 2026 (15/12/2025 – 14/03/2026)");
    // the conclusion form shows the reports as filed, each party by name
    assertThat((String) runtimeService.getVariable(pi.getId(), Vars.REPORTS_SUMMARY))
        .startsWith("### Báo cáo của các bên — Quý I năm 2026 (15/12/2025 – 14/03/2026)")
        .contains("**1. Chi cục Quản lý thị trường tỉnh Tây Ninh** — Đã nộp, nộp lúc ")
        .contains("*Kết quả thực hiện:* Quý I")
        .doesNotContain("QLTT-TNI");
    assertThat(task(pi, Elements.CONCLUDE)).hasCandidateGroup("QLTT-TNI.leader");

    conclude(pi, "lanhdao.qltttni", Conclusion.CONTINUE, null);

    assertThat(pi).isEnded().hasPassed(Elements.NOTIFY_CONCLUSION, Elements.END);
    assertConclusionReachedTheCaller(started, Conclusion.CONTINUE, "EndEvent_Continued");
    Evaluation concluded = evaluation(pi);
    assertThat(concluded.getStatus()).isEqualTo(EvaluationStatus.CONCLUDED);
    assertThat(concluded.getConcludedBy()).isEqualTo("lanhdao.qltttni");
    assertThat(notifications(started.code()))
        .filteredOn(n -> n.subject().startsWith("[PhoiHop] Kết luận kỳ đánh giá Quý I năm 2026"))
        .extracting(Sent::recipient)
        .contains(
            "canbo.qltttni", "lanhdao.qltttni", "canbo.scttni", "lanhdao.scttni", "lanhdao.catni");
  }

  @Test
  void lateReportIsAcceptedUntilTheLeadClosesTheReportingAndItsLatenessIsRecorded() {
    // Monday 15 June 2026: quarter II ended on the 14th; reports due Monday 29 June.
    now(2026, 6, 15, 8, 0);
    Started started =
        startFromCaller("QLTT-TNI", List.of("QLTT-TNI", "CA-TNI"), PeriodKind.QUARTER, 2026, 2);
    ProcessInstance pi = started.evaluation();
    now(2026, 6, 22, 9, 0);
    file(pi, "QLTT-TNI.staff", "canbo.qltttni", QLTT_QUARTER);

    // The police's reminder (3 working days before), then the deadline, then the escalation.
    Task police = taskFor(pi, Elements.FILE_REPORT, "CA-TNI.liaison");
    List<Job> policeTimers = timeoutJobsOf(police);
    assertThat(policeTimers.stream().map(Job::getDuedate))
        .containsExactly(
            morningOf(LocalDate.of(2026, 6, 24)), morningOf(LocalDate.of(2026, 6, 30)));
    fire(policeTimers.get(0));
    assertThat(notifications(started.code()))
        .filteredOn(n -> n.kind().equals("REMINDER"))
        .extracting(Sent::recipient)
        .containsExactly("daumoi.catni");

    Job deadline = timer(pi, Elements.REPORTING_DEADLINE);
    assertThat(deadline.getDuedate()).isEqualTo(endOfDay(LocalDate.of(2026, 6, 29)));
    fire(deadline);
    assertThat(pi)
        .hasPassed(Elements.REPORTING_DEADLINE, Elements.MARK_OVERDUE)
        .isWaitingAt(Elements.FILE_REPORT, Elements.CLOSE_REPORTING);
    assertThat(task(pi, Elements.CLOSE_REPORTING)).hasCandidateGroup("QLTT-TNI.staff");
    PartyReport overdue = evaluation(pi).getReports().get(1);
    assertThat(overdue.getAgencyCode()).isEqualTo("CA-TNI");
    assertThat(overdue.getStatus()).isEqualTo(ReportStatus.OVERDUE);
    assertThat(overdue.getOverdueSince()).isNotNull();
    assertThat(notifications(started.code()))
        .filteredOn(n -> n.subject().startsWith("[PhoiHop] Quá hạn nộp báo cáo kỳ đánh giá"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.recipient()).isEqualTo("canbo.qltttni");
              assertThat(n.body()).contains("Công an tỉnh Tây Ninh (CA-TNI)");
            });

    fire(policeTimers.get(1));
    assertThat(notifications(started.code()))
        .filteredOn(n -> n.kind().equals("ESCALATION"))
        .extracting(Sent::recipient)
        .containsExactly("lanhdao.catni");

    // Wednesday 1 July, two days after the deadline: the police still files, and it is accepted.
    now(2026, 7, 1, 9, 30);
    file(pi, "CA-TNI.liaison", "daumoi.catni", POLICE_QUARTER);

    assertThat(pi)
        .hasPassed(Elements.ALL_REPORTED)
        .hasNotPassed(Elements.REPORTING_CLOSED)
        .isWaitingAt(Elements.CONCLUDE);
    assertThat(tasks(pi, Elements.CLOSE_REPORTING)).as("closing no longer needed").isEmpty();
    Evaluation rated = evaluation(pi);
    PartyReport late = rated.getReports().get(1);
    assertThat(late.getStatus()).isEqualTo(ReportStatus.FILED);
    assertThat(late.isLate()).isTrue();
    assertThat(late.getDaysLate()).isEqualTo(2);
    assertThat(rated.getReports().get(0).isLate()).isFalse();
    assertThat(rated.getOnTimeReportPercent()).isEqualTo(50);
    assertThat(rated.getRating()).isEqualTo(Rating.FAIR);

    conclude(
        pi,
        "lanhdao.qltttni",
        Conclusion.PROPOSE_AMENDMENT,
        "Bổ sung điều khoản về thời hạn gửi báo cáo và trả lời vụ việc chuyển giao.");

    assertThat(pi).isEnded();
    assertConclusionReachedTheCaller(
        started, Conclusion.PROPOSE_AMENDMENT, "EndEvent_AmendmentProposed");
    assertThat(evaluation(pi).getConclusionNote()).startsWith("Bổ sung điều khoản");
  }

  @Test
  void leadClosesTheReportingWithoutTheSilentPartyWhichFailsThePeriodAndTerminationIsProposed() {
    // Month 10 of 2026 (15 Sep – 14 Oct); reports due Thursday 29 October.
    now(2026, 10, 15, 8, 0);
    Started started =
        startFromCaller("QLTT-TNI", List.of("QLTT-TNI", "HQ-KV17"), PeriodKind.MONTH, 2026, 10);
    ProcessInstance pi = started.evaluation();
    now(2026, 10, 20, 14, 0);
    file(pi, "QLTT-TNI.staff", "canbo.qltttni", QLTT_QUARTER);
    Job deadline = timer(pi, Elements.REPORTING_DEADLINE);
    assertThat(deadline.getDuedate()).isEqualTo(endOfDay(LocalDate.of(2026, 10, 29)));
    fire(deadline);

    Task close = task(pi, Elements.CLOSE_REPORTING);
    assertRefused(
        () -> complete(close, "canbo.qltttni", Map.of(FormFields.CLOSE_CONFIRMED, false)),
        FormFields.CLOSE_CONFIRMED);
    assertThat(pi).isWaitingAt(Elements.FILE_REPORT, Elements.CLOSE_REPORTING);

    now(2026, 11, 2, 9, 0);
    complete(
        task(pi, Elements.CLOSE_REPORTING),
        "canbo.qltttni",
        Map.of(
            FormFields.CLOSE_CONFIRMED,
            true,
            FormFields.CLOSE_NOTE,
            "Đã đôn đốc qua điện thoại ngày 30/10/2026."));

    assertThat(pi)
        .hasPassed(Elements.REPORTING_CLOSED)
        .hasNotPassed(Elements.ALL_REPORTED)
        .isWaitingAt(Elements.CONCLUDE);
    assertThat(tasks(pi, Elements.FILE_REPORT))
        .as("the customs report task is withdrawn")
        .isEmpty();
    Evaluation rated = evaluation(pi);
    assertThat(rated.getReportingClosedBy()).isEqualTo("canbo.qltttni");
    assertThat(rated.getReportingCloseNote()).contains("đôn đốc");
    assertThat(rated.getReports())
        .extracting(PartyReport::getAgencyCode, PartyReport::getStatus)
        .containsExactly(
            Tuple.tuple("QLTT-TNI", ReportStatus.FILED),
            Tuple.tuple("HQ-KV17", ReportStatus.MISSING));
    assertThat(rated.getMissingReports()).isEqualTo(1);
    assertThat(rated.getRating()).isEqualTo(Rating.FAIL);

    Task conclusion = task(pi, Elements.CONCLUDE);
    assertRefused(
        () ->
            complete(
                conclusion,
                "lanhdao.qltttni",
                Map.of(Vars.EVALUATION_CONCLUSION, "PROPOSE_TERMINATION")),
        FormFields.CONCLUSION_NOTE);
    assertRefused(
        () ->
            complete(conclusion, "lanhdao.qltttni", Map.of(Vars.EVALUATION_CONCLUSION, "GIVE_UP")),
        Vars.EVALUATION_CONCLUSION);
    assertThat(evaluation(pi).getStatus()).isEqualTo(EvaluationStatus.RATED);

    conclude(
        pi,
        "lanhdao.qltttni",
        Conclusion.PROPOSE_TERMINATION,
        "Hải quan không tham gia, không báo cáo; đề nghị chấm dứt và thay bằng kế hoạch phối hợp mới.");

    assertConclusionReachedTheCaller(
        started, Conclusion.PROPOSE_TERMINATION, "EndEvent_TerminationProposed");
  }

  @Test
  void halfYearEndsWithAnInterimReviewConferenceWhoseMinutesAreRecordedOnItsDay() {
    now(2026, 6, 15, 8, 0);
    Started started =
        startFromCaller(
            "QLTT-TNI", List.of("QLTT-TNI", "SCT-TNI"), PeriodKind.HALF_YEAR, 2026, null);
    ProcessInstance pi = started.evaluation();
    assertThat(evaluation(pi).getPeriodStart()).isEqualTo(LocalDate.of(2025, 12, 15));
    now(2026, 6, 19, 10, 0);
    file(pi, "QLTT-TNI.staff", "canbo.qltttni", QLTT_QUARTER);
    file(pi, "SCT-TNI.staff", "canbo.scttni", SCT_QUARTER);

    assertThat(pi).hasPassed(Elements.RECORD_RATING).isWaitingAt(Elements.SCHEDULE_CONFERENCE);
    Task schedule = task(pi, Elements.SCHEDULE_CONFERENCE);
    assertThat(schedule).hasCandidateGroup("QLTT-TNI.staff");
    assertRefused(
        () -> complete(schedule, "canbo.qltttni", conference("2026-06-10T08:00")),
        FormFields.CONFERENCE_DATE);
    complete(schedule, "canbo.qltttni", conference("2026-07-10T08:30"));

    assertThat(pi).isWaitingAt(Elements.CONFERENCE_DAY);
    Evaluation scheduled = evaluation(pi);
    assertThat(scheduled.getStatus()).isEqualTo(EvaluationStatus.CONFERENCE_SCHEDULED);
    ReviewConference conference = scheduled.getConference().orElseThrow();
    assertThat(conference.getKind()).isEqualTo(ConferenceKind.INTERIM);
    assertThat(conference.getHeldAt())
        .isEqualTo(LocalDateTime.of(2026, 7, 10, 8, 30).atZone(Clocks.ZONE).toInstant());
    assertThat(conference.getParticipants()).contains("Sở Công Thương");
    Job conferenceDay = timer(pi, Elements.CONFERENCE_DAY);
    assertThat(conferenceDay.getDuedate().toInstant()).isEqualTo(conference.getHeldAt());

    fire(conferenceDay);
    Task minutes = task(pi, Elements.RECORD_MINUTES);
    assertThat(minutes).hasCandidateGroup("QLTT-TNI.staff");
    // 5 working days after Friday 10 July.
    assertThat(minutes.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 7, 17)));
    complete(
        minutes,
        "canbo.qltttni",
        Map.of(
            FormFields.CONFERENCE_MINUTES,
                "Hội nghị sơ kết 6 tháng đầu năm 2026 quy chế phối hợp giữa Chi cục QLTT và Sở Công Thương ...",
            FormFields.CONFERENCE_CONCLUSIONS,
                "Tiếp tục thực hiện; tăng cường kiểm tra liên ngành mặt hàng xăng dầu dịp cuối năm."));

    assertThat(pi)
        .hasPassed(Elements.RECORD_MINUTES, Elements.CONFERENCE_DONE)
        .isWaitingAt(Elements.CONCLUDE);
    ReviewConference held = evaluation(pi).getConference().orElseThrow();
    assertThat(held.getMinutes()).startsWith("Hội nghị sơ kết");
    assertThat(held.getConclusions()).contains("xăng dầu");
    assertThat(held.getRecordedBy()).isEqualTo("canbo.qltttni");

    conclude(
        pi, "lanhdao.qltttni", Conclusion.CONTINUE, "Thống nhất kết luận của hội nghị sơ kết.");
    assertConclusionReachedTheCaller(started, Conclusion.CONTINUE, "EndEvent_Continued");
    assertThat(evaluation(pi).getStatus()).isEqualTo(EvaluationStatus.CONCLUDED);
  }

  @Test
  void yearEndsWithAFinalReviewConference() {
    // Tuesday 15 December 2026: the year's cut-off was the 14th; reports due Tuesday 29 December.
    now(2026, 12, 15, 8, 0);
    Started started =
        startFromCaller("QLTT-TNI", List.of("QLTT-TNI", "CA-TNI"), PeriodKind.YEAR, 2026, null);
    ProcessInstance pi = started.evaluation();
    assertThat(tasks(pi, Elements.FILE_REPORT))
        .allSatisfy(
            t -> assertThat(t.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 12, 29))));
    now(2026, 12, 28, 16, 0);
    file(pi, "QLTT-TNI.staff", "canbo.qltttni", LONG_AN_YEAR);
    file(pi, "CA-TNI.liaison", "daumoi.catni", POLICE_QUARTER);
    assertThat(evaluation(pi).getRating()).isEqualTo(Rating.GOOD);

    // A date alone means 08:00 that day.
    complete(task(pi, Elements.SCHEDULE_CONFERENCE), "canbo.qltttni", conference("2027-01-08"));
    ReviewConference conference = evaluation(pi).getConference().orElseThrow();
    assertThat(conference.getKind()).isEqualTo(ConferenceKind.FINAL);
    assertThat(conference.getHeldAt())
        .isEqualTo(LocalDateTime.of(2027, 1, 8, 8, 0).atZone(Clocks.ZONE).toInstant());
    fire(timer(pi, Elements.CONFERENCE_DAY));
    complete(
        task(pi, Elements.RECORD_MINUTES),
        "canbo.qltttni",
        Map.of(
            FormFields.CONFERENCE_MINUTES,
                "Hội nghị tổng kết năm 2026 quy chế phối hợp giữa Chi cục QLTT và Công an tỉnh ...",
            FormFields.CONFERENCE_CONCLUSIONS,
                "Đề nghị sửa đổi quy chế: bổ sung phối hợp trong thương mại điện tử."));

    conclude(
        pi,
        "lanhdao.qltttni",
        Conclusion.PROPOSE_AMENDMENT,
        "Theo kết luận hội nghị tổng kết: bổ sung lĩnh vực thương mại điện tử.");

    assertThat(pi).isEnded();
    assertConclusionReachedTheCaller(
        started, Conclusion.PROPOSE_AMENDMENT, "EndEvent_AmendmentProposed");
    Evaluation concluded = evaluation(pi);
    assertThat(concluded.getConference().orElseThrow().getConclusions())
        .contains("thương mại điện tử");
    assertThat(concluded.getReports().get(0).getKpis().budgetPaidVnd()).isEqualTo(4_600_000_000L);
  }

  @Test
  void reportWithNegativeOrFractionalFiguresIsRefusedAndTheTaskStaysOpen() {
    now(2026, 9, 15, 8, 0);
    ProcessInstance pi =
        startDirectly(
            code(), "QLTT-TNI", List.of("QLTT-TNI", "SCT-TNI"), PeriodKind.QUARTER, 2026, 3);
    Task sct = taskFor(pi, Elements.FILE_REPORT, "SCT-TNI.staff");

    Map<String, Object> negative = reportForm(SCT_QUARTER, "Quý III");
    negative.put(FormFields.INSPECTIONS, -3);
    assertRefused(() -> complete(sct, "canbo.scttni", negative), FormFields.INSPECTIONS);
    Map<String, Object> fractional = reportForm(SCT_QUARTER, "Quý III");
    fractional.put(FormFields.BUDGET_PAID_VND, 1_500_000.5);
    assertRefused(() -> complete(sct, "canbo.scttni", fractional), FormFields.BUDGET_PAID_VND);
    Map<String, Object> missingFigure = reportForm(SCT_QUARTER, "Quý III");
    missingFigure.remove(FormFields.JOINT_INSPECTIONS);
    assertRefused(() -> complete(sct, "canbo.scttni", missingFigure), FormFields.JOINT_INSPECTIONS);
    Map<String, Object> noNarrative = reportForm(SCT_QUARTER, " ");
    assertRefused(() -> complete(sct, "canbo.scttni", noNarrative), FormFields.NARRATIVE);
    // Another agency's staff may not file it at all.
    assertThatThrownBy(() -> complete(sct, "canbo.qltttni", reportForm(SCT_QUARTER, "Quý III")))
        .isInstanceOf(AuthorizationException.class);

    assertThat(taskService.createTaskQuery().taskId(sct.getId()).count())
        .as("task stays open")
        .isEqualTo(1);
    assertThat(evaluation(pi).getReports().get(1).getStatus()).isEqualTo(ReportStatus.PENDING);
    assertThat(runtimeService.getVariables(pi.getId()))
        .doesNotContainKeys(FormFields.INSPECTIONS, FormFields.NARRATIVE);

    // Money typed with thousands separators, counts as text: accepted.
    Map<String, Object> typed = reportForm(SCT_QUARTER, "Quý III");
    typed.put(FormFields.BUDGET_PAID_VND, "4.600.000.000");
    typed.put(FormFields.INSPECTIONS, "35");
    complete(
        taskService.createTaskQuery().taskId(sct.getId()).singleResult(), "canbo.scttni", typed);
    PartyReport filed = evaluation(pi).getReports().get(1);
    assertThat(filed.getStatus()).isEqualTo(ReportStatus.FILED);
    assertThat(filed.getKpis().budgetPaidVnd()).isEqualTo(4_600_000_000L);
    assertThat(filed.getKpis().inspections()).isEqualTo(35L);
    assertThat(runtimeService.getVariables(pi.getId()))
        .doesNotContainKeys(FormFields.BUDGET_PAID_VND, FormFields.NARRATIVE);
  }

  @Test
  void startIsRefusedWhenTheInputContractIsBroken() {
    now(2026, 3, 16, 8, 0);
    String code = code();
    assertRefused(
        () ->
            startDirectly(
                code, "QLTT-TNI", List.of("SCT-TNI", "CA-TNI"), PeriodKind.QUARTER, 2026, 1),
        Vars.PARTIES);
    assertRefused(
        () ->
            startDirectly(
                code, "QLTT-TNI", List.of("QLTT-TNI", "XX-NOWHERE"), PeriodKind.QUARTER, 2026, 1),
        Vars.PARTIES);
    assertRefused(
        () -> startDirectly(code, "QLTT-TNI", List.of("QLTT-TNI", "SCT-TNI"), null, 2026, 1),
        Vars.PERIOD_KIND);
    assertRefused(
        () ->
            startDirectly(
                code, "QLTT-TNI", List.of("QLTT-TNI", "SCT-TNI"), PeriodKind.QUARTER, 2026, 5),
        Vars.PERIOD_NUMBER);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count())
        .isZero();

    long agreementId = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
    startDirectly(
        agreementId, code, "QLTT-TNI", List.of("QLTT-TNI", "SCT-TNI"), PeriodKind.QUARTER, 2026, 1);
    assertThatThrownBy(
            () ->
                startDirectly(
                    agreementId,
                    code,
                    "QLTT-TNI",
                    List.of("QLTT-TNI", "SCT-TNI"),
                    PeriodKind.QUARTER,
                    2026,
                    1))
        .satisfies(
            thrown ->
                assertThat(apiExceptionIn(thrown))
                    .hasMessageContaining("đã có kỳ đánh giá Quý I năm 2026"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(code).count())
        .isEqualTo(1);
  }

  // ------------------------------------------------------------------ referral figures

  @Test
  void aPartysReportOpensWithTheReferralsItTransferredInThePeriodIncludingOneExtendedOnce() {
    // Vĩnh Long, quarter III of 2026 (15 June – 14 September). Referrals of the Chi cục's team 5:
    ReferralFixtures fixtures = new ReferralFixtures(entityManager, transactionManager);
    // received in time; its clock (22 July) extended once by two months to 22 September, and
    // decided within it on 2 September (not prosecuted), the dossier back on 5 September;
    fixtures
        .openedBy("QLTT-VLG-D5", "QLTT-VLG")
        .handedOver(LocalDate.of(2026, 7, 1))
        .received(LocalDate.of(2026, 7, 2), LocalDate.of(2026, 7, 22))
        .extended(2, LocalDate.of(2026, 7, 15), LocalDate.of(2026, 9, 22))
        .notProsecuted(LocalDate.of(2026, 9, 2))
        .returned(LocalDate.of(2026, 9, 5))
        .save();
    // received three days late, prosecuted after its clock ended (3 August);
    fixtures
        .openedBy("QLTT-VLG-D5", "QLTT-VLG")
        .handedOver(LocalDate.of(2026, 7, 10))
        .received(LocalDate.of(2026, 7, 14), LocalDate.of(2026, 8, 3))
        .prosecuted(LocalDate.of(2026, 8, 10))
        .save();
    // received in time, its decision not due before the period ends (26 September).
    fixtures
        .openedBy("QLTT-VLG-D5", "QLTT-VLG")
        .handedOver(LocalDate.of(2026, 9, 5))
        .received(LocalDate.of(2026, 9, 6), LocalDate.of(2026, 9, 26))
        .save();
    // Not of this period: quarter II, and another province.
    fixtures
        .openedBy("QLTT-VLG-D5", "QLTT-VLG")
        .handedOver(LocalDate.of(2026, 6, 12))
        .received(LocalDate.of(2026, 6, 13), LocalDate.of(2026, 7, 3))
        .prosecuted(LocalDate.of(2026, 6, 30))
        .save();
    fixtures.openedBy("QLTT-DTP", "QLTT-DTP").handedOver(LocalDate.of(2026, 8, 1)).save();

    now(2026, 9, 15, 8, 0);
    ProcessInstance pi =
        startDirectly(
            code(), "QLTT-VLG", List.of("QLTT-VLG", "CA-VLG"), PeriodKind.QUARTER, 2026, 3);
    Evaluation opened = evaluation(pi);
    assertThat(opened.getPeriodStart()).isEqualTo(LocalDate.of(2026, 6, 15));
    assertThat(opened.getPeriodEnd()).isEqualTo(LocalDate.of(2026, 9, 14));

    // What the Chi cục's report form opens with: its referrals of that window, counted.
    ReferralFigures expected =
        referralStatistics.figures("QLTT-VLG", opened.getPeriodStart(), opened.getPeriodEnd());
    assertThat(expected).isEqualTo(new ReferralFigures(3, 2, 2, 1, 1, 1, 0));
    Task qltt = taskFor(pi, Elements.FILE_REPORT, "QLTT-VLG.staff");
    Map<String, Object> shown = taskService.getVariables(qltt.getId());
    assertThat(prefilled(shown))
        .containsExactly(
            Map.entry(FormFields.CASES_TRANSFERRED, 3L),
            Map.entry(FormFields.REFERRALS_ACKNOWLEDGED_IN_TIME, 2L),
            Map.entry(FormFields.REFERRAL_DECISIONS_DUE, 2L),
            Map.entry(FormFields.REFERRALS_ANSWERED_IN_TIME, 1L),
            Map.entry(FormFields.CASES_PROSECUTED, 1L),
            Map.entry(FormFields.CASES_RETURNED, 1L),
            Map.entry(FormFields.CASES_SANCTIONED, 0L));
    assertThat(prefilled(shown).values())
        .containsExactly(
            expected.transferred(),
            expected.acknowledgedInTime(),
            expected.decisionsDue(),
            expected.decidedInTime(),
            expected.prosecuted(),
            expected.returned(),
            expected.sanctioned());
    assertThat(shown.get(Vars.REFERRAL_FIGURES_SUMMARY))
        .isEqualTo(
            "đã chuyển 3 vụ; cơ quan tiếp nhận xác nhận nhận hồ sơ đúng hạn 2 vụ (66%); đến hạn"
                + " giải quyết 2 vụ, giải quyết trong thời hạn luật định 1 vụ (50%); khởi tố 1 vụ;"
                + " trả lại hồ sơ 1 vụ; xử phạt hành chính sau khi nhận lại hồ sơ 0 vụ.");
    assertThat(taskService.getVariablesLocal(qltt.getId()))
        .as("the figures are not the task's own variables: a submission replaces them")
        .doesNotContainKey(FormFields.CASES_TRANSFERRED);
    // The police receives referrals and transfers none: nothing to count, no share to show.
    Map<String, Object> police =
        taskService.getVariables(taskFor(pi, Elements.FILE_REPORT, "CA-VLG.liaison").getId());
    assertThat(prefilled(police).values()).containsOnly(0L);
    assertThat((String) police.get(Vars.REFERRAL_FIGURES_SUMMARY))
        .startsWith("đã chuyển 0 vụ; cơ quan tiếp nhận xác nhận nhận hồ sơ đúng hạn 0 vụ (không")
        .contains("giải quyết trong thời hạn luật định 0 vụ (không có vụ nào đến hạn");
    assertThat(evaluation(pi).getReports())
        .extracting(PartyReport::getAgencyCode, r -> r.getReferralPrefill().figures())
        .containsExactly(
            Tuple.tuple("QLTT-VLG", expected), Tuple.tuple("CA-VLG", ReferralFigures.NONE));

    // Both confirm the figures in Tasklist: the form sends back what it showed.
    now(2026, 9, 18, 10, 0);
    Map<String, Object> confirmed = reportForm(QLTT_QUARTER, "Quý III: đã phối hợp kiểm tra");
    confirmed.remove(FormFields.REFERRAL_FIGURES_CORRECTION);
    prefilled(shown).forEach((field, value) -> confirmed.put(field, ((Long) value).intValue()));
    submitForm(qltt, "canbo.qlttvlg", confirmed);
    Map<String, Object> policeForm = reportForm(POLICE_QUARTER, "Quý III");
    policeForm.remove(FormFields.REFERRAL_FIGURES_CORRECTION);
    submitForm(taskFor(pi, Elements.FILE_REPORT, "CA-VLG.liaison"), "daumoi.cavlg", policeForm);

    Evaluation rated = evaluation(pi);
    PartyReport filed = rated.getReports().get(0);
    assertThat(filed.getKpis().casesTransferred()).isEqualTo(3L);
    assertThat(filed.getKpis().referralDecisionsDue()).isEqualTo(2L);
    assertThat(filed.getKpis().referralsAnsweredInTime()).isEqualTo(1L);
    assertThat(filed.getReferralFiguresCorrection()).isNull();
    // 1 of the 2 decisions due in time: under the 70 % of "Khá", not under the 50 % limit.
    assertThat(rated.getReferralsAnsweredInTimePercent()).isEqualTo(50);
    assertThat(rated.getRating()).isEqualTo(Rating.PASS);
  }

  @Test
  void aReferralFigureThatDiffersFromThePrefilledOneNeedsAReasonAndIsStoredWithIt() {
    // Quảng Ngãi, quarter II of 2026: one case of the border team, decided in time, prosecuted.
    new ReferralFixtures(entityManager, transactionManager)
        .openedBy("QLTT-QNG-D2", "QLTT-QNG")
        .handedOver(LocalDate.of(2026, 4, 10))
        .received(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 30))
        .prosecuted(LocalDate.of(2026, 4, 20))
        .save();
    now(2026, 6, 15, 8, 0);
    ProcessInstance pi =
        startDirectly(
            code(), "QLTT-QNG", List.of("QLTT-QNG", "QLTT-QNG-D2"), PeriodKind.QUARTER, 2026, 2);
    Task chiCuc = taskFor(pi, Elements.FILE_REPORT, "QLTT-QNG.staff");
    assertThat(taskService.getVariables(chiCuc.getId()))
        .containsEntry(FormFields.CASES_TRANSFERRED, 1L)
        .containsEntry(FormFields.CASES_PROSECUTED, 1L);

    // The Chi cục also counts a case one of its teams handed over on paper.
    now(2026, 6, 19, 9, 0);
    Map<String, Object> corrected = reportForm(SCT_QUARTER, "Quý II");
    corrected.remove(FormFields.REFERRAL_FIGURES_CORRECTION);
    corrected.remove(FormFields.CASES_PROSECUTED); // left as pre-filled
    corrected.put(FormFields.CASES_TRANSFERRED, 2);
    corrected.put(FormFields.REFERRALS_ACKNOWLEDGED_IN_TIME, 1);
    corrected.put(FormFields.REFERRAL_DECISIONS_DUE, 1);
    corrected.put(FormFields.REFERRALS_ANSWERED_IN_TIME, 1);
    // Without a reason: refused, in Tasklist and over the REST API alike; the task stays open.
    assertThatThrownBy(() -> submitForm(chiCuc, "canbo.qlttqng", corrected))
        .satisfies(
            thrown -> {
              DomainException refusal = apiExceptionIn(thrown);
              assertThat(refusal.field()).isEqualTo(FormFields.REFERRAL_FIGURES_CORRECTION);
              assertThat(refusal.getMessage())
                  .isEqualTo(
                      "Số liệu chuyển hồ sơ khác số liệu từ hệ thống (\"Số vụ chuyển cơ quan điều"
                          + " tra\": hệ thống 1, báo cáo 2). Vui lòng nêu lý do điều chỉnh số liệu"
                          + " chuyển hồ sơ.");
            });
    corrected.put(FormFields.REFERRAL_FIGURES_CORRECTION, "   ");
    assertRefused(
        () -> complete(chiCuc, "canbo.qlttqng", corrected), FormFields.REFERRAL_FIGURES_CORRECTION);
    assertThat(taskService.createTaskQuery().taskId(chiCuc.getId()).count())
        .as("task stays open")
        .isEqualTo(1);
    assertThat(evaluation(pi).getReports().get(0).getStatus()).isEqualTo(ReportStatus.PENDING);

    // With the reason: stored beside the figures it was offered.
    String reason = "Bổ sung 01 vụ Đội QLTT số 2 chuyển ngày 12/05/2026 bằng hồ sơ giấy.";
    corrected.put(FormFields.REFERRAL_FIGURES_CORRECTION, reason);
    complete(chiCuc, "canbo.qlttqng", corrected);
    PartyReport filed = evaluation(pi).getReports().get(0);
    assertThat(filed.getAgencyCode()).isEqualTo("QLTT-QNG");
    assertThat(filed.getStatus()).isEqualTo(ReportStatus.FILED);
    assertThat(filed.getKpis().casesTransferred()).isEqualTo(2L);
    assertThat(filed.getKpis().casesProsecuted()).as("left as pre-filled").isEqualTo(1L);
    assertThat(filed.getReferralPrefill().figures())
        .isEqualTo(new ReferralFigures(1, 1, 1, 1, 1, 0, 0));
    assertThat(filed.getReferralFiguresCorrection()).isEqualTo(reason);
    assertThat(filed.getReferralFiguresAt())
        .isEqualTo(ZonedDateTime.of(2026, 6, 15, 8, 0, 0, 0, Clocks.ZONE).toInstant());
    EvaluationView.Party view = EvaluationView.of(evaluation(pi), code -> code).parties().get(0);
    assertThat(view.referralFigures())
        .containsEntry(FormFields.CASES_TRANSFERRED, 1L)
        .containsEntry(FormFields.REFERRALS_ANSWERED_IN_TIME, 1L);
    assertThat(view.kpis()).containsEntry(FormFields.CASES_TRANSFERRED, 2L);
    assertThat(view.referralFiguresCorrection()).isEqualTo(reason);
    assertThat(view.referralsDecidedInTimePercent()).isEqualTo(100);
    assertThat(runtimeService.getVariables(pi.getId()))
        .doesNotContainKeys(
            FormFields.REFERRAL_FIGURES_CORRECTION,
            FormFields.CASES_TRANSFERRED,
            FormFields.CASES_PROSECUTED);

    // The team confirms its own figures; the conference and conclusion read the correction.
    Task team = taskFor(pi, Elements.FILE_REPORT, "QLTT-QNG-D2.staff");
    Map<String, Object> teamForm = reportForm(SCT_QUARTER, "Quý II");
    teamForm.remove(FormFields.REFERRAL_FIGURES_CORRECTION);
    for (Kpi kpi : Kpi.values()) {
      if (kpi.fromReferrals()) {
        teamForm.remove(kpi.field());
      }
    }
    complete(team, "canbo.qlttqngd2", teamForm);
    assertThat(pi).hasPassed(Elements.SUMMARIZE);
    assertThat((String) runtimeService.getVariable(pi.getId(), Vars.REPORTS_SUMMARY))
        .contains(
            "*Điều chỉnh số liệu chuyển hồ sơ* (số liệu từ hệ thống: đã chuyển 1 vụ;",
            "*Lý do:* " + reason);
    assertThat(evaluation(pi).getReports().get(1).getKpis().casesTransferred())
        .as("the team's own report of the same case")
        .isEqualTo(1L);
    // The Tasklist case file beside the lead's next task shows the same.
    EvaluationCaseFiles.File file =
        caseFiles
            .readable(
                evaluation(pi).getId(),
                new PhoiHopUser(
                    "canbo.qlttqng", List.of("QLTT-QNG", "staff", "QLTT-QNG.staff"), "QLTT-QNG"))
            .orElseThrow();
    assertThat(file.reports().get(0).prefilledReferralFigures()).startsWith("đã chuyển 1 vụ;");
    assertThat(file.reports().get(0).referralFiguresCorrection()).isEqualTo(reason);
    assertThat(file.reports().get(0).figures())
        .contains(new EvaluationCaseFiles.Figure("Số vụ chuyển cơ quan điều tra", "2"));
    assertThat(file.reports().get(1).referralFiguresCorrection()).isNull();
    assertThat(file.reports().get(1).prefilledReferralFigures()).isNull();
  }

  /** The referral figures among a report task's variables, in form order. */
  private static Map<String, Object> prefilled(Map<String, Object> variables) {
    Map<String, Object> figures = new LinkedHashMap<>();
    for (Kpi kpi : Kpi.values()) {
      if (kpi.fromReferrals()) {
        figures.put(kpi.field(), variables.get(kpi.field()));
      }
    }
    return figures;
  }

  /** Claims and submits the task's form as Tasklist does ({@code submit-form}). */
  private void submitForm(Task task, String userId, Map<String, Object> form) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    Task current = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    identityService.setAuthentication(userId, groups);
    try {
      if (current.getAssignee() == null) {
        taskService.claim(task.getId(), userId);
      }
      formService.submitTaskForm(task.getId(), new HashMap<>(form));
    } finally {
      identityService.clearAuthentication();
    }
    runAsyncContinuations(task.getProcessInstanceId());
  }

  // ------------------------------------------------------------------ figures

  /**
   * A quarter of the Long An QLTT year (docs/domain.md#kpis), rounded: its 4 referrals received and
   * decided in time.
   */
  static final Kpis QLTT_QUARTER =
      new Kpis(
          305L,
          189L,
          189L,
          2_400_000_000L,
          1_150_000_000L,
          1_250_000_000L,
          4L,
          0L,
          6L,
          292L,
          1L,
          4L,
          4L,
          4L,
          0L,
          0L);

  static final Kpis SCT_QUARTER =
      new Kpis(12L, 3L, 3L, 45_000_000L, 45_000_000L, 0L, 0L, 0L, 9L, 8L, 1L, 0L, 0L, 0L, 0L, 0L);

  /**
   * The police decided the four referrals in time; they count on the QLTT side (the transferring
   * one), so the police's own referral figures are 0.
   */
  static final Kpis POLICE_QUARTER =
      new Kpis(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 8L, 40L, 1L, 0L, 0L, 0L, 0L, 0L);

  /**
   * Long An QLTT, 2020 (docs/domain.md#kpis), with the assumptions of
   * EvaluationRatingDecisionTests.
   */
  static final Kpis LONG_AN_YEAR = EvaluationRatingDecisionTests.LONG_AN_QLTT;

  static final String CORRECTION = "Gồm các vụ đã chuyển trước khi đưa PhoiHop vào sử dụng.";

  // ------------------------------------------------------------------ helpers

  record Started(String code, ProcessInstance caller, ProcessInstance evaluation) {}

  record Sent(String recipient, String kind, String subject, String body) {}

  private Started startFromCaller(
      String lead, List<String> parties, PeriodKind kind, int year, Integer number) {
    String code = code();
    Map<String, Object> variables = new HashMap<>();
    variables.put(
        Vars.AGREEMENT_ID, ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE));
    variables.put(Vars.AGREEMENT_CODE, code);
    variables.put(Vars.LEAD_AGENCY, lead);
    variables.put(Vars.PARTIES, ProcessVariable.jsonList(parties));
    variables.put(Vars.PERIOD_KIND, kind.name());
    variables.put(Vars.PERIOD_YEAR, year);
    variables.put(Vars.PERIOD_NUMBER, number);
    ProcessInstance caller = runtimeService.startProcessInstanceByKey(CALLER, code, variables);
    ProcessInstance evaluation =
        runtimeService
            .createProcessInstanceQuery()
            .superProcessInstanceId(caller.getId())
            .singleResult();
    assertThat(evaluation).as("called evaluation").isNotNull();
    STARTED.add(evaluation.getId());
    return new Started(code, caller, evaluation);
  }

  private ProcessInstance startDirectly(
      String code, String lead, List<String> parties, PeriodKind kind, int year, Integer number) {
    return startDirectly(
        ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE),
        code,
        lead,
        parties,
        kind,
        year,
        number);
  }

  private ProcessInstance startDirectly(
      long agreementId,
      String code,
      String lead,
      List<String> parties,
      PeriodKind kind,
      int year,
      Integer number) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Vars.AGREEMENT_ID, agreementId);
    variables.put(Vars.AGREEMENT_CODE, code);
    variables.put(Vars.LEAD_AGENCY, lead);
    variables.put(Vars.PARTIES, ProcessVariable.jsonList(parties));
    variables.put(Vars.PERIOD_KIND, kind == null ? "WEEK" : kind.name());
    variables.put(Vars.PERIOD_YEAR, year);
    variables.put(Vars.PERIOD_NUMBER, number);
    ProcessInstance pi =
        runtimeService.startProcessInstanceByKey(EvaluationProcess.KEY, code, variables);
    STARTED.add(pi.getId());
    return pi;
  }

  private void assertConclusionReachedTheCaller(
      Started started, Conclusion conclusion, String endEvent) {
    assertThat(started.evaluation())
        .isEnded()
        .variables()
        .containsEntry(Vars.EVALUATION_CONCLUSION, conclusion.name());
    assertThat(started.caller()).isEnded().hasPassed(endEvent);
    Object evaluationId =
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(started.caller().getId())
            .variableName(Vars.EVALUATION_ID)
            .singleResult()
            .getValue();
    assertThat(evaluationId).isEqualTo(evaluation(started.evaluation()).getId());
    assertThat(evaluation(started.evaluation()).getConclusion()).isEqualTo(conclusion);
  }

  private static String code() {
    return "QC-2026-" + ThreadLocalRandom.current().nextInt(10_000, 100_000_000);
  }

  /** The evaluation of an instance, with its reports and conference loaded. */
  private Evaluation evaluation(ProcessInstance pi) {
    Long id =
        (Long)
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId())
                .variableName(Vars.EVALUATION_ID)
                .singleResult()
                .getValue();
    return transactions.execute(
        status -> {
          Evaluation evaluation = evaluations.findById(id).orElseThrow();
          evaluation.getReports();
          evaluation.getConference();
          return evaluation;
        });
  }

  private void file(ProcessInstance pi, String candidateGroup, String userId, Kpis kpis) {
    complete(
        taskFor(pi, Elements.FILE_REPORT, candidateGroup),
        userId,
        reportForm(kpis, "Quý I: đã phối hợp kiểm tra"));
  }

  private void conclude(ProcessInstance pi, String userId, Conclusion conclusion, String note) {
    Map<String, Object> form = new HashMap<>();
    form.put(Vars.EVALUATION_CONCLUSION, conclusion.name());
    if (note != null) {
      form.put(FormFields.CONCLUSION_NOTE, note);
    }
    String rating = evaluation(pi).getRating().name();
    complete(task(pi, Elements.CONCLUDE), userId, form);
    assertThat(
            history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId())
                .variableName(Vars.EVALUATION_RATING)
                .singleResult()
                .getValue())
        .isEqualTo(rating);
  }

  /**
   * The report form with these figures. This class's database has no referrals of the parties the
   * path tests use, so their pre-filled referral figures are 0: the form gives the reason for the
   * figures it reports instead.
   */
  private static Map<String, Object> reportForm(Kpis kpis, String narrative) {
    Map<String, Object> form = new LinkedHashMap<>();
    for (Kpi kpi : Kpi.values()) {
      Long value = kpi.of(kpis);
      // as Tasklist sends numbers: small ones as Integer, large ones as Long
      form.put(
          kpi.field(), value <= Integer.MAX_VALUE ? (Object) value.intValue() : (Object) value);
    }
    form.put(FormFields.NARRATIVE, narrative);
    form.put(FormFields.DIFFICULTIES, "Thiếu kinh phí cho kiểm tra liên ngành.");
    form.put(FormFields.REFERRAL_FIGURES_CORRECTION, CORRECTION);
    return form;
  }

  private static Map<String, Object> conference(String date) {
    return Map.of(
        FormFields.CONFERENCE_DATE, vn.phoihop.TestRequests.formDateTime(date),
        FormFields.CONFERENCE_VENUE, "Hội trường Sở Công Thương tỉnh Tây Ninh",
        FormFields.CONFERENCE_CHAIR, "Giám đốc Sở Công Thương",
        FormFields.CONFERENCE_PARTICIPANTS,
            "Chi cục Quản lý thị trường tỉnh Tây Ninh\nSở Công Thương tỉnh Tây Ninh\nCông an tỉnh Tây Ninh");
  }

  /** Claims and completes as Tasklist does, authenticated with the user's groups. */
  private void complete(Task task, String userId, Map<String, Object> form) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    Task current = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    identityService.setAuthentication(userId, groups);
    try {
      if (current.getAssignee() == null) {
        taskService.claim(task.getId(), userId);
      }
      taskService.complete(task.getId(), new HashMap<>(form));
    } finally {
      identityService.clearAuthentication();
    }
    runAsyncContinuations(task.getProcessInstanceId());
  }

  /**
   * The job executor is off in tests: run the jobs the engine left for it (a party's report
   * completes in its own job, the overdue reports are marked in another), as it would.
   */
  private void runAsyncContinuations(String processInstanceId) {
    List<Job> jobs;
    while (!(jobs =
            managementService
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .messages()
                .list())
        .isEmpty()) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private Task task(ProcessInstance pi, String key) {
    List<Task> tasks = tasks(pi, key);
    assertThat(tasks).as("open task %s", key).hasSize(1);
    return tasks.get(0);
  }

  private List<Task> tasks(ProcessInstance pi, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(key)
        .list();
  }

  private Task taskFor(ProcessInstance pi, String key, String candidateGroup) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceId(pi.getId())
            .taskDefinitionKey(key)
            .taskCandidateGroup(candidateGroup)
            .includeAssignedTasks()
            .singleResult();
    assertThat(task).as("task %s for %s", key, candidateGroup).isNotNull();
    return task;
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }

  private Job timer(ProcessInstance pi, String activityId) {
    List<Job> timers = timers(pi, activityId);
    assertThat(timers).as("timer %s", activityId).hasSize(1);
    return timers.get(0);
  }

  private List<Job> timers(ProcessInstance pi, String activityId) {
    return managementService
        .createJobQuery()
        .processInstanceId(pi.getId())
        .timers()
        .activityId(activityId)
        .list();
  }

  /**
   * The reminder and escalation timers ({@code timeout} task listeners) of one task, earliest
   * first.
   */
  private List<Job> timeoutJobsOf(Task task) {
    return managementService
        .createJobQuery()
        .executionId(task.getExecutionId())
        .activityId(task.getTaskDefinitionKey())
        .timers()
        .list()
        .stream()
        .sorted(Comparator.comparing(Job::getDuedate))
        .toList();
  }

  /** Moves the engine clock just past the timer's due date and fires it. */
  private void fire(Job timer) {
    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofSeconds(1))));
    managementService.executeJob(timer.getId());
    runAsyncContinuations(timer.getProcessInstanceId());
  }

  private List<Sent> notifications(String businessKey) {
    return jdbc.query(
        "select recipient_user_id, kind, subject, body from notification where business_key = ? order by id",
        (rs, i) -> new Sent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
        businessKey);
  }

  private static void now(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(
        Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, Clocks.ZONE).toInstant()));
  }

  private static Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(23, 59, 59).atZone(Clocks.ZONE).toInstant());
  }

  private static Date morningOf(LocalDate day) {
    return Date.from(day.atTime(8, 0).atZone(Clocks.ZONE).toInstant());
  }

  /** The step is refused naming {@code field}: the engine may wrap what a listener throws. */
  private static void assertRefused(ThrowingCallable step, String field) {
    assertThatThrownBy(step)
        .satisfies(thrown -> assertThat(apiExceptionIn(thrown).field()).isEqualTo(field));
  }

  private static DomainException apiExceptionIn(Throwable thrown) {
    Throwable cause = thrown;
    while (cause != null && !(cause instanceof DomainException)) {
      cause = cause.getCause();
    }
    assertThat(cause)
        .as("an DomainException in the cause chain of %s", thrown)
        .isInstanceOf(DomainException.class);
    return (DomainException) cause;
  }
}
