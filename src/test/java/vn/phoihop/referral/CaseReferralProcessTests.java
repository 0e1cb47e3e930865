package vn.phoihop.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.phoihop.referral.ReferralProcess.Elements.*;
import static vn.phoihop.referral.ReferralProcess.KEY;
import static vn.phoihop.referral.ReferralProcess.Vars.*;
import static vn.phoihop.referral.ReferralTestSupport.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import vn.phoihop.agency.AgencyView;

/**
 * One test per path of {@code case-referral}, each walking the tasks as their users would (form
 * submission with the user authenticated) and firing timers by moving the engine clock. After all
 * tests, every flow node of the model must have been passed.
 */
@SpringBootTest
@Import(ReferralCoverageConfiguration.class)
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class CaseReferralProcessTests {

  private static final Set<String> instances = new HashSet<>();
  private static HistoryService history;
  private static BpmnModelInstance model;

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired ReferralOpening opening;
  @Autowired ReferralDocuments documents;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseReferralRepository referrals;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;
  @Autowired ReferralTaskListener taskListener;
  @Autowired ReferralRouting routing;

  ReferralTestSupport flow;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    flow =
        new ReferralTestSupport(
            opening,
            documents,
            runtimeService,
            taskService,
            formService,
            managementService,
            identityService,
            jdbc,
            referrals,
            transactionManager);
    history = historyService;
    model =
        repositoryService.getBpmnModelInstance(
            repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(KEY)
                .latestVersion()
                .singleResult()
                .getId());
    clockAt("2026-03-03T09:00"); // a Tuesday
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  @AfterAll
  static void everyFlowNodeWasPassed() {
    Set<String> passed =
        instances.stream()
            .flatMap(
                id ->
                    history
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(id)
                        .list()
                        .stream())
            .map(HistoricActivityInstance::getActivityId)
            .collect(Collectors.toSet());
    Set<String> all =
        model.getModelElementsByType(FlowNode.class).stream()
            .map(FlowNode::getId)
            .collect(Collectors.toSet());
    assertThat(passed).as("flow nodes of case-referral passed by the tests").containsAll(all);
  }

  private static String TODAY() {
    return vn.phoihop.shared.Clocks.today().toString();
  }

  private ProcessInstance track(ProcessInstance instance) {
    instances.add(instance.getId());
    return instance;
  }

  private ProcessInstance transferred(String category, boolean borderArea, boolean customsControl) {
    return track(
        flow.transferred(dossier(category, borderArea, customsControl, "CONSIDERING_PENALTY")));
  }

  @Test
  void everyUserTaskOfTheModelHasItsFormHandler() {
    assertThat(taskListener.taskKeys())
        .containsExactlyInAnyOrderElementsOf(
            model.getModelElementsByType(UserTask.class).stream().map(UserTask::getId).toList());
  }

  // ------------------------------------------------------------------------------- routing

  @Test
  void smuggledGoodsUnderCustomsControlAreTransferredToCustoms() {
    ProcessInstance instance = transferred("SMUGGLED_GOODS", false, true);

    assertThat(instance)
        .isWaitingAt(ACKNOWLEDGE_RECEIPT)
        .task()
        .hasCandidateGroup("HQ-KV17.liaison");
    CaseReferral referral = flow.referral(instance);
    assertThat(referral.getReceivingAgency()).isEqualTo("HQ-KV17");
    assertThat(referral.getRoutedAgencyType()).isEqualTo("CUSTOMS_BRANCH");
    assertThat(referral.getLegalBasis()).startsWith("Điều 188 Bộ luật Hình sự 2015 (tội buôn lậu)");
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.TRANSFERRED);
    assertThat(referral.getHandoverNumber()).isEqualTo("BB-" + referral.getCode());
    assertThat(referral.getDocuments())
        .extracting(ReferralDocument::getKind)
        .containsExactly(
            ReferralEnums.DocumentKind.EVIDENCE,
            ReferralEnums.DocumentKind.HANDOVER_RECORD, // DOCX
            ReferralEnums.DocumentKind.HANDOVER_RECORD, // PDF
            ReferralEnums.DocumentKind.TRANSFER_LETTER,
            ReferralEnums.DocumentKind.TRANSFER_LETTER);
    assertThat(flow.notifications(referral.getCode())).contains("INFO daumoi.hqkv17");
    assertThat(referral.getCode()).matches("CHS-2026-\\d{4}");
  }

  @Test
  void smuggledGoodsInABorderAreaAreTransferredToTheProvincesBorderGuardCommand() {
    ProcessInstance instance = transferred("SMUGGLED_GOODS", true, false);

    assertThat(instance)
        .isWaitingAt(ACKNOWLEDGE_RECEIPT)
        .task()
        .hasCandidateGroup("BDBP-TNI.liaison");
    assertThat(flow.referral(instance).getReceivingAgency()).isEqualTo("BDBP-TNI");
    assertThat(flow.notifications(flow.referral(instance).getCode()))
        .contains("INFO daumoi.bdbptni");
  }

  /**
   * A customs-zone case anywhere goes to the regional branch that serves its province (the
   * registry's customs coverage), and the officer may pick the province's border post instead.
   */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"GLA, HQ-KV14", "QNG, HQ-KV12", "VLG, HQ-KV19", "HCM, HQ-KV2", "LSN, HQ-KV6"})
  void aCustomsZoneCaseInAnyProvinceGoesToTheBranchThatServesIt(String province, String branch) {
    ProcessInstance instance =
        track(
            flow.transferred(
                ReferralTestSupport.dossierIn(
                    province, "SMUGGLED_GOODS", false, true, "CONSIDERING_PENALTY")));

    assertThat(instance)
        .isWaitingAt(ACKNOWLEDGE_RECEIPT)
        .task()
        .hasCandidateGroup(branch + ".liaison");
    CaseReferral referral = flow.referral(instance);
    assertThat(referral.getProposedAgency()).isEqualTo(branch);
    assertThat(referral.getReceivingAgency()).isEqualTo(branch);
  }

  @Test
  void aBorderCaseInAnotherProvinceGoesToThatProvincesCommandWithItsPostsOffered() {
    ProcessInstance instance =
        track(
            flow.open(
                ReferralTestSupport.dossierIn(
                    "GLA", "SMUGGLED_GOODS", true, false, "CONSIDERING_PENALTY")));
    flow.submit(instance, ReferralProcess.Elements.PREPARE_DOSSIER, ReferralTestSupport.OFFICER);

    CaseReferral referral = flow.referral(instance);
    assertThat(referral.getProposedAgency()).isEqualTo("BDBP-GLA");
    assertThat(routing.receivingOptions(referral.getId()))
        .extracting(AgencyView::code)
        .startsWith("CA-GLA", "HQ-KV14", "BDBP-GLA", "BP-LETHANH")
        .contains("HQ-KV17");
  }

  @Test
  void counterfeitsAreTransferredToThePolice() {
    ProcessInstance instance = transferred("COUNTERFEIT_GOODS", false, false);

    assertThat(instance)
        .isWaitingAt(ACKNOWLEDGE_RECEIPT)
        .task()
        .hasCandidateGroup("CA-TNI.liaison");
    CaseReferral referral = flow.referral(instance);
    assertThat(referral.getReceivingAgency()).isEqualTo("CA-TNI");
    assertThat(referral.getLegalBasis()).contains("Điều 192–195");
  }

  @Test
  void officerOverridesTheRoutingOnlyWithAReasonThatIsRecorded() {
    ProcessInstance instance =
        track(flow.open(dossier("COUNTERFEIT_GOODS", false, false, "CONSIDERING_PENALTY")));
    flow.submit(instance, PREPARE_DOSSIER, OFFICER);
    assertThat(runtimeService.getVariable(instance.getId(), "receivingAgencyOptions")).isNotNull();

    assertRefused(
        () ->
            flow.submit(
                instance,
                CONFIRM_ROUTING,
                OFFICER,
                "routingOverride",
                true,
                "overrideAgency",
                "HQ-KV17"),
        "lý do");
    assertThat(instance).isWaitingAt(CONFIRM_ROUTING);
    assertRefused(
        () ->
            flow.submit(
                instance,
                CONFIRM_ROUTING,
                OFFICER,
                "routingOverride",
                true,
                "overrideAgency",
                "SCT-TNI",
                "overrideReason",
                "Thử"),
        "không phải Công an, Hải quan hay Bộ đội Biên phòng");

    flow.submit(
        instance,
        CONFIRM_ROUTING,
        OFFICER,
        "routingOverride",
        true,
        "overrideAgency",
        "HQ-KV17",
        "overrideReason",
        "Lô hàng giả đang trong kho ngoại quan, Hải quan đã niêm phong.");
    flow.submit(instance, REVIEW_DOSSIER, TEAM_LEADER, REVIEW_OUTCOME, "APPROVED");
    flow.submit(instance, DECIDE_TRANSFER, CHI_CUC_LEADER, TRANSFER_DECISION, "TRANSFER");

    assertThat(instance)
        .isWaitingAt(ACKNOWLEDGE_RECEIPT)
        .task()
        .hasCandidateGroup("HQ-KV17.liaison");
    CaseReferral referral = flow.referral(instance);
    assertThat(referral.getProposedAgency()).isEqualTo("CA-TNI");
    assertThat(referral.getReceivingAgency()).isEqualTo("HQ-KV17");
    assertThat(referral.isRoutingOverridden()).isTrue();
    assertThat(referral.getEvents())
        .filteredOn(e -> e.getAction() == ReferralEnums.Action.ROUTING_OVERRIDDEN)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getActor()).isEqualTo(OFFICER.userId());
              assertThat(e.getReason())
                  .isEqualTo("Lô hàng giả đang trong kho ngoại quan, Hải quan đã niêm phong.");
            });
    assertThat(runtimeService.getVariable(instance.getId(), "receivingAgencyOptions")).isNull();
  }

  // ---------------------------------------------------------------------- before the transfer

  @Test
  void teamLeaderReturnsTheDossierWithAReasonAndTheOfficerCompletesIt() {
    ProcessInstance instance =
        track(flow.open(dossier("PROHIBITED_GOODS", false, false, "CONSIDERING_PENALTY")));
    flow.prepareAndConfirm(instance);

    assertRefused(
        () -> flow.submit(instance, REVIEW_DOSSIER, TEAM_LEADER, REVIEW_OUTCOME, "RETURNED"),
        "lý do trả lại");
    flow.submit(
        instance,
        REVIEW_DOSSIER,
        TEAM_LEADER,
        REVIEW_OUTCOME,
        "RETURNED",
        "reviewReason",
        "Bổ sung biên bản tạm giữ tang vật.");

    assertThat(instance).isWaitingAt(PREPARE_DOSSIER).task().hasCandidateGroup("QLTT-TNI-D1.staff");
    assertThat(runtimeService.getVariable(instance.getId(), "caseSummary"))
        .asString()
        .startsWith("Kiểm tra kho hàng");
    // the form shows the stored dossier as an officer types it: dd/mm/yyyy, grouped thousands
    assertThat(runtimeService.getVariable(instance.getId(), "foundOn"))
        .asString()
        .matches("\\d{2}/\\d{2}/\\d{4}");
    assertThat(runtimeService.getVariable(instance.getId(), "estimatedValueVnd"))
        .asString()
        .matches("\\d{1,3}(\\.\\d{3})+");
    // an amount typed with thousands separators is stored as the number, the day as typed
    flow.submit(
        instance,
        PREPARE_DOSSIER,
        OFFICER,
        "estimatedValueVnd",
        "1.300.000.000",
        "foundOn",
        "02/03/2026");
    flow.submit(instance, CONFIRM_ROUTING, OFFICER, "routingOverride", false);
    flow.submit(instance, REVIEW_DOSSIER, TEAM_LEADER, REVIEW_OUTCOME, "APPROVED");

    assertThat(instance).isWaitingAt(DECIDE_TRANSFER).task().hasCandidateGroup("QLTT-TNI.leader");
    CaseReferral referral = flow.referral(instance);
    assertThat(referral.dossier().estimatedValueVnd()).isEqualTo(1_300_000_000L);
    assertThat(referral.dossier().foundOn()).isEqualTo(java.time.LocalDate.of(2026, 3, 2));
    assertThat(referral.getEvents())
        .filteredOn(e -> e.getAction() == ReferralEnums.Action.REVIEW_RETURNED)
        .singleElement()
        .satisfies(e -> assertThat(e.getReason()).isEqualTo("Bổ sung biên bản tạm giữ tang vật."));
    assertThat(runtimeService.getVariable(instance.getId(), "caseSummary")).isNull();
  }

  @Test
  void chiCucLeaderDecidesToHandleTheCaseAdministratively() {
    ProcessInstance instance =
        track(flow.open(dossier("QUALITY", false, false, "CONSIDERING_PENALTY")));
    flow.prepareAndConfirm(instance);
    flow.submit(instance, REVIEW_DOSSIER, TEAM_LEADER, REVIEW_OUTCOME, "APPROVED");
    flow.submit(
        instance,
        DECIDE_TRANSFER,
        CHI_CUC_LEADER,
        TRANSFER_DECISION,
        "ADMINISTRATIVE",
        "transferDecisionReason",
        "Trị giá thực tế dưới ngưỡng truy cứu trách nhiệm hình sự.");

    assertThat(instance)
        .isWaitingAt(HANDLE_ADMINISTRATIVELY)
        .task()
        .hasCandidateGroup("QLTT-TNI-D1.staff");
    flow.submit(
        instance,
        HANDLE_ADMINISTRATIVELY,
        OFFICER,
        "penaltyDecisionNumber",
        "15/QĐ-XPHC",
        "penaltyDecisionDate",
        "03/03/2026");

    assertThat(instance).isEnded().hasPassed(END_SANCTIONED).hasNotPassed(TRANSFER_REFERRAL);
    CaseReferral referral = flow.referral(instance);
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SANCTIONED);
    assertThat(referral.getTransferredAt()).isNull();
  }

  @Test
  void dossierWithdrawnBeforeTransferEndsWithTheReasonRecorded() {
    ProcessInstance instance =
        track(flow.open(dossier("FOOD_SAFETY", false, false, "CONSIDERING_PENALTY")));
    flow.prepareAndConfirm(instance);
    CaseReferral before = flow.referral(instance);

    opening.withdraw(
        before.getCode(),
        "Đối tượng đã nộp đủ chứng từ hợp lệ; không còn dấu hiệu tội phạm.",
        OFFICER.user());

    assertThat(instance).isEnded().hasPassed(WITHDRAWN, END_WITHDRAWN);
    CaseReferral referral = flow.referral(instance);
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.WITHDRAWN);
    assertThat(referral.getEvents())
        .last()
        .satisfies(
            e -> {
              assertThat(e.getAction()).isEqualTo(ReferralEnums.Action.WITHDRAWN);
              assertThat(e.getActor()).isEqualTo(OFFICER.userId());
              assertThat(e.getReason()).startsWith("Đối tượng đã nộp đủ");
            });
    assertRefused(
        () -> opening.withdraw(before.getCode(), "Lần nữa", OFFICER.user()),
        "không thể thay đổi hay rút hồ sơ");
  }

  // ------------------------------------------------------------------------ after the transfer

  @Test
  void prosecutionIsFollowedByTheQlttTeamAndTellsItsLeaders() {
    ProcessInstance instance = transferred("COUNTERFEIT_GOODS", false, false);
    flow.acknowledgeToday(instance, POLICE);
    assertThat(instance).isWaitingAt(RECORD_DECISION).task().hasCandidateGroup("CA-TNI.liaison");

    flow.decide(instance, POLICE, "PROSECUTED", "07/QĐ-CSKT", TODAY());

    assertThat(instance)
        .isWaitingAt(FOLLOW_PROSECUTION)
        .task()
        .hasCandidateGroup("QLTT-TNI-D1.staff");
    CaseReferral referral = flow.referral(instance);
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.PROSECUTED);
    assertThat(referral.getStatus().isClosed()).isFalse();
    assertThat(referral.getOutcomeBy()).isEqualTo(POLICE.userId());
    assertThat(referral.getReceivedBy()).isEqualTo(POLICE.userId());
    assertThat(flow.notifications(referral.getCode()))
        .contains("INFO canbo.qltttnid1", "INFO lanhdao.qltttnid1", "INFO lanhdao.qltttni");
  }

  @Test
  void notProsecutedDossierIsReturnedAndTheCaseIsSanctionedWithThePenaltyDecisionNumber() {
    ProcessInstance instance = transferred("SMUGGLED_GOODS", false, true);
    flow.acknowledgeToday(instance, CUSTOMS);
    flow.decide(instance, CUSTOMS, "NOT_PROSECUTED", "12/QĐ-KKT", TODAY());

    assertThat(instance).isWaitingAt(RETURN_DOSSIER).task().hasCandidateGroup("HQ-KV17.liaison");
    flow.submit(
        instance,
        RETURN_DOSSIER,
        CUSTOMS,
        "returnDate",
        today(),
        "returnNote",
        "Hồ sơ 35 bút lục và 12.000 bao thuốc lá, biên bản 03/BB.");
    assertThat(instance).isWaitingAt(CONFIRM_RETURN).task().hasCandidateGroup("QLTT-TNI-D1.staff");
    flow.submit(
        instance, CONFIRM_RETURN, OFFICER, "returnReceivedDate", today(), "exhibitsComplete", true);
    assertThat(instance)
        .isWaitingAt(HANDLE_ADMINISTRATIVELY)
        .task()
        .hasCandidateGroup("QLTT-TNI-D1.staff");
    assertRefused(
        () ->
            flow.submit(
                instance, HANDLE_ADMINISTRATIVELY, OFFICER, "penaltyDecisionDate", "03/03/2026"),
        "số quyết định xử phạt");
    flow.submit(
        instance,
        HANDLE_ADMINISTRATIVELY,
        OFFICER,
        "penaltyDecisionNumber",
        "21/QĐ-XPHC",
        "penaltyDecisionDate",
        "03/03/2026");

    assertThat(instance).isEnded().hasPassed(RETURN_DOSSIER, CONFIRM_RETURN, END_SANCTIONED);
    CaseReferral referral = flow.referral(instance);
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SANCTIONED);
    assertThat(referral.getPenaltyDecisionNumber()).isEqualTo("21/QĐ-XPHC");
    assertThat(referral.getReturnedAt()).isNotNull();
    assertThat(referral.getEvents())
        .extracting(ReferralEvent::getAction)
        .containsSubsequence(
            ReferralEnums.Action.TRANSFERRED,
            ReferralEnums.Action.RECEIPT_ACKNOWLEDGED,
            ReferralEnums.Action.NOT_PROSECUTED,
            ReferralEnums.Action.DOSSIER_RETURNED,
            ReferralEnums.Action.RETURN_RECEIVED,
            ReferralEnums.Action.SANCTIONED);
    assertThat(referral.getDocuments())
        .extracting(ReferralDocument::getKind)
        .contains(ReferralEnums.DocumentKind.RETURN_RECORD);
  }

  @Test
  void twoExtensionsMoveTheClockAndItsTimersThenTheCaseIsDecided() {
    ProcessInstance instance = transferred("COUNTERFEIT_GOODS", false, false);
    flow.acknowledgeToday(instance, POLICE);
    CaseReferral received = flow.referral(instance);
    // received Tue 3 Mar 2026: 20 calendar days → Mon 23 Mar 2026
    assertThat(local(received.getDecisionDueAt()).toLocalDate()).isEqualTo("2026-03-23");
    assertThat(local(flow.task(instance, RECORD_DECISION).getDueDate()).toLocalDate())
        .isEqualTo("2026-03-23");

    flow.submit(
        instance,
        RECORD_DECISION,
        POLICE,
        extension(2, "INVESTIGATION_BODY", "Thủ trưởng Cơ quan CSĐT Công an tỉnh Tây Ninh"));
    // 23 Mar + 2 months = Sat 23 May → Mon 25 May 2026
    assertThat(local(flow.task(instance, RECORD_DECISION).getDueDate()).toLocalDate())
        .isEqualTo("2026-05-25");
    assertThat(flow.timers(instance))
        .extracting(j -> local(j.getDuedate()).toLocalDate().toString())
        .containsExactly("2026-05-20", "2026-05-26");

    flow.submit(
        instance,
        RECORD_DECISION,
        POLICE,
        extension(2, "PROCURACY", "Viện kiểm sát nhân dân tỉnh Tây Ninh"));
    // 25 May + 2 months = Sat 25 Jul → Mon 27 Jul 2026
    assertThat(local(flow.task(instance, RECORD_DECISION).getDueDate()).toLocalDate())
        .isEqualTo("2026-07-27");
    assertThat(local(decisionDueAt(instance)).toLocalDate()).isEqualTo("2026-07-27");

    flow.decide(instance, POLICE, "SUSPENDED", "03/QĐ-TĐC", TODAY());

    assertThat(instance).isWaitingAt(FOLLOW_SUSPENSION).task().hasCandidateGroup("CA-TNI.liaison");
    CaseReferral referral = flow.referral(instance);
    assertThat(referral.getExtensions())
        .extracting(ReferralExtension::getApprovingBodyType)
        .containsExactly(
            ReferralEnums.ApprovingBodyType.INVESTIGATION_BODY,
            ReferralEnums.ApprovingBodyType.PROCURACY);
    assertThat(referral.getExtensions()).allSatisfy(e -> assertThat(e.getReason()).isNotBlank());
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SUSPENDED);
  }

  @Test
  void secondExtensionPastTheCapIsRefusedAndNothingChanges() {
    ProcessInstance instance = transferred("COUNTERFEIT_GOODS", false, false);
    flow.acknowledgeToday(instance, POLICE);
    flow.submit(
        instance,
        RECORD_DECISION,
        POLICE,
        extension(2, "INVESTIGATION_BODY", "Thủ trưởng Cơ quan CSĐT"));
    String taskId = flow.task(instance, RECORD_DECISION).getId();
    List<String> timers = flow.timers(instance).stream().map(j -> j.getId()).toList();

    // more than 2 months
    assertRefused(
        () ->
            flow.submit(
                instance, RECORD_DECISION, POLICE, extension(3, "PROCURACY", "Viện kiểm sát")),
        "không quá 2 tháng");
    // the second one is the Procuracy's
    assertRefused(
        () ->
            flow.submit(
                instance,
                RECORD_DECISION,
                POLICE,
                extension(1, "INVESTIGATION_BODY", "Thủ trưởng")),
        "Viện kiểm sát");
    // later than 5 days before expiry (due Mon 25 May 2026)
    clockAt("2026-05-21T09:00");
    assertRefused(
        () ->
            flow.submit(
                instance, RECORD_DECISION, POLICE, extension(2, "PROCURACY", "Viện kiểm sát")),
        "chậm nhất 5 ngày");

    CaseReferral unchanged = flow.referral(instance);
    assertThat(unchanged.getExtensions()).hasSize(1);
    assertThat(local(unchanged.getDecisionDueAt()).toLocalDate()).isEqualTo("2026-05-25");
    assertThat(flow.task(instance, RECORD_DECISION).getId()).isEqualTo(taskId);
    assertThat(flow.timers(instance)).extracting(j -> j.getId()).containsExactlyElementsOf(timers);

    clockAt("2026-05-20T09:00");
    flow.submit(
        instance,
        RECORD_DECISION,
        POLICE,
        extension(2, "PROCURACY", "Viện kiểm sát nhân dân tỉnh Tây Ninh"));
    // a third extension is refused
    assertRefused(
        () ->
            flow.submit(
                instance, RECORD_DECISION, POLICE, extension(1, "PROCURACY", "Viện kiểm sát")),
        "số lần tối đa");
    assertThat(flow.referral(instance).getExtensions()).hasSize(2);
    assertThat(instance).isWaitingAt(RECORD_DECISION);
  }

  private java.util.Date decisionDueAt(ProcessInstance instance) {
    return ReferralProcess.Variables.DECISION_DUE_AT
        .find(runtimeService.getVariables(instance.getId()))
        .orElseThrow();
  }

  private static java.util.Map<String, Object> extension(int months, String bodyType, String body) {
    return java.util.Map.of(
        DECISION_OUTCOME,
        EXTENDED,
        "extensionMonths",
        months,
        "extensionReason",
        "Vụ việc phức tạp, cần giám định hàng hóa và xác minh tại nhiều địa điểm.",
        "approvingBodyType",
        bodyType,
        "approvingBody",
        body,
        "approvalNumber",
        "01/QĐ-GH");
  }

  // ----------------------------------------------------------------------------------- timers

  @Test
  void overdueAcknowledgmentIsEscalatedToTheQlttLeader() {
    ProcessInstance instance = transferred("COUNTERFEIT_GOODS", false, false);
    String code = flow.referral(instance).getCode();
    // acknowledgment due Wed 4 Mar 2026 (1 working day); reminder that morning, escalation Thu 5
    // Mar 08:00
    assertThat(local(flow.task(instance, ACKNOWLEDGE_RECEIPT).getDueDate()).toLocalDate())
        .isEqualTo("2026-03-04");
    assertThat(local(flow.referral(instance).getAckDueAt()).toLocalDate()).isEqualTo("2026-03-04");

    assertThat(flow.fireTimersDueBy(instance, "2026-03-04T08:30")).hasSize(1);
    assertThat(flow.notifications(code))
        .contains("REMINDER daumoi.catni")
        .doesNotContain("ESCALATION lanhdao.qltttni");

    assertThat(flow.fireTimersDueBy(instance, "2026-03-05T08:30")).hasSize(1);
    assertThat(flow.notifications(code)).contains("ESCALATION lanhdao.qltttni");
    assertThat(instance).isWaitingAt(ACKNOWLEDGE_RECEIPT);
    assertThat(flow.referral(instance).isOverdue(ClockUtil.getCurrentTime().toInstant())).isTrue();
  }

  @Test
  void everyReminderAndEscalationFiresOnTheMovedClock() {
    ProcessInstance instance =
        track(flow.open(dossier("SMUGGLED_GOODS", false, false, "ENFORCING_PENALTY")));
    String code = flow.referral(instance).getCode();

    flow.fireAllTimers(instance); // Task_PrepareDossier
    flow.submit(instance, PREPARE_DOSSIER, OFFICER);
    flow.fireAllTimers(instance); // Task_ConfirmRouting
    flow.submit(instance, CONFIRM_ROUTING, OFFICER, "routingOverride", false);
    flow.fireAllTimers(instance); // Task_ReviewDossier
    flow.submit(instance, REVIEW_DOSSIER, TEAM_LEADER, REVIEW_OUTCOME, "APPROVED");
    flow.fireAllTimers(instance); // Task_DecideTransfer
    flow.submit(instance, DECIDE_TRANSFER, CHI_CUC_LEADER, TRANSFER_DECISION, "TRANSFER");
    assertThat(flow.referral(instance).getEvents())
        .filteredOn(e -> e.getAction() == ReferralEnums.Action.TRANSFERRED)
        .singleElement()
        .satisfies(e -> assertThat(e.getDetail()).startsWith("quá hạn chuyển"));
    flow.fireAllTimers(instance); // Task_AcknowledgeReceipt
    flow.acknowledgeToday(instance, POLICE);
    assertThat(flow.fireAllTimers(instance)).hasSize(2); // Task_RecordDecision
    assertThat(instance).isWaitingAt(RECORD_DECISION);
    assertThat(flow.referral(instance).isOverdue(ClockUtil.getCurrentTime().toInstant())).isTrue();
    flow.decide(instance, POLICE, "NOT_PROSECUTED", "31/QĐ-KKT", TODAY());
    flow.fireAllTimers(instance); // Task_ReturnDossier
    flow.submit(
        instance,
        RETURN_DOSSIER,
        POLICE,
        "returnDate",
        today(),
        "returnNote",
        "Toàn bộ hồ sơ và tang vật.");
    flow.fireAllTimers(instance); // Task_ConfirmReturn
    flow.submit(
        instance, CONFIRM_RETURN, OFFICER, "returnReceivedDate", today(), "exhibitsComplete", true);
    flow.fireAllTimers(instance); // Task_HandleAdministratively
    flow.submit(
        instance,
        HANDLE_ADMINISTRATIVELY,
        OFFICER,
        "penaltyDecisionNumber",
        "40/QĐ-XPHC",
        "penaltyDecisionDate",
        vn.phoihop.TestRequests.formDate(TODAY()));

    assertThat(instance).isEnded();
    List<String> sent = flow.notifications(code);
    assertThat(sent)
        .contains(
            "REMINDER canbo.qltttnid1",
            "REMINDER lanhdao.qltttnid1",
            "REMINDER lanhdao.qltttni",
            "REMINDER daumoi.catni",
            "ESCALATION lanhdao.qltttni",
            "ESCALATION quanly.qltttni");
    assertThat(sent.stream().filter(s -> s.startsWith("ESCALATION")).count()).isEqualTo(9);
    assertThat(sent.stream().filter(s -> s.startsWith("REMINDER")).count())
        .isGreaterThanOrEqualTo(8);
  }

  @Test
  void dossierOpenedFromTheTasklistStartFormGetsItsNumberAsBusinessKey() {
    identityService.setAuthentication(OFFICER.userId(), OFFICER.groups());
    ProcessInstance instance;
    try {
      instance =
          formService.submitStartForm(
              repositoryService
                  .createProcessDefinitionQuery()
                  .processDefinitionKey(KEY)
                  .latestVersion()
                  .singleResult()
                  .getId(),
              startFormValues());
    } finally {
      identityService.clearAuthentication();
    }
    track(instance);

    assertThat(instance.getBusinessKey()).matches("CHS-2026-\\d{4}");
    assertThat(instance).isWaitingAt(PREPARE_DOSSIER).task().hasCandidateGroup("QLTT-TNI-D1.staff");
    CaseReferral referral = flow.referral(instance);
    assertThat(referral.getCode()).isEqualTo(instance.getBusinessKey());
    assertThat(referral.getOpenedBy()).isEqualTo(OFFICER.userId());
    assertThat(referral.getSubDepartment()).isEqualTo("QLTT-TNI");
    assertThat(runtimeService.getVariables(instance.getId()))
        .containsEntry(OPENING_AGENCY, "QLTT-TNI-D1")
        .containsEntry(SUB_DEPARTMENT, "QLTT-TNI");

    // the Prepare task refuses to go on without evidence
    assertRefused(
        () -> flow.submit(instance, PREPARE_DOSSIER, OFFICER), "chưa có tài liệu chứng cứ");
  }

  private java.util.Map<String, Object> startFormValues() {
    java.util.Map<String, Object> values =
        new java.util.HashMap<>(PrepareDossierHandler.formFields(sample().dossier()));
    values.put(VIOLATION_CATEGORY, "SMUGGLED_GOODS");
    values.put(BORDER_AREA, false);
    values.put(CUSTOMS_CONTROL, true);
    values.remove("offenderAddress");
    return values;
  }

  private CaseReferral sample() {
    // a throwaway aggregate whose fields fill the start form like an officer would
    return new CaseReferral(
        "CHS-0000-0000",
        dossier("SMUGGLED_GOODS", false, true, "CONSIDERING_PENALTY")
            .validate(registry(), java.time.LocalDate.of(2026, 3, 3)),
        "QLTT-TNI-D1",
        "QLTT-TNI",
        ClockUtil.getCurrentTime().toInstant(),
        OFFICER.userId(),
        ClockUtil.getCurrentTime().toInstant());
  }

  @Autowired vn.phoihop.agency.AgencyRegistry agencyRegistry;

  private vn.phoihop.agency.AgencyRegistry registry() {
    return agencyRegistry;
  }

  // -------------------------------------------------------------- legal events (issue 12)

  private static String due(java.util.Date date) {
    return local(date).toLocalDateTime().toString();
  }

  private List<String> timerDates(ProcessInstance instance) {
    return flow.timers(instance).stream()
        .map(j -> local(j.getDuedate()).toLocalDateTime().toString())
        .toList();
  }

  private ReferralEvent last(ProcessInstance instance, ReferralEnums.Action action) {
    return flow.referral(instance).getEvents().stream()
        .filter(e -> e.getAction() == action)
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  @Test
  void lateRecordedReceiptCountsTheDecisionClockFromTheLegalDateAndSaysItWasLate() {
    clockAt("2026-04-06T09:00"); // Monday: handover record dated 06/04/2026
    ProcessInstance instance = transferred("COUNTERFEIT_GOODS", false, false);
    String ackTask = flow.task(instance, ACKNOWLEDGE_RECEIPT).getId();
    clockAt("2026-04-13T10:00"); // recorded the next Monday

    // the legal date is checked: a real day, not in the future, not before the handover record
    assertRefused(
        () ->
            flow.submit(
                instance,
                ACKNOWLEDGE_RECEIPT,
                POLICE,
                RECEIPT_DECISION,
                ACCEPTED,
                "receivedOn",
                "31/04/2026"),
        "Ngày tiếp nhận hồ sơ");
    assertRefused(
        () -> flow.acknowledge(instance, POLICE, "2026-04-14"),
        "Ngày tiếp nhận hồ sơ không được sau ngày hôm nay (13/04/2026).");
    assertRefused(
        () -> flow.acknowledge(instance, POLICE, "2026-04-05"),
        "Ngày tiếp nhận hồ sơ không được trước ngày của biên bản giao nhận (06/04/2026).");
    assertRefused(
        () -> flow.submit(instance, ACKNOWLEDGE_RECEIPT, POLICE, "receivedOn", day("2026-04-10")),
        "tiếp nhận hồ sơ hoặc từ chối");
    assertThat(flow.task(instance, ACKNOWLEDGE_RECEIPT).getId()).isEqualTo(ackTask);
    assertThat(flow.referral(instance).getStatus()).isEqualTo(ReferralStatus.TRANSFERRED);

    flow.acknowledge(instance, POLICE, "2026-04-10"); // received on Friday 10 April

    // 10 Apr + 20 days = Thu 30 Apr, a holiday: a limit in days of criminal procedure still ends
    // at 24:00 of its last day
    CaseReferral referral = flow.referral(instance);
    assertThat(referral.getReceivedOn()).isEqualTo("2026-04-10");
    assertThat(local(referral.getReceivedAt()).toLocalDate()).isEqualTo("2026-04-13");
    assertThat(due(flow.task(instance, RECORD_DECISION).getDueDate()))
        .isEqualTo("2026-04-30T23:59:59");
    assertThat(local(referral.getDecisionDueAt()).toLocalDateTime())
        .isEqualTo("2026-04-30T23:59:59");
    // reminder 3 working days before (29, 28 Apr; 27 Apr is the day off for Hùng Kings'
    // festival; 24 Apr), escalation 1 working day after (1 May holiday, 2–3 May weekend: Mon 4
    // May), both 08:00
    assertThat(timerDates(instance)).containsExactly("2026-04-24T08:00", "2026-05-04T08:00");
    ReferralEvent receipt = last(instance, ReferralEnums.Action.RECEIPT_ACKNOWLEDGED);
    assertThat(receipt.getLegalDate()).isEqualTo("2026-04-10");
    assertThat(receipt.recordedLateDays()).isEqualTo(3);
    assertThat(receipt.getDetail())
        .isEqualTo("Tiếp nhận ngày 10/04/2026; hạn giải quyết: 23:59 ngày 30/04/2026");
    assertThat(runtimeService.getVariable(instance.getId(), DOSSIER_SUMMARY))
        .asString()
        .contains(
            "**Ngày tiếp nhận hồ sơ:** 10/04/2026 (ghi nhận muộn 3 ngày, lúc 10:00 ngày 13/04/2026)");

    // a decision signed in time but recorded after the clock ended is in time
    clockAt("2026-05-06T09:00");
    assertRefused(
        () -> flow.decide(instance, POLICE, "NOT_PROSECUTED", "05/QĐ", "2026-04-09"),
        "Ngày ký quyết định không được trước ngày tiếp nhận hồ sơ (10/04/2026).");
    flow.decide(instance, POLICE, "NOT_PROSECUTED", "05/QĐ-KKT", "2026-04-30");
    CaseReferral decided = flow.referral(instance);
    assertThat(decided.decidedInTime()).isTrue();
    assertThat(last(instance, ReferralEnums.Action.NOT_PROSECUTED).getDetail())
        .isEqualTo("Quyết định số 05/QĐ-KKT ngày 30/04/2026; trong hạn 23:59 ngày 30/04/2026");
    assertThat(last(instance, ReferralEnums.Action.NOT_PROSECUTED).recordedLateDays()).isEqualTo(6);
    // the return clock counts 3 working days from the decision's date: 1 May (holiday) and 2–3
    // May (weekend) are not counted: 4, 5, 6 May
    assertThat(due(flow.task(instance, RETURN_DOSSIER).getDueDate()))
        .isEqualTo("2026-05-06T23:59:59");
  }

  @Test
  void refusedDossierGoesBackToTheChiCucLeaderWhoSendsItToAnotherCompetentBody() {
    clockAt("2026-04-28T09:00"); // Tuesday
    ProcessInstance instance = transferred("COUNTERFEIT_GOODS", false, false);
    // acknowledgment: 1 working day from the handover record's date → Wed 29 Apr
    assertThat(due(flow.task(instance, ACKNOWLEDGE_RECEIPT).getDueDate()))
        .isEqualTo("2026-04-29T23:59:59");
    clockAt("2026-04-29T10:00");

    assertRefused(
        () -> flow.submit(instance, ACKNOWLEDGE_RECEIPT, POLICE, RECEIPT_DECISION, REFUSED),
        "lý do từ chối");
    flow.submit(
        instance,
        ACKNOWLEDGE_RECEIPT,
        POLICE,
        RECEIPT_DECISION,
        REFUSED,
        "refusalReason",
        "Hàng đang trong kho ngoại quan: thuộc thẩm quyền của Hải quan.");

    assertThat(instance).isWaitingAt(REROUTE_REFERRAL).task().hasCandidateGroup("QLTT-TNI.leader");
    // 1 working day from Wed 29 Apr: 30 Apr and 1 May are holidays, 2–3 May a weekend → Mon 4 May
    assertThat(due(flow.task(instance, REROUTE_REFERRAL).getDueDate()))
        .isEqualTo("2026-05-04T23:59:59");
    CaseReferral refused = flow.referral(instance);
    assertThat(refused.getStatus()).isEqualTo(ReferralStatus.REFUSED);
    assertThat(refused.getRefusalReason()).startsWith("Hàng đang trong kho ngoại quan");
    assertThat(runtimeService.getVariable(instance.getId(), "competentBodyOptions"))
        .asString()
        .contains("HQ-KV17")
        .doesNotContain("\"CA-TNI\"");

    assertRefused(
        () ->
            flow.submit(
                instance,
                REROUTE_REFERRAL,
                CHI_CUC_LEADER,
                REROUTE_DECISION,
                REROUTE,
                "rerouteAgency",
                "HQ-KV17"),
        "Hãy nêu lý do.");
    assertRefused(
        () ->
            flow.submit(
                instance,
                REROUTE_REFERRAL,
                CHI_CUC_LEADER,
                REROUTE_DECISION,
                REROUTE,
                "rerouteAgency",
                "CA-TNI",
                "rerouteReason",
                "Thử lại"),
        "đang giữ vụ việc");
    flow.submit(
        instance,
        REROUTE_REFERRAL,
        CHI_CUC_LEADER,
        REROUTE_DECISION,
        REROUTE,
        "rerouteAgency",
        "HQ-KV17",
        "rerouteReason",
        "Chuyển Hải quan khu vực XVII theo ý kiến của Công an tỉnh.");

    assertThat(instance)
        .isWaitingAt(ACKNOWLEDGE_RECEIPT)
        .task()
        .hasCandidateGroup("HQ-KV17.liaison");
    // the new handover is dated Wed 29 Apr: acknowledgment due Mon 4 May
    assertThat(due(flow.task(instance, ACKNOWLEDGE_RECEIPT).getDueDate()))
        .isEqualTo("2026-05-04T23:59:59");
    CaseReferral rerouted = flow.referral(instance);
    assertThat(rerouted.getStatus()).isEqualTo(ReferralStatus.TRANSFERRED);
    assertThat(rerouted.getReceivingAgency()).isEqualTo("HQ-KV17");
    assertThat(rerouted.getHandoverNumber()).isEqualTo("BB-" + rerouted.getCode() + "-2");
    assertThat(rerouted.getDocuments())
        .filteredOn(d -> d.getKind() == ReferralEnums.DocumentKind.HANDOVER_RECORD)
        .hasSize(4); // two handovers, each as DOCX and PDF
    assertThat(rerouted.getEvents())
        .extracting(ReferralEvent::getAction)
        .containsSubsequence(
            ReferralEnums.Action.TRANSFERRED,
            ReferralEnums.Action.RECEIPT_REFUSED,
            ReferralEnums.Action.REROUTED,
            ReferralEnums.Action.TRANSFERRED);
    assertThat(last(instance, ReferralEnums.Action.REROUTED).getReason())
        .startsWith("Chuyển Hải quan khu vực XVII");
    assertThat(flow.notifications(rerouted.getCode())).contains("INFO daumoi.hqkv17");
    // the police no longer hold it
    assertRefused(() -> flow.acknowledgeToday(instance, POLICE), "");
    flow.acknowledge(instance, CUSTOMS, "2026-04-29");
    assertThat(flow.referral(instance).getReceivingAgency()).isEqualTo("HQ-KV17");
  }

  @Test
  void refusedDossierKeptByQlttIsSanctionedAdministratively() {
    clockAt("2026-04-01T09:00"); // Wednesday
    ProcessInstance instance = transferred("COUNTERFEIT_GOODS", false, false);
    flow.submit(
        instance,
        ACKNOWLEDGE_RECEIPT,
        POLICE,
        RECEIPT_DECISION,
        REFUSED,
        "refusalReason",
        "Trị giá hàng hóa chưa đến ngưỡng truy cứu.");
    flow.submit(
        instance,
        REROUTE_REFERRAL,
        CHI_CUC_LEADER,
        REROUTE_DECISION,
        ADMINISTRATIVE,
        "rerouteReason",
        "Đồng ý với Công an: xử phạt vi phạm hành chính.");

    assertThat(instance)
        .isWaitingAt(HANDLE_ADMINISTRATIVELY)
        .task()
        .hasCandidateGroup("QLTT-TNI-D1.staff");
    // 30 days from Wed 1 Apr = Fri 1 May (holiday) → weekend → Mon 4 May
    assertThat(due(flow.task(instance, HANDLE_ADMINISTRATIVELY).getDueDate()))
        .isEqualTo("2026-05-04T23:59:59");
    assertThat(flow.referral(instance).getStatus())
        .isEqualTo(ReferralStatus.ADMINISTRATIVE_HANDLING);
    flow.submit(
        instance,
        HANDLE_ADMINISTRATIVELY,
        OFFICER,
        "penaltyDecisionNumber",
        "18/QĐ-XPHC",
        "penaltyDecisionDate",
        "01/04/2026");
    assertThat(instance).isEnded().hasPassed(REROUTE_REFERRAL, END_SANCTIONED);
  }

  @Test
  void forwardedCaseGoesToTheCompetentBodyWhoseOwnClockStartsOnItsReceipt() {
    clockAt("2026-04-06T09:00");
    ProcessInstance instance = transferred("COUNTERFEIT_GOODS", false, false);
    flow.acknowledge(instance, POLICE, "2026-04-06");
    clockAt("2026-04-10T09:00"); // Friday

    assertRefused(
        () ->
            flow.submit(
                instance,
                RECORD_DECISION,
                POLICE,
                DECISION_OUTCOME,
                FORWARDED,
                "forwardAgency",
                "HQ-KV17",
                "forwardDate",
                day("2026-04-09")),
        "lý do chuyển vụ việc theo thẩm quyền");
    assertRefused(
        () ->
            flow.submit(
                instance,
                RECORD_DECISION,
                POLICE,
                DECISION_OUTCOME,
                FORWARDED,
                "forwardAgency",
                "HQ-KV17",
                "forwardDate",
                day("2026-04-05"),
                "forwardReason",
                "Hàng nhập lậu qua cửa khẩu."),
        "Ngày chuyển vụ việc không được trước ngày tiếp nhận hồ sơ (06/04/2026).");
    flow.submit(
        instance,
        RECORD_DECISION,
        POLICE,
        DECISION_OUTCOME,
        FORWARDED,
        "forwardAgency",
        "HQ-KV17",
        "forwardDate",
        day("2026-04-09"),
        "forwardReason",
        "Hàng nhập lậu qua cửa khẩu: thuộc thẩm quyền của Hải quan.");

    assertThat(instance)
        .hasPassed(FORWARD_REFERRAL)
        .isWaitingAt(ACKNOWLEDGE_RECEIPT)
        .task()
        .hasCandidateGroup("HQ-KV17.liaison");
    // the competent body's acknowledgment: 1 working day from the forwarding date, Thu 9 → Fri 10
    assertThat(due(flow.task(instance, ACKNOWLEDGE_RECEIPT).getDueDate()))
        .isEqualTo("2026-04-10T23:59:59");
    CaseReferral forwarded = flow.referral(instance);
    assertThat(forwarded.getStatus()).isEqualTo(ReferralStatus.TRANSFERRED);
    assertThat(forwarded.getReceivingAgency()).isEqualTo("HQ-KV17");
    assertThat(forwarded.getReceivedOn()).isNull();
    assertThat(forwarded.getHandedOverOn()).isEqualTo("2026-04-09");
    assertThat(forwarded.getDocuments())
        .filteredOn(d -> d.getKind() == ReferralEnums.DocumentKind.HANDOVER_RECORD)
        .hasSize(4); // two handovers, each as DOCX and PDF
    ReferralEvent forward = last(instance, ReferralEnums.Action.FORWARDED);
    assertThat(forward.getActor()).isEqualTo(POLICE.userId());
    assertThat(forward.getLegalDate()).isEqualTo("2026-04-09");
    assertThat(forward.recordedLateDays()).isEqualTo(1);
    assertThat(flow.notifications(forwarded.getCode()))
        .contains("INFO daumoi.hqkv17", "INFO canbo.qltttnid1");

    assertRefused(
        () -> flow.acknowledge(instance, CUSTOMS, "2026-04-08"),
        "không được trước ngày của biên bản giao nhận (09/04/2026).");
    flow.acknowledge(instance, CUSTOMS, "2026-04-10");
    // customs' own 20 days from Fri 10 Apr: Thu 30 Apr, a holiday, at 24:00; escalated on the
    // next working day after it, Mon 4 May (1 May holiday, 2–3 May weekend)
    assertThat(due(flow.task(instance, RECORD_DECISION).getDueDate()))
        .isEqualTo("2026-04-30T23:59:59");
    assertThat(timerDates(instance)).containsExactly("2026-04-24T08:00", "2026-05-04T08:00");
    assertThat(flow.task(instance, RECORD_DECISION))
        .satisfies(
            t ->
                assertThat(taskService.getIdentityLinksForTask(t.getId()))
                    .extracting(l -> l.getGroupId())
                    .containsExactly("HQ-KV17.liaison"));
  }

  @Test
  void suspendedCaseIsRemindedMonthlyAndResumesWithANewClockThenTheDossierComesBack() {
    clockAt("2026-03-02T09:00"); // Monday
    ProcessInstance instance = transferred("COUNTERFEIT_GOODS", false, false);
    flow.acknowledgeToday(instance, POLICE);
    clockAt("2026-03-10T09:00");

    assertRefused(
        () ->
            flow.submit(
                instance,
                RECORD_DECISION,
                POLICE,
                DECISION_OUTCOME,
                "SUSPENDED",
                "decisionNumber",
                "03/QĐ-TĐC",
                "decisionDate",
                day("2026-03-10")),
        "lý do tạm đình chỉ");
    flow.decide(instance, POLICE, "SUSPENDED", "03/QĐ-TĐC", "2026-03-10");

    assertThat(instance).isWaitingAt(FOLLOW_SUSPENSION).task().hasCandidateGroup("CA-TNI.liaison");
    CaseReferral suspended = flow.referral(instance);
    assertThat(suspended.getStatus()).isEqualTo(ReferralStatus.SUSPENDED);
    assertThat(suspended.getStatus().isClosed()).isFalse();
    assertThat(suspended.getSuspensionReason()).isEqualTo("Chờ kết quả giám định hàng hóa.");
    // asked every month from the suspension: Fri 10 Apr, then 10 May, …
    assertThat(due(flow.task(instance, FOLLOW_SUSPENSION).getDueDate()))
        .isEqualTo("2026-04-10T23:59:59");
    assertThat(timerDates(instance)).containsExactly("2026-04-10T08:00");
    assertThat(flow.fireTimersDueBy(instance, "2026-04-10T08:30")).hasSize(1);
    assertThat(timerDates(instance)).containsExactly("2026-05-10T08:00");
    assertThat(flow.fireTimersDueBy(instance, "2026-05-10T08:30")).hasSize(1);
    String code = suspended.getCode();
    assertThat(flow.notifications(code).stream().filter("REMINDER daumoi.catni"::equals))
        .hasSize(2);

    clockAt("2026-05-11T09:00");
    assertRefused(
        () ->
            flow.submit(
                instance,
                FOLLOW_SUSPENSION,
                POLICE,
                "resumptionNumber",
                "04/QĐ-PH",
                "resumptionDate",
                day("2026-03-09"),
                "resumptionReason",
                "Đã có kết quả giám định."),
        "không được trước ngày quyết định tạm đình chỉ (10/03/2026).");
    flow.submit(
        instance,
        FOLLOW_SUSPENSION,
        POLICE,
        "resumptionNumber",
        "04/QĐ-PH",
        "resumptionDate",
        day("2026-04-10"),
        "resumptionReason",
        "Đã có kết quả giám định.");

    // the clock opens again from the resumption decision of Fri 10 Apr: 20 days → Thu 30 Apr
    assertThat(instance).isWaitingAt(RECORD_DECISION);
    assertThat(due(flow.task(instance, RECORD_DECISION).getDueDate()))
        .isEqualTo("2026-04-30T23:59:59");
    CaseReferral resumed = flow.referral(instance);
    assertThat(resumed.getStatus()).isEqualTo(ReferralStatus.AWAITING_DECISION);
    assertThat(resumed.getClockStartedOn()).isEqualTo("2026-04-10");
    assertThat(resumed.getOutcome()).isNull();

    clockAt("2026-05-12T09:00");
    flow.decide(instance, POLICE, "NOT_PROSECUTED", "09/QĐ-KKT", "2026-04-28");
    // 3 working days from Tue 28 Apr: Wed 29; 30 Apr, 1 May holidays; weekend; Mon 4, Tue 5 May
    assertThat(due(flow.task(instance, RETURN_DOSSIER).getDueDate()))
        .isEqualTo("2026-05-05T23:59:59");
    assertRefused(
        () ->
            flow.submit(
                instance,
                RETURN_DOSSIER,
                POLICE,
                "returnDate",
                day("2026-04-27"),
                "returnNote",
                "Hồ sơ."),
        "Ngày trả hồ sơ không được trước ngày quyết định không khởi tố (28/04/2026).");
    flow.submit(
        instance,
        RETURN_DOSSIER,
        POLICE,
        "returnDate",
        day("2026-05-05"),
        "returnNote",
        "Hồ sơ 40 bút lục, 12.000 bao thuốc lá, biên bản trả 09/BB.");
    assertThat(instance).isWaitingAt(CONFIRM_RETURN).task().hasCandidateGroup("QLTT-TNI-D1.staff");
    CaseReferral returned = flow.referral(instance);
    assertThat(returned.getStatus()).isEqualTo(ReferralStatus.RETURNED);
    assertThat(returned.getDocuments())
        .filteredOn(d -> d.getKind() == ReferralEnums.DocumentKind.RETURN_RECORD)
        .hasSize(2); // DOCX and PDF

    assertRefused(
        () ->
            flow.submit(instance, CONFIRM_RETURN, OFFICER, "returnReceivedDate", day("2026-05-12")),
        "Chưa nhận đủ");
    flow.submit(
        instance,
        CONFIRM_RETURN,
        OFFICER,
        "returnReceivedDate",
        day("2026-05-06"),
        "exhibitsComplete",
        true,
        "verificationNeeded",
        true);
    // verification needed: 45 days from Wed 6 May = Sat 20 Jun → Mon 22 Jun
    assertThat(due(flow.task(instance, HANDLE_ADMINISTRATIVELY).getDueDate()))
        .isEqualTo("2026-06-22T23:59:59");
    assertThat(flow.referral(instance).getReturnReceivedOn()).isEqualTo("2026-05-06");
    assertRefused(
        () ->
            flow.submit(
                instance,
                HANDLE_ADMINISTRATIVELY,
                OFFICER,
                "penaltyDecisionNumber",
                "30/QĐ-XPHC",
                "penaltyDecisionDate",
                day("2026-05-05")),
        "Ngày");
    flow.submit(
        instance,
        HANDLE_ADMINISTRATIVELY,
        OFFICER,
        "penaltyDecisionNumber",
        "30/QĐ-XPHC",
        "penaltyDecisionDate",
        day("2026-05-12"));
    assertThat(instance).isEnded().hasPassed(FOLLOW_SUSPENSION, CONFIRM_RETURN, END_SANCTIONED);
    assertThat(flow.referral(instance).getEvents())
        .extracting(ReferralEvent::getAction)
        .containsSubsequence(
            ReferralEnums.Action.SUSPENDED,
            ReferralEnums.Action.RESUMED,
            ReferralEnums.Action.NOT_PROSECUTED,
            ReferralEnums.Action.DOSSIER_RETURNED,
            ReferralEnums.Action.RETURN_RECEIVED,
            ReferralEnums.Action.SANCTIONED);
  }

  @Test
  void prosecutedCaseIsFollowedEveryQuarterUntilItsOutcomeIsRecorded() {
    clockAt("2026-01-12T09:00"); // Monday
    ProcessInstance instance = transferred("COUNTERFEIT_GOODS", false, false);
    flow.acknowledgeToday(instance, POLICE);
    clockAt("2026-01-30T15:00");
    flow.decide(instance, POLICE, "PROSECUTED", "07/QĐ-KTVA", "2026-01-30");

    assertThat(instance)
        .isWaitingAt(FOLLOW_PROSECUTION)
        .task()
        .hasCandidateGroup("QLTT-TNI-D1.staff");
    // a report a quarter after the decision: 30 Apr (holiday) → 1 May (holiday), weekend → 4 May;
    // reminded 5 working days before (22 Apr), then every quarter while nothing is recorded
    assertThat(due(flow.task(instance, FOLLOW_PROSECUTION).getDueDate()))
        .isEqualTo("2026-05-04T23:59:59");
    assertThat(timerDates(instance)).containsExactly("2026-04-22T08:00");
    assertThat(flow.fireTimersDueBy(instance, "2026-04-22T08:30")).hasSize(1);
    assertThat(timerDates(instance)).containsExactly("2026-07-22T08:00");
    assertThat(flow.fireTimersDueBy(instance, "2026-07-22T08:30")).hasSize(1);
    String code = flow.referral(instance).getCode();
    assertThat(flow.notifications(code).stream().filter("REMINDER canbo.qltttnid1"::equals))
        .hasSize(2);

    assertRefused(
        () ->
            flow.submit(
                instance,
                FOLLOW_PROSECUTION,
                OFFICER,
                FOLLOW_UP_OUTCOME,
                IN_PROGRESS,
                "followUpDate",
                day("2026-07-20")),
        "tiến độ");
    assertRefused(
        () ->
            flow.submit(
                instance,
                FOLLOW_PROSECUTION,
                OFFICER,
                FOLLOW_UP_OUTCOME,
                IN_PROGRESS,
                "followUpDate",
                day("2026-01-29"),
                "followUpNote",
                "x"),
        "không được trước ngày quyết định khởi tố (30/01/2026).");
    flow.submit(
        instance,
        FOLLOW_PROSECUTION,
        OFFICER,
        FOLLOW_UP_OUTCOME,
        IN_PROGRESS,
        "followUpDate",
        day("2026-07-20"),
        "followUpNote",
        "Viện kiểm sát đã có quyết định phê chuẩn khởi tố bị can (văn bản số 15/VKS).");
    // the next report: a quarter from 20 Jul → Tue 20 Oct 2026
    assertThat(instance).isWaitingAt(FOLLOW_PROSECUTION);
    assertThat(due(flow.task(instance, FOLLOW_PROSECUTION).getDueDate()))
        .isEqualTo("2026-10-20T23:59:59");
    assertThat(last(instance, ReferralEnums.Action.PROSECUTION_UPDATED).getLegalDate())
        .isEqualTo("2026-07-20");

    clockAt("2026-10-05T09:00");
    flow.submit(
        instance,
        FOLLOW_PROSECUTION,
        OFFICER,
        FOLLOW_UP_OUTCOME,
        CONCLUDED,
        "followUpDate",
        day("2026-10-02"),
        "followUpNote",
        "Tòa án nhân dân tỉnh Tây Ninh xét xử sơ thẩm: bản án số 45/2026/HS-ST.");

    assertThat(instance).isEnded().hasPassed(END_CONCLUDED);
    CaseReferral concluded = flow.referral(instance);
    assertThat(concluded.getStatus()).isEqualTo(ReferralStatus.CASE_CONCLUDED);
    assertThat(concluded.getConcludedOn()).isEqualTo("2026-10-02");
    assertThat(concluded.getProsecutionResult()).startsWith("Tòa án nhân dân tỉnh Tây Ninh");
    assertThat(concluded.getClosedAt()).isNotNull();
  }
}
