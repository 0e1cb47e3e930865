package vn.phoihop.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.campaign.CampaignProcess.Elements;
import vn.phoihop.campaign.CampaignProcess.FormFields;
import vn.phoihop.campaign.CampaignProcess.PeriodCampaigns;
import vn.phoihop.campaign.CampaignProcess.Vars;
import vn.phoihop.evaluation.PeriodKind;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;

/**
 * Every path of {@code report-campaign} and of the BCĐ 389 period timer ({@code
 * bcd389-period-campaigns}). Steps are taken as Tasklist takes them: the user, with their groups so
 * the engine's authorizations apply, claims and completes with the form's values; timers fire by
 * moving the engine clock. The class fails unless every flow node of both models was passed.
 */
@SpringBootTest
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@Import(CampaignCoverageConfiguration.class)
class CampaignProcessTests {

  private static final Set<String> STARTED = new LinkedHashSet<>();
  private static HistoryService history;
  private static RepositoryService repository;

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired CampaignRepository campaigns;
  @Autowired CampaignOpening opening;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    history = processEngine.getHistoryService();
    repository = processEngine.getRepositoryService();
  }

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  @AfterAll
  static void everyFlowNodeOfBothModelsWasPassed() {
    for (String key : List.of(CampaignProcess.KEY, PeriodCampaigns.KEY)) {
      String definitionId =
          repository
              .createProcessDefinitionQuery()
              .processDefinitionKey(key)
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
            .map(a -> a.endsWith("#multiInstanceBody") ? a.substring(0, a.indexOf('#')) : a)
            .forEach(passed::add);
      }
      Set<String> missed = new LinkedHashSet<>(flowNodes);
      missed.removeAll(passed);
      System.out.printf(
          "%s flow-node coverage: %d of %d%n",
          key, flowNodes.size() - missed.size(), flowNodes.size());
      assertThat(missed).as("flow nodes of %s never passed", key).isEmpty();
    }
  }

  // ------------------------------------------------------------------ paths

  @Test
  void quarterlyBcd389CampaignOpensOnItsTimerAndTheLateMemberIsFollowedUp() {
    // The period timer waits for 07:00 on the 15th of March, June, September or December.
    Job december = periodTimer();
    assertThat(december.getDuedate())
        .isEqualTo(at(LocalDate.of(2026, 12, 15), 7, 0))
        .as("the first firing after deployment (2 December 2026)");
    fire(december);
    // the year's campaigns (15/12/2025 – 14/12/2026) opened; the timer waits for March
    assertThat(campaign("BCD389-TNI", PeriodKind.YEAR, LocalDate.of(2025, 12, 15))).isNotNull();
    Job march = periodTimer();
    assertThat(march.getDuedate()).isEqualTo(at(LocalDate.of(2027, 3, 15), 7, 0));
    fire(march);

    // Quarter I of 2027, 15/12/2026 – 14/03/2027: one campaign per provincial committee
    ReportCampaign opened = campaign("BCD389-TNI", PeriodKind.QUARTER, LocalDate.of(2026, 12, 15));
    assertThat(opened.getKind()).isEqualTo(CampaignKind.BCD389_PERIODIC);
    assertThat(opened.getPeriodEnd()).isEqualTo(LocalDate.of(2027, 3, 14));
    assertThat(opened.getStartedBy()).isEqualTo("hệ thống");
    assertThat(opened.getSubmissions())
        .extracting(CampaignSubmission::getAgencyCode, CampaignSubmission::getStatus)
        .containsExactlyInAnyOrder(
            Tuple.tuple("QLTT-TNI", SubmissionStatus.PENDING),
            Tuple.tuple("CA-TNI", SubmissionStatus.PENDING),
            Tuple.tuple("HQ-KV17", SubmissionStatus.PENDING),
            Tuple.tuple("BDBP-TNI", SubmissionStatus.PENDING),
            Tuple.tuple("SCT-TNI", SubmissionStatus.PENDING));
    long committees =
        campaigns.findAll().stream()
            .filter(c -> c.getPeriodKind() == PeriodKind.QUARTER)
            .filter(c -> c.getPeriodStart().equals(LocalDate.of(2026, 12, 15)))
            .count();
    assertThat(committees).as("one per provincial committee in force").isEqualTo(34);
    // 5 working days after Monday 15 March: Monday 22 March, end of day
    Date due = endOfDay(LocalDate.of(2027, 3, 22));
    assertThat(opened.getDeadline()).isEqualTo(due.toInstant());

    ProcessInstance pi = instance(opened.getCode());
    assertThat(pi).isWaitingAt(Elements.PREPARE_BCD389);
    List<Task> prepare = tasks(pi, Elements.PREPARE_BCD389);
    assertThat(prepare).hasSize(5).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(due));
    assertThat(
            taskService.getVariable(
                taskFor(pi, Elements.PREPARE_BCD389, "CA-TNI").getId(), Vars.DEADLINE_LABEL))
        .isEqualTo("22/03/2027");
    // reminder 2 working days before, escalation at the deadline
    assertThat(
            timeoutJobsOf(taskFor(pi, Elements.PREPARE_BCD389, "SCT-TNI")).stream()
                .map(Job::getDuedate))
        .containsExactly(morningOf(LocalDate.of(2027, 3, 18)), due);

    // Another province's officer can neither claim nor complete Tây Ninh's report.
    Task police = taskFor(pi, Elements.PREPARE_BCD389, "CA-TNI");
    assertThatThrownBy(
            () -> as("canbo.sctvlg", () -> taskService.claim(police.getId(), "canbo.sctvlg")))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(
            () -> as("canbo.sctvlg", () -> taskService.complete(police.getId(), bcd389(10))))
        .isInstanceOf(AuthorizationException.class);

    now(2027, 3, 16, 9, 0);
    // Bad figures are refused naming the field; the task stays open.
    Map<String, Object> negative = bcd389(10);
    negative.put(FormFields.INSPECTIONS, -3);
    assertRefused(() -> complete(police, "daumoi.catni", negative), FormFields.INSPECTIONS);
    Map<String, Object> noNarrative = bcd389(10);
    noNarrative.remove(FormFields.NARRATIVE);
    assertRefused(() -> complete(police, "daumoi.catni", noNarrative), FormFields.NARRATIVE);
    assertThat(tasks(pi, Elements.PREPARE_BCD389)).hasSize(5);

    for (String[] member :
        new String[][] {
          {"QLTT-TNI", "canbo.qltttni", "lanhdao.qltttni"},
          {"CA-TNI", "daumoi.catni", "lanhdao.catni"},
          {"HQ-KV17", "daumoi.hqkv17", "lanhdao.hqkv17"},
          {"BDBP-TNI", "daumoi.bdbptni", "lanhdao.bdbptni"}
        }) {
      complete(taskFor(pi, Elements.PREPARE_BCD389, member[0]), member[1], bcd389(20));
      approve(pi, member[0], member[2]);
    }
    // The Sở prepares; its leader sends it back once.
    complete(taskFor(pi, Elements.PREPARE_BCD389, "SCT-TNI"), "canbo.scttni", bcd389(1));
    Task approval = taskFor(pi, Elements.APPROVE, "SCT-TNI");
    assertThat((String) taskService.getVariable(approval.getId(), Vars.REPORT_SUMMARY))
        .contains("Số cuộc kiểm tra: 1")
        .contains("Thu nộp ngân sách: 1.000.000 đồng");
    assertRefused(
        () -> complete(approval, "lanhdao.scttni", Map.of(Vars.APPROVAL_DECISION, "RETURN")),
        FormFields.RETURN_REASON);
    complete(
        approval,
        "lanhdao.scttni",
        Map.of(
            Vars.APPROVAL_DECISION, "RETURN", FormFields.RETURN_REASON, "Thiếu số liệu tháng 3."));
    Task again = taskFor(pi, Elements.PREPARE_BCD389, "SCT-TNI");
    assertThat(taskService.getVariable(again.getId(), Vars.RETURNED_REASON))
        .isEqualTo("Lãnh đạo đơn vị trả lại: Thiếu số liệu tháng 3.");

    // The requester accepts the four it received.
    for (String member : List.of("QLTT-TNI", "CA-TNI", "HQ-KV17", "BDBP-TNI")) {
      review(pi, member, "ACCEPT", null);
    }
    assertThat(campaign(opened.getId()).submittedCount()).isEqualTo(4);
    assertThat(notifications(opened.getCode()))
        .filteredOn(n -> n.subject().contains("đã nộp báo cáo"))
        .extracting(Sent::recipient)
        .containsOnly("canbo.bcd389tni");

    // Reminder, then the deadline with the Sở still missing.
    fire(timeoutJobsOf(again).get(0));
    assertThat(notifications(opened.getCode()))
        .filteredOn(n -> n.kind().equals("REMINDER"))
        .extracting(Sent::recipient)
        .containsExactly("canbo.scttni");
    fire(timer(pi, Elements.DEADLINE));
    assertThat(pi)
        .hasPassed(Elements.DEADLINE, Elements.MARK_LATE)
        .isWaitingAt(Elements.PREPARE_BCD389, Elements.FOLLOW_UP);
    assertThat(campaign(opened.getId()).submission("SCT-TNI").isLate()).isTrue();
    assertThat(campaign(opened.getId()).submission("CA-TNI").isLate()).isFalse();
    assertThat(notifications(opened.getCode()))
        .filteredOn(n -> n.subject().contains("chưa nộp báo cáo đúng hạn"))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.recipient()).isEqualTo("canbo.bcd389tni");
              assertThat(n.body())
                  .contains("4/5 đã nộp")
                  .contains("Sở Công Thương tỉnh Tây Ninh (SCT-TNI)");
            });
    Task followUp = task(pi, Elements.FOLLOW_UP);
    assertThat(taskService.getVariable(followUp.getId(), Vars.MISSING_NAMES))
        .isEqualTo("Sở Công Thương tỉnh Tây Ninh");

    // A reminder round: the new deadline must be after today.
    now(2027, 3, 23, 9, 0);
    assertRefused(
        () ->
            complete(
                followUp,
                "canbo.bcd389tni",
                Map.of(Vars.FOLLOW_UP_DECISION, "REMIND", FormFields.NEW_DEADLINE, "20/03/2027")),
        FormFields.NEW_DEADLINE);
    complete(
        followUp,
        "canbo.bcd389tni",
        Map.of(Vars.FOLLOW_UP_DECISION, "REMIND", FormFields.NEW_DEADLINE, "26/03/2027"));
    Date newDue = endOfDay(LocalDate.of(2027, 3, 26));
    assertThat(pi).hasPassed(Elements.REMINDER_ROUND).isWaitingAt(Elements.ROUND_DEADLINE);
    assertThat(timer(pi, Elements.ROUND_DEADLINE).getDuedate()).isEqualTo(newDue);
    assertThat(taskFor(pi, Elements.PREPARE_BCD389, "SCT-TNI").getDueDate()).isEqualTo(newDue);
    ReportCampaign round2 = campaign(opened.getId());
    assertThat(round2.getRound()).isEqualTo(2);
    assertThat(round2.submission("SCT-TNI").getRemindedRounds()).isEqualTo(1);
    assertThat(notifications(opened.getCode()))
        .filteredOn(n -> n.subject().contains("nhắc nộp báo cáo (lần 2)"))
        .extracting(Sent::recipient)
        .containsExactlyInAnyOrder("canbo.scttni", "lanhdao.scttni");

    // The Sở submits in the round; once accepted, the collection ends.
    complete(taskFor(pi, Elements.PREPARE_BCD389, "SCT-TNI"), "canbo.scttni", bcd389(2));
    approve(pi, "SCT-TNI", "lanhdao.scttni");
    review(pi, "SCT-TNI", "ACCEPT", null);
    assertThat(pi)
        .hasPassed(Elements.COLLECTION, Elements.CONSOLIDATE_FIGURES)
        .isWaitingAt(Elements.CONSOLIDATE);
    assertThat(timers(pi, Elements.ROUND_DEADLINE)).as("round timer cancelled").isEmpty();
    Task consolidate = task(pi, Elements.CONSOLIDATE);
    assertThat((String) taskService.getVariable(consolidate.getId(), Vars.TOTALS_SUMMARY))
        .contains("Đã nộp 5/5 báo cáo.")
        .contains("Số cuộc kiểm tra: 82"); // 4 × 20 + 2
    complete(
        consolidate,
        "canbo.bcd389tni",
        Map.of(FormFields.CONSOLIDATED_TEXT, "Báo cáo tổng hợp quý I năm 2027 của tỉnh Tây Ninh."));

    assertThat(pi).isEnded().hasPassed(Elements.CLOSE);
    ReportCampaign closed = campaign(opened.getId());
    assertThat(closed.getStatus()).isEqualTo(CampaignStatus.CLOSED);
    assertThat(closed.getConsolidatedBy()).isEqualTo("canbo.bcd389tni");
    assertThat(closed.getSubmissions())
        .allSatisfy(s -> assertThat(s.getStatus()).isEqualTo(SubmissionStatus.ACCEPTED));
    assertThat(closed.submission("SCT-TNI").isLate()).isTrue();
    assertThat(notifications(opened.getCode()))
        .filteredOn(n -> n.subject().contains("đợt báo cáo đã kết thúc"))
        .extracting(Sent::recipient)
        .contains("lanhdao.scttni", "lanhdao.catni");
  }

  @Test
  void planCampaignByHandReturnsAReportAndClosesWithOneLocalityMissing() {
    now(2027, 1, 5, 9, 0);
    ReportCampaign opened =
        transactions.execute(
            s ->
                opening.openAndStart(
                    new CampaignApi(
                        null,
                        "PLAN_IMPLEMENTATION",
                        "Báo cáo tình hình ban hành kế hoạch bảo vệ quyền lợi người tiêu dùng",
                        "YEAR",
                        2026,
                        null,
                        "2027-01-20",
                        List.of("SCT-TNI", "SCT-VLG", "SCT-QNG")),
                    user("canbo.bctctbvntd", "BCT-CTBVNTD")));
    ProcessInstance pi = instance(opened.getCode());
    assertThat(opened.getCode()).startsWith("DBC-2027-");
    assertThat(pi).isWaitingAt(Elements.PREPARE_PLAN);
    assertThat(tasks(pi, Elements.PREPARE_PLAN)).hasSize(3);

    // A plan date in the future, or "issued" without its number, is refused.
    Task tayNinh = taskFor(pi, Elements.PREPARE_PLAN, "SCT-TNI");
    assertRefused(
        () -> complete(tayNinh, "canbo.scttni", plan(true, "12/KH-SCT", "06/01/2027")),
        FormFields.PLAN_DATE);
    assertRefused(
        () -> complete(tayNinh, "canbo.scttni", plan(true, null, "02/01/2027")),
        FormFields.PLAN_NUMBER);
    complete(tayNinh, "canbo.scttni", plan(true, "12/KH-SCT", "02/01/2027"));
    approve(pi, "SCT-TNI", "lanhdao.scttni");
    review(pi, "SCT-TNI", "ACCEPT", null);

    // Vĩnh Long has no plan yet; the Ministry returns the report for a firmer date.
    Task vinhLong = taskFor(pi, Elements.PREPARE_PLAN, "SCT-VLG");
    complete(vinhLong, "canbo.sctvlg", plan(false, null, null));
    approve(pi, "SCT-VLG", "lanhdao.sctvlg");
    assertThat(campaign(opened.getId()).submission("SCT-VLG").getStatus())
        .isEqualTo(SubmissionStatus.SUBMITTED);
    review(pi, "SCT-VLG", "RETURN", "Đề nghị nêu rõ ngày dự kiến ban hành.");
    ReportCampaign returned = campaign(opened.getId());
    assertThat(returned.submission("SCT-VLG").getStatus()).isEqualTo(SubmissionStatus.RETURNED);
    assertThat(returned.submittedCount()).isEqualTo(1);
    Task again = taskFor(pi, Elements.PREPARE_PLAN, "SCT-VLG");
    assertThat(taskService.getVariable(again.getId(), Vars.RETURNED_REASON))
        .isEqualTo("Đơn vị yêu cầu trả lại: Đề nghị nêu rõ ngày dự kiến ban hành.");
    complete(again, "canbo.sctvlg", plan(false, null, null));
    approve(pi, "SCT-VLG", "lanhdao.sctvlg");
    review(pi, "SCT-VLG", "ACCEPT", null);

    // Quảng Ngãi never reports: after the deadline the Ministry ends the collection.
    fire(timer(pi, Elements.DEADLINE));
    Task followUp = task(pi, Elements.FOLLOW_UP);
    assertThat(taskService.getVariable(followUp.getId(), Vars.SUBMITTED_LABEL))
        .isEqualTo("2/3 đã nộp");
    // one reminder round, which passes too
    now(2027, 1, 21, 9, 0);
    complete(
        followUp,
        "canbo.bctctbvntd",
        Map.of(Vars.FOLLOW_UP_DECISION, "REMIND", FormFields.NEW_DEADLINE, "25/01/2027"));
    fire(timer(pi, Elements.ROUND_DEADLINE));
    assertThat(pi).hasPassed(Elements.ROUND_DEADLINE).isWaitingAt(Elements.PREPARE_PLAN);
    followUp = task(pi, Elements.FOLLOW_UP);
    assertThat(notifications(opened.getCode()))
        .filteredOn(n -> n.subject().contains("chưa nộp báo cáo đúng hạn"))
        .as("the requester is told after each deadline")
        .hasSize(2);
    complete(
        followUp,
        "canbo.bctctbvntd",
        Map.of(Vars.FOLLOW_UP_DECISION, "CLOSE", FormFields.FOLLOW_UP_NOTE, "Báo cáo Bộ trưởng."));
    assertThat(pi).hasPassed(Elements.CONSOLIDATE_FIGURES).isWaitingAt(Elements.CONSOLIDATE);
    assertThat(tasks(pi, Elements.PREPARE_PLAN)).as("Quảng Ngãi's task ended").isEmpty();
    Task consolidate = task(pi, Elements.CONSOLIDATE);
    assertThat(taskService.getVariable(consolidate.getId(), Vars.MISSING_NAMES))
        .isEqualTo("Sở Công Thương tỉnh Quảng Ngãi");
    assertThat((String) taskService.getVariable(consolidate.getId(), Vars.TOTALS_SUMMARY))
        .contains("Số đơn vị đã ban hành kế hoạch: 1/2 đơn vị đã nộp.");
    complete(consolidate, "canbo.bctctbvntd", Map.of(FormFields.CONSOLIDATED_TEXT, "Tổng hợp."));
    assertThat(pi).isEnded();
    ReportCampaign closed = campaign(opened.getId());
    assertThat(closed.getStatus()).isEqualTo(CampaignStatus.CLOSED);
    assertThat(closed.submission("SCT-QNG").getStatus()).isEqualTo(SubmissionStatus.MISSING);
    assertThat(closed.submission("SCT-QNG").isLate()).isTrue();
    assertThat(closed.submission("SCT-QNG").getRemindedRounds()).isEqualTo(1);
    assertThat(closed.getRound()).isEqualTo(2);
    assertThat(CampaignService.submittedLabel(closed)).isEqualTo("2/3 đã nộp");
  }

  @Test
  void aCampaignIsOpenedOnlyByItsRequestersStaffOrLeadersWithRecipientsInForce() {
    now(2027, 1, 5, 9, 0);
    CampaignApi ask =
        new CampaignApi(
            "BCT-CTBVNTD",
            "PLAN_IMPLEMENTATION",
            "Báo cáo kế hoạch",
            "QUARTER",
            2027,
            1,
            null,
            List.of("SCT-TNI"));
    // someone of another agency asks in the Ministry's name
    assertThatThrownBy(() -> opening.openAndStart(ask, user("canbo.scttni", "SCT-TNI")))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    // a merged body is never asked, nor the same body twice, nor the requester itself
    assertRefusedNow(ask, List.of("SCT-TNI", "SCT-LAN"), "recipients[1]");
    assertRefusedNow(ask, List.of("SCT-TNI", "SCT-TNI"), "recipients[1]");
    assertRefusedNow(ask, List.of("BCT-CTBVNTD"), "recipients[0]");
    assertRefusedNow(ask, List.of(), "recipients");
    assertThat(campaigns.findAll())
        .as("nothing half-written")
        .noneMatch(c -> c.getTitle().equals("Báo cáo kế hoạch"));
  }

  @Test
  void aCommitteesOfficerAsksFromTheTasklistStartForm() {
    now(2027, 2, 16, 9, 0);
    String definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(CampaignProcess.KEY)
            .latestVersion()
            .singleResult()
            .getId();
    Map<String, Object> form = new HashMap<>();
    form.put(FormFields.TITLE, "Báo cáo công tác chống buôn lậu tháng 2");
    form.put(FormFields.KIND, "BCD389_PERIODIC");
    form.put(FormFields.PERIOD_KIND, "MONTH");
    form.put(FormFields.PERIOD_YEAR, 2027L);
    form.put(FormFields.PERIOD_NUMBER, 2L);
    form.put(FormFields.DEADLINE, "25/02/2027");
    form.put(
        FormFields.RECIPIENT_AGENCIES,
        org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"QLTT-TNI\", \"SCT-LAN\"]")
            .create());
    // a former Sở is never asked: the start is refused naming the form's field, nothing is left
    assertRefused(
        () -> asStarter("canbo.bcd389tni", definition, form), FormFields.RECIPIENT_AGENCIES);
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(CampaignProcess.KEY)
                .variableValueEquals(FormFields.TITLE, "Báo cáo công tác chống buôn lậu tháng 2")
                .count())
        .isZero();
    // an officer of a Sở (no requesting body) may not start one at all
    assertThatThrownBy(() -> asStarter("canbo.scttni", definition, form))
        .isInstanceOf(AuthorizationException.class);

    form.put(
        FormFields.RECIPIENT_AGENCIES,
        org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"QLTT-TNI\", \"CA-TNI\"]")
            .create());
    ProcessInstance pi = asStarter("canbo.bcd389tni", definition, form);
    assertThat(pi.getBusinessKey()).startsWith("DBC-2027-");
    STARTED.add(pi.getId());
    assertThat(pi).isWaitingAt(Elements.PREPARE_BCD389);
    assertThat(tasks(pi, Elements.PREPARE_BCD389)).hasSize(2);
    assertThat(runtimeService.getVariables(pi.getId()))
        .as("the form's values gave way to the campaign's id")
        .doesNotContainKeys(
            FormFields.TITLE, FormFields.RECIPIENT_AGENCIES, FormFields.DEADLINE, Vars.INITIATOR)
        .containsKey(Vars.CAMPAIGN_ID);
    ReportCampaign opened =
        campaign((Long) runtimeService.getVariable(pi.getId(), Vars.CAMPAIGN_ID));
    assertThat(opened.getCode()).isEqualTo(pi.getBusinessKey());
    assertThat(opened.getRequesterCode()).isEqualTo("BCD389-TNI");
    assertThat(opened.getStartedBy()).isEqualTo("canbo.bcd389tni");
    assertThat(opened.period().label()).isEqualTo("Tháng 2 năm 2027 (15/01/2027 – 14/02/2027)");
    assertThat(opened.getDeadline()).isEqualTo(endOfDay(LocalDate.of(2027, 2, 25)).toInstant());
  }

  // ------------------------------------------------------------------ steps

  private ProcessInstance asStarter(String userId, String definition, Map<String, Object> form) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    identityService.setAuthentication(userId, groups);
    try {
      return processEngine.getFormService().submitStartForm(definition, form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void assertRefusedNow(CampaignApi ask, List<String> recipients, String field) {
    CampaignApi withRecipients =
        new CampaignApi(
            ask.requester(),
            ask.kind(),
            ask.title(),
            ask.periodKind(),
            ask.periodYear(),
            ask.periodNumber(),
            ask.deadline(),
            recipients);
    assertRefused(
        () -> opening.openAndStart(withRecipients, user("canbo.bctctbvntd", "BCT-CTBVNTD")), field);
  }

  private void approve(ProcessInstance pi, String recipient, String leader) {
    complete(
        taskFor(pi, Elements.APPROVE, recipient),
        leader,
        Map.of(Vars.APPROVAL_DECISION, "APPROVE"));
  }

  private void review(ProcessInstance pi, String recipient, String decision, String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put(Vars.REVIEW_DECISION, decision);
    if (reason != null) {
      form.put(FormFields.RETURN_REASON, reason);
    }
    Task review =
        tasks(pi, Elements.REVIEW).stream()
            .filter(t -> recipient.equals(taskService.getVariable(t.getId(), Vars.RECIPIENT)))
            .findFirst()
            .orElseThrow();
    String requester = (String) runtimeService.getVariable(pi.getId(), Vars.REQUESTER);
    complete(review, "canbo." + requester.replace("-", "").toLowerCase(), form);
  }

  private static Map<String, Object> bcd389(long inspections) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(FormFields.INSPECTIONS, inspections);
    form.put(FormFields.VIOLATIONS_HANDLED, inspections / 2);
    form.put(FormFields.BUDGET_PAID_VND, inspections * 1_000_000L);
    form.put(FormFields.CONFISCATED_GOODS_VND, "2.500.000");
    form.put(FormFields.CASES_TRANSFERRED, 1);
    form.put(FormFields.CASES_PROSECUTED, 0);
    form.put(FormFields.NARRATIVE, "Tình hình buôn lậu hàng cấm qua biên giới diễn biến phức tạp.");
    return form;
  }

  private static Map<String, Object> plan(boolean issued, String number, String date) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put(FormFields.PLAN_ISSUED, issued);
    if (issued) {
      if (number != null) {
        form.put(FormFields.PLAN_NUMBER, number);
      }
      form.put(FormFields.PLAN_DATE, date);
    } else {
      form.put(FormFields.EXPECTED_DATE, "15/02/2027");
      form.put(FormFields.NOT_ISSUED_REASON, "Đang lấy ý kiến các sở, ngành.");
    }
    form.put(FormFields.NARRATIVE, "Đã tổ chức tuyên truyền tại các chợ.");
    return form;
  }

  private void complete(Task task, String userId, Map<String, Object> form) {
    Task current = taskService.createTaskQuery().taskId(task.getId()).singleResult();
    as(
        userId,
        () -> {
          if (current.getAssignee() == null) {
            taskService.claim(task.getId(), userId);
          }
          taskService.complete(task.getId(), new HashMap<>(form));
        });
    runJobs();
  }

  private void as(String userId, Runnable step) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    identityService.setAuthentication(userId, groups);
    try {
      step.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private PhoiHopUser user(String userId, String agency) {
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    return new PhoiHopUser(userId, groups, agency);
  }

  /** The job executor is off in tests: run the continuations it would run. */
  private void runJobs() {
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().messages().executable().list()).isEmpty()) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().list()) {
      if (instance.getProcessDefinitionKey().equals(CampaignProcess.KEY)
          || instance.getProcessDefinitionKey().equals(PeriodCampaigns.KEY)) {
        STARTED.add(instance.getId());
      }
    }
  }

  private Job periodTimer() {
    List<Job> timers =
        managementService
            .createJobQuery()
            .processDefinitionKey(PeriodCampaigns.KEY)
            .timers()
            .list();
    assertThat(timers).as("the period timer").hasSize(1);
    return timers.get(0);
  }

  private ReportCampaign campaign(String requester, PeriodKind kind, LocalDate start) {
    return transactions.execute(
        s -> {
          ReportCampaign c =
              campaigns
                  .findByRequesterCodeAndKindAndPeriodKindAndPeriodStart(
                      requester, CampaignKind.BCD389_PERIODIC, kind, start)
                  .orElseThrow();
          c.getSubmissions().size();
          return c;
        });
  }

  private ReportCampaign campaign(long id) {
    return transactions.execute(
        s -> {
          ReportCampaign c = campaigns.findById(id).orElseThrow();
          c.getSubmissions().size();
          return c;
        });
  }

  private ProcessInstance instance(String code) {
    ProcessInstance pi =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(CampaignProcess.KEY)
            .processInstanceBusinessKey(code)
            .singleResult();
    assertThat(pi).as("instance of %s", code).isNotNull();
    STARTED.add(pi.getId());
    return pi;
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

  private Task taskFor(ProcessInstance pi, String key, String recipient) {
    List<Task> found =
        tasks(pi, key).stream()
            .filter(t -> recipient.equals(taskService.getVariable(t.getId(), Vars.RECIPIENT)))
            .toList();
    assertThat(found).as("task %s of %s", key, recipient).hasSize(1);
    return found.get(0);
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
    runJobs();
  }

  record Sent(String recipient, String kind, String subject, String body) {}

  private List<Sent> notifications(String businessKey) {
    return jdbc.query(
        "select recipient_user_id, kind, subject, body from notification where business_key = ?"
            + " order by id",
        (rs, i) -> new Sent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
        businessKey);
  }

  private static void now(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(
        Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, Clocks.ZONE).toInstant()));
  }

  private static Date at(LocalDate day, int hour, int minute) {
    return Date.from(day.atTime(hour, minute).atZone(Clocks.ZONE).toInstant());
  }

  private static Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(23, 59, 59).atZone(Clocks.ZONE).toInstant());
  }

  private static Date morningOf(LocalDate day) {
    return at(day, 8, 0);
  }

  private static void assertRefused(ThrowingCallable step, String field) {
    assertThatThrownBy(step)
        .satisfies(
            thrown -> {
              Throwable cause = thrown;
              while (cause != null && !(cause instanceof DomainException)) {
                cause = cause.getCause();
              }
              assertThat(cause).as("a DomainException in %s", thrown).isNotNull();
              assertThat(((DomainException) cause).field()).isEqualTo(field);
            });
  }
}
