package vn.phoihop.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
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
import vn.phoihop.TestRequests;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.evaluation.AgreementEvaluations;
import vn.phoihop.evaluation.Conclusion;
import vn.phoihop.evaluation.ConferenceKind;
import vn.phoihop.evaluation.EvaluationProcess;
import vn.phoihop.evaluation.EvaluationStatus;
import vn.phoihop.evaluation.EvaluationSummary;
import vn.phoihop.evaluation.Kpi;
import vn.phoihop.evaluation.PeriodKind;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;

/**
 * One test per path of {@code coordination-agreement}. Steps are taken as Tasklist takes them:
 * claim, then complete with the form's values; timers fire by moving the engine clock. The class
 * fails unless every flow node (and sequence flow) of the model was passed.
 */
@SpringBootTest
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@Import(AgreementCoverageConfiguration.class)
class AgreementProcessTests {

  /** Monday 2 March 2026, 09:00 in Vietnam: no holiday in the following weeks. */
  static final ZonedDateTime START = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, Clocks.ZONE);

  static final PhoiHopUser CANBO_QLTTTNI = user("canbo.qltttni", "QLTT-TNI", "staff");
  static final PhoiHopUser CANBO_SCTTNI = user("canbo.scttni", "SCT-TNI", "staff");
  static final PhoiHopUser LANHDAO_SCTTNI = user("lanhdao.scttni", "SCT-TNI", "leader");
  static final PhoiHopUser CANBO_QLTTTNID1 = user("canbo.qltttnid1", "QLTT-TNI-D1", "staff");
  static final PhoiHopUser ADMIN = new PhoiHopUser("quantri", List.of("admin"), null);

  private static final Set<String> STARTED = new LinkedHashSet<>();
  private static HistoryService history;
  private static RepositoryService repository;

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AgreementOpening opening;
  @Autowired PartyRequests partyRequests;
  @Autowired AgreementRepository agreements;
  @Autowired AgreementQueries queries;
  @Autowired AgreementEvaluations evaluations;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired vn.phoihop.agency.AgencyAdministration registryAdministration;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(processEngine);
    history = processEngine.getHistoryService();
    repository = processEngine.getRepositoryService();
    ClockUtil.setCurrentTime(Date.from(START.toInstant()));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  /**
   * Flow-node coverage of both models, from the history of the instances this class started: every
   * node of {@code coordination-agreement}, and every node of {@code agreement-evaluation} in the
   * periods those instances called.
   */
  @AfterAll
  static void everyFlowNodeOfBothModelsWasPassed() {
    Set<String> called = new LinkedHashSet<>();
    for (String id : STARTED) {
      history
          .createHistoricProcessInstanceQuery()
          .superProcessInstanceId(id)
          .list()
          .forEach(p -> called.add(p.getId()));
    }
    assertFullCoverage(AgreementProcess.KEY, STARTED);
    assertFullCoverage(EvaluationProcess.KEY, called);
  }

  private static void assertFullCoverage(String processKey, Set<String> instances) {
    String definitionId =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(processKey)
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
    for (String id : instances) {
      history.createHistoricActivityInstanceQuery().processInstanceId(id).list().stream()
          .map(HistoricActivityInstance::getActivityId)
          .map(activityId -> activityId.replace("#multiInstanceBody", ""))
          .forEach(passed::add);
    }
    Set<String> missed = new LinkedHashSet<>(flowNodes);
    missed.removeAll(passed);
    double coverage = (flowNodes.size() - missed.size()) / (double) flowNodes.size();
    System.out.printf(
        "%s flow-node coverage: %d of %d = %.2f%n",
        processKey, flowNodes.size() - missed.size(), flowNodes.size(), coverage);
    assertThat(missed).as("flow nodes of %s never passed", processKey).isEmpty();
    assertThat(coverage).isEqualTo(1.0);
  }

  // ------------------------------------------------------------------ paths

  @Test
  void coSignedBilateralAgreementComesIntoForceAndWaitsForItsFirstEvaluation() {
    Agreement opened = open(regulation("CO_SIGNED", "SCT-TNI"), CANBO_QLTTTNI);
    ProcessInstance pi = instanceOf(opened);
    assertThat(opened.getCode()).matches("QC-2026-\\d{4}");
    assertThat(pi).isWaitingAt(Elements.DRAFT);
    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.DRAFTING);
    Task draft = task(pi, Elements.DRAFT);
    assertThat(draft).hasCandidateGroup("QLTT-TNI.staff");
    assertThat(draft.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 3, 16)));

    complete(pi, Elements.DRAFT, "canbo.qltttni", draftForm("Điều 1. Phạm vi điều chỉnh ..."));
    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.IN_REVIEW);
    assertThat(task(pi, Elements.REVIEW)).hasCandidateGroup("QLTT-TNI.leader");
    complete(pi, Elements.REVIEW, "lanhdao.qltttni", Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));

    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.IN_CONSULTATION);
    Task consult = task(pi, Elements.CONSULT);
    assertThat(consult).hasCandidateGroup("SCT-TNI.staff");
    assertThat(consult.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 3, 16)));
    complete(pi, Elements.CONSULT, "canbo.scttni", Map.of(FormFields.OPINION, "AGREE"));

    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.CONSOLIDATING);
    complete(
        pi,
        Elements.CONSOLIDATE,
        "canbo.qltttni",
        Map.of(Vars.CONSOLIDATION_DECISION, Vars.APPROVE));

    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.AWAITING_SIGNATURES);
    signAll(pi, Map.of("QLTT-TNI", "lanhdao.qltttni", "SCT-TNI", "lanhdao.scttni"));
    complete(
        pi,
        Elements.RECORD_SIGNED_DOCUMENT,
        "canbo.qltttni",
        registration("01/QCPH-QLTT-SCT", "2026-03-05"));

    Agreement inForce = agreement(opened);
    assertThat(inForce.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(inForce.getDocumentNumber()).isEqualTo("01/QCPH-QLTT-SCT");
    assertThat(inForce.getEffectiveDate()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(inForce.getInForceVersionNo()).isEqualTo(1);
    assertThat(inForce.getSignatures())
        .extracting(
            Signature::getAgencyCode, Signature::getSignatoryTitle, Signature::getRecordedBy)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("QLTT-TNI", "Chi cục trưởng", "lanhdao.qltttni"),
            org.assertj.core.groups.Tuple.tuple("SCT-TNI", "Chi cục trưởng", "lanhdao.scttni"));
    assertThat(inForce.getVersions())
        .singleElement()
        .satisfies(v -> assertThat(v.getContentHash()).hasSize(64));
    assertThat(actions(inForce))
        .containsSubsequence(
            TimelineAction.CREATED,
            TimelineAction.DRAFT_SUBMITTED,
            TimelineAction.SENT_TO_CONSULTATION,
            TimelineAction.COMMENTED,
            TimelineAction.CONSOLIDATED_FOR_APPROVAL,
            TimelineAction.SIGNED,
            TimelineAction.SIGNED,
            TimelineAction.DOCUMENT_REGISTERED,
            TimelineAction.ENTERED_INTO_FORCE);
    // The first evaluation: quarter I's cut-off (14 March) is the first after the effective date.
    assertThat(pi).isWaitingAt(Elements.EVALUATION_DUE).hasPassed(Elements.NEXT_PERIOD);
    assertThat(timer(pi, Elements.EVALUATION_DUE).getDuedate())
        .isEqualTo(startOfDay(LocalDate.of(2026, 3, 15)));
    assertThat(runtimeService.getVariables(pi.getId()).keySet())
        .as("only ids, routing values and the task cards' title stay in the process")
        .containsExactlyInAnyOrder(
            Vars.AGREEMENT_ID,
            Vars.AGREEMENT_CODE,
            Vars.CASE_TITLE,
            Vars.LEAD_AGENCY,
            Vars.PARTNER_AGENCIES,
            Vars.SIGNING_PARTIES,
            Vars.APPROVAL_PATH,
            Vars.REVIEW_DECISION,
            Vars.CONSOLIDATION_DECISION,
            Vars.TERM_ENDS_AT);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.TERM_ENDS_AT))
        .as("the term ends on 31 Dec 2028: its timer waits for the start of the next day")
        .isEqualTo(startOfDay(LocalDate.of(2029, 1, 1)));
  }

  @Test
  void multiPartyConsultationRecordsASilentPartnerAsNoObjection() {
    Agreement opened = open(regulation("CO_SIGNED", "SCT-TNI", "CA-TNI", "HQ-KV17"), CANBO_QLTTTNI);
    ProcessInstance pi = instanceOf(opened);
    complete(pi, Elements.DRAFT, "canbo.qltttni", draftForm("Dự thảo quy chế phối hợp bốn bên"));
    complete(pi, Elements.REVIEW, "lanhdao.qltttni", Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));

    List<Task> consultations = tasks(pi, Elements.CONSULT);
    assertThat(consultations).hasSize(3);
    assertThat(consultations)
        .allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 3, 16))));
    assertThat(timers(pi, Elements.CONSULTATION_DEADLINE)).hasSize(3);
    // Reminder 3 working days and the partner leader's notice 1 working day before the deadline.
    Task customs = taskFor(pi, Elements.CONSULT, "HQ-KV17.liaison");
    assertThat(customs).hasCandidateGroup("HQ-KV17.staff");
    assertThat(outbox(opened, customs.getId())).containsExactly("INFO daumoi.hqkv17");
    List<Job> customsTimers = timeoutJobsOf(customs);
    assertThat(customsTimers.stream().map(Job::getDuedate))
        .containsExactlyInAnyOrder(
            morningOf(LocalDate.of(2026, 3, 11)), morningOf(LocalDate.of(2026, 3, 13)));

    completeFor(
        pi, Elements.CONSULT, "SCT-TNI.staff", "canbo.scttni", Map.of(FormFields.OPINION, "AGREE"));
    assertRefused(
        () ->
            completeFor(
                pi,
                Elements.CONSULT,
                "CA-TNI.staff",
                "daumoi.catni",
                Map.of(FormFields.OPINION, "OBJECTION")),
        FormFields.COMMENT);
    completeFor(
        pi,
        Elements.CONSULT,
        "CA-TNI.staff",
        "daumoi.catni",
        Map.of(
            FormFields.OPINION,
            "OBJECTION",
            FormFields.COMMENT,
            "Đề nghị bổ sung đầu mối trao đổi thông tin 24/7."));

    // Customs stays silent: reminded, then its leader is told, then the deadline passes.
    customsTimers.stream()
        .sorted(java.util.Comparator.comparing(Job::getDuedate))
        .forEach(this::fire);
    assertThat(outbox(opened, customs.getId()))
        .containsExactly(
            "INFO daumoi.hqkv17", "REMINDER daumoi.hqkv17", "ESCALATION lanhdao.hqkv17");
    Job deadline = timer(pi, Elements.CONSULTATION_DEADLINE);
    assertThat(deadline.getDuedate()).isEqualTo(endOfDay(LocalDate.of(2026, 3, 16)));
    fire(deadline);

    assertThat(pi).hasPassed(Elements.RECORD_NO_OBJECTION).isWaitingAt(Elements.CONSOLIDATE);
    Agreement consolidating = agreement(opened);
    assertThat(consolidating.getComments())
        .extracting(AgreementComment::getAgencyCode, AgreementComment::getOpinion)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("SCT-TNI", Opinion.AGREE),
            org.assertj.core.groups.Tuple.tuple("CA-TNI", Opinion.OBJECTION),
            org.assertj.core.groups.Tuple.tuple("HQ-KV17", Opinion.NO_OBJECTION_BY_SILENCE));
    assertThat(consolidating.getTimeline())
        .filteredOn(e -> e.getAction() == TimelineAction.NO_OBJECTION_BY_SILENCE)
        .singleElement()
        .satisfies(e -> assertThat(e.getAgencyCode()).isEqualTo("HQ-KV17"));

    // Going to approval over an objection needs an explanation.
    assertRefused(
        () ->
            complete(
                pi,
                Elements.CONSOLIDATE,
                "canbo.qltttni",
                Map.of(Vars.CONSOLIDATION_DECISION, Vars.APPROVE)),
        FormFields.CONSOLIDATION_NOTE);
    assertThat(pi).isWaitingAt(Elements.CONSOLIDATE);
    complete(
        pi,
        Elements.CONSOLIDATE,
        "canbo.qltttni",
        Map.of(
            Vars.CONSOLIDATION_DECISION,
            Vars.APPROVE,
            FormFields.CONSOLIDATION_NOTE,
            "Đầu mối 24/7 đã có tại Điều 6; giữ nguyên."));

    assertThat(tasks(pi, Elements.SIGN))
        .extracting(t -> candidateGroups(t))
        .containsExactlyInAnyOrder(
            List.of("QLTT-TNI.leader"),
            List.of("SCT-TNI.leader"),
            List.of("CA-TNI.leader"),
            List.of("HQ-KV17.leader"));
    signAll(
        pi,
        Map.of(
            "QLTT-TNI",
            "lanhdao.qltttni",
            "SCT-TNI",
            "lanhdao.scttni",
            "CA-TNI",
            "lanhdao.catni",
            "HQ-KV17",
            "lanhdao.hqkv17"));
    complete(
        pi,
        Elements.RECORD_SIGNED_DOCUMENT,
        "canbo.qltttni",
        registration("02/QCPH-LN", "2026-03-20"));
    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(agreement(opened).getSignatures()).hasSize(4);
    assertThat(outbox(opened, null))
        .as("every party hears that the regulation is in force")
        .contains(
            "INFO canbo.qltttni",
            "INFO lanhdao.scttni",
            "INFO daumoi.catni",
            "INFO lanhdao.hqkv17");
  }

  @Test
  void consolidationSendsTheDraftBackForRevisionTwice() {
    Agreement opened = open(regulation("CO_SIGNED", "SCT-TNI"), CANBO_QLTTTNI);
    ProcessInstance pi = instanceOf(opened);
    complete(pi, Elements.DRAFT, "canbo.qltttni", draftForm("Phiên bản 1"));
    for (int round = 2; round <= 3; round++) {
      complete(pi, Elements.REVIEW, "lanhdao.qltttni", Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));
      complete(
          pi,
          Elements.CONSULT,
          "canbo.scttni",
          Map.of(FormFields.OPINION, "COMMENTS", FormFields.COMMENT, "Góp ý vòng " + (round - 1)));
      complete(
          pi,
          Elements.CONSOLIDATE,
          "canbo.qltttni",
          Map.of(
              Vars.CONSOLIDATION_DECISION,
              Vars.REVISE,
              FormFields.CONSOLIDATION_NOTE,
              "Tiếp thu góp ý vòng " + (round - 1)));
      assertThat(pi).isWaitingAt(Elements.REVISE);
      assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.DRAFTING);
      // A revision must change the text.
      String unchanged = "Phiên bản " + (round - 1);
      assertRefused(
          () -> complete(pi, Elements.REVISE, "canbo.qltttni", draftForm(unchanged)),
          FormFields.CONTENT);
      complete(pi, Elements.REVISE, "canbo.qltttni", draftForm("Phiên bản " + round));
      assertThat(pi).isWaitingAt(Elements.REVIEW);
    }
    complete(pi, Elements.REVIEW, "lanhdao.qltttni", Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));
    complete(pi, Elements.CONSULT, "canbo.scttni", Map.of(FormFields.OPINION, "AGREE"));
    complete(
        pi,
        Elements.CONSOLIDATE,
        "canbo.qltttni",
        Map.of(Vars.CONSOLIDATION_DECISION, Vars.APPROVE));
    signAll(pi, Map.of("QLTT-TNI", "lanhdao.qltttni", "SCT-TNI", "lanhdao.scttni"));
    complete(
        pi,
        Elements.RECORD_SIGNED_DOCUMENT,
        "canbo.qltttni",
        registration("03/QCPH", "2026-03-10"));

    Agreement inForce = agreement(opened);
    assertThat(inForce.getVersions())
        .extracting(TextVersion::getVersionNo, TextVersion::getKind, TextVersion::getContentHash)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                1, VersionKind.DRAFT, TextVersion.sha256("Phiên bản 1")),
            org.assertj.core.groups.Tuple.tuple(
                2, VersionKind.REVISION, TextVersion.sha256("Phiên bản 2")),
            org.assertj.core.groups.Tuple.tuple(
                3, VersionKind.REVISION, TextVersion.sha256("Phiên bản 3")));
    assertThat(inForce.getComments())
        .extracting(AgreementComment::getVersionNo)
        .containsExactly(1, 2, 3);
    assertThat(inForce.getInForceVersionNo()).isEqualTo(3);
    assertThat(inForce.getSignatures()).extracting(Signature::getVersionNo).containsOnly(3);
    assertThat(actions(inForce)).filteredOn(a -> a == TimelineAction.REVISED).hasSize(2);
  }

  @Test
  void leaderReturnsTheDraftWithAReasonAndItIsRedrafted() {
    Agreement opened = open(regulation("CO_SIGNED", "SCT-TNI"), CANBO_QLTTTNI);
    ProcessInstance pi = instanceOf(opened);
    complete(pi, Elements.DRAFT, "canbo.qltttni", draftForm("Bản nháp chưa đủ"));

    assertRefused(
        () ->
            complete(
                pi, Elements.REVIEW, "lanhdao.qltttni", Map.of(Vars.REVIEW_DECISION, Vars.RETURN)),
        FormFields.REVIEW_REASON);
    assertThat(pi).isWaitingAt(Elements.REVIEW);
    assertThat(actions(agreement(opened))).doesNotContain(TimelineAction.RETURNED);

    complete(
        pi,
        Elements.REVIEW,
        "lanhdao.qltttni",
        Map.of(
            Vars.REVIEW_DECISION,
            Vars.RETURN,
            FormFields.REVIEW_REASON,
            "Bổ sung lĩnh vực thương mại điện tử."));
    assertThat(pi).isWaitingAt(Elements.DRAFT);
    Agreement returned = agreement(opened);
    assertThat(returned.getStatus()).isEqualTo(AgreementStatus.DRAFTING);
    assertThat(returned.getTimeline())
        .filteredOn(e -> e.getAction() == TimelineAction.RETURNED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getActor()).isEqualTo("lanhdao.qltttni");
              assertThat(e.getReason()).isEqualTo("Bổ sung lĩnh vực thương mại điện tử.");
            });
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey(FormFields.REVIEW_REASON);

    complete(
        pi, Elements.DRAFT, "canbo.qltttni", draftForm("Bản nháp đã bổ sung thương mại điện tử"));
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey(Vars.REVIEW_DECISION);
    complete(pi, Elements.REVIEW, "lanhdao.qltttni", Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));
    assertThat(pi).isWaitingAt(Elements.CONSULT);
    assertThat(agreement(opened).getVersions()).hasSize(2);
  }

  @Test
  void regulationIssuedByDecisionOfThePeoplesCommitteeAndAmendedTheSameWay() {
    Agreement opened = open(regulation("ISSUED_BY_DECISION", "SCT-TNI", "CA-TNI"), CANBO_QLTTTNI);
    ProcessInstance pi = instanceOf(opened);
    complete(
        pi, Elements.DRAFT, "canbo.qltttni", draftForm("Quy chế phối hợp do UBND tỉnh ban hành"));
    complete(pi, Elements.REVIEW, "lanhdao.qltttni", Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));
    completeFor(
        pi, Elements.CONSULT, "SCT-TNI.staff", "canbo.scttni", Map.of(FormFields.OPINION, "AGREE"));
    completeFor(
        pi, Elements.CONSULT, "CA-TNI.staff", "daumoi.catni", Map.of(FormFields.OPINION, "AGREE"));
    complete(
        pi,
        Elements.CONSOLIDATE,
        "canbo.qltttni",
        Map.of(Vars.CONSOLIDATION_DECISION, Vars.APPROVE));

    assertThat(pi).isWaitingAt(Elements.SUBMIT_FOR_DECISION);
    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.AWAITING_DECISION);
    assertThat(task(pi, Elements.SUBMIT_FOR_DECISION)).hasCandidateGroup("QLTT-TNI.staff");
    assertRefused(
        () ->
            complete(
                pi,
                Elements.SUBMIT_FOR_DECISION,
                "canbo.qltttni",
                Map.of(
                    FormFields.SUBMISSION_NUMBER,
                    "125/TTr-QLTT",
                    FormFields.SUBMITTED_ON,
                    TestRequests.formDate("2026-03-03"))),
        FormFields.SUBMITTED_ON);
    complete(
        pi,
        Elements.SUBMIT_FOR_DECISION,
        "canbo.qltttni",
        Map.of(
            FormFields.SUBMISSION_NUMBER,
            "125/TTr-QLTT",
            FormFields.SUBMITTED_ON,
            TestRequests.formDate("2026-03-02")));
    // The decision cannot predate the submission.
    assertRefused(
        () ->
            complete(
                pi,
                Elements.RECORD_DECISION,
                "canbo.qltttni",
                decision("45/2026/QĐ-UBND", "2026-02-27", "2026-03-10")),
        FormFields.DECISION_DATE);
    ClockUtil.setCurrentTime(Date.from(START.plusDays(7).toInstant()));
    complete(
        pi,
        Elements.RECORD_DECISION,
        "canbo.qltttni",
        decision("45/2026/QĐ-UBND", "2026-03-06", "2026-03-16"));

    Agreement inForce = agreement(opened);
    assertThat(inForce.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(inForce.getDocumentNumber()).isEqualTo("45/2026/QĐ-UBND");
    assertThat(inForce.getEffectiveDate()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(inForce.getSignatures()).isEmpty();
    assertThat(inForce.currentVersion().orElseThrow().getSubmissionNumber())
        .isEqualTo("125/TTr-QLTT");
    assertThat(pi)
        .hasPassed(Elements.SUBMIT_FOR_DECISION, Elements.RECORD_DECISION, Elements.PUT_IN_FORCE)
        .hasNotPassed(Elements.SIGN);

    // An amendment of a regulation issued by decision is issued by decision too.
    partyRequests.requestAmendment(
        opened.getCode(), "Bổ sung Hải quan vào đầu mối thông tin.", CANBO_SCTTNI);
    complete(
        pi,
        Elements.DRAFT_AMENDMENT,
        "canbo.qltttni",
        draftForm("Quy chế sửa đổi: bổ sung đầu mối Hải quan"));
    complete(
        pi,
        Elements.REVIEW_AMENDMENT,
        "lanhdao.qltttni",
        Map.of(Vars.AMENDMENT_DECISION, Vars.APPROVE));
    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.AMENDING);
    complete(
        pi,
        Elements.SUBMIT_FOR_DECISION,
        "canbo.qltttni",
        Map.of(
            FormFields.SUBMISSION_NUMBER,
            "150/TTr-QLTT",
            FormFields.SUBMITTED_ON,
            TestRequests.formDate("2026-03-09")));
    complete(
        pi,
        Elements.RECORD_DECISION,
        "canbo.qltttni",
        decision("52/2026/QĐ-UBND", "2026-03-09", "2026-03-20"));

    Agreement amended = agreement(opened);
    assertThat(amended.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(amended.getInForceVersionNo()).isEqualTo(2);
    assertThat(amended.getDocumentNumber())
        .as("the original document keeps its number")
        .isEqualTo("45/2026/QĐ-UBND");
    assertThat(amended.version(2).orElseThrow().getDocumentNumber()).isEqualTo("52/2026/QĐ-UBND");
    assertThat(pi).isWaitingAt(Elements.EVALUATION_DUE);
  }

  @Test
  void amendmentRequestedByAPartnerIsFirstRejectedThenSignedAsANewVersion() {
    Agreement opened = open(regulation("CO_SIGNED", "SCT-TNI"), CANBO_QLTTTNI);
    ProcessInstance pi = instanceOf(opened);
    driveCoSignedToInForce(pi, "SCT-TNI", "Quy chế ban đầu");

    assertRefused(
        () -> partyRequests.requestAmendment(opened.getCode(), " ", CANBO_SCTTNI), "reason");
    partyRequests.requestAmendment(opened.getCode(), "Bổ sung lĩnh vực LPG.", CANBO_SCTTNI);
    assertThat(pi).isWaitingAt(Elements.DRAFT_AMENDMENT).hasPassed(Elements.AMENDMENT_REQUESTED);
    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.AMENDING);
    assertThat(timers(pi, Elements.EVALUATION_DUE))
        .as("the in-force wait was interrupted")
        .isEmpty();
    assertThatThrownBy(
            () ->
                partyRequests.requestTermination(
                    opened.getCode(), "Không còn phù hợp", LANHDAO_SCTTNI))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));

    complete(pi, Elements.DRAFT_AMENDMENT, "canbo.qltttni", draftForm("Quy chế sửa đổi lần 1"));
    assertRefused(
        () ->
            complete(
                pi,
                Elements.REVIEW_AMENDMENT,
                "lanhdao.qltttni",
                Map.of(Vars.AMENDMENT_DECISION, Vars.REJECT)),
        FormFields.AMENDMENT_REASON);
    complete(
        pi,
        Elements.REVIEW_AMENDMENT,
        "lanhdao.qltttni",
        Map.of(
            Vars.AMENDMENT_DECISION,
            Vars.REJECT,
            FormFields.AMENDMENT_REASON,
            "Chờ hướng dẫn của Bộ Công Thương."));
    assertThat(pi).hasPassed(Elements.KEEP_CURRENT_VERSION).isWaitingAt(Elements.EVALUATION_DUE);
    Agreement kept = agreement(opened);
    assertThat(kept.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(kept.getInForceVersionNo()).isEqualTo(1);

    partyRequests.requestAmendment(
        opened.getCode(), "Bổ sung lĩnh vực LPG theo hướng dẫn mới.", CANBO_QLTTTNI);
    complete(pi, Elements.DRAFT_AMENDMENT, "canbo.qltttni", draftForm("Quy chế sửa đổi lần 2"));
    complete(
        pi,
        Elements.REVIEW_AMENDMENT,
        "lanhdao.qltttni",
        Map.of(Vars.AMENDMENT_DECISION, Vars.APPROVE));
    assertThat(pi).isWaitingAt(Elements.SIGN);
    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.AMENDING);
    signAll(pi, Map.of("QLTT-TNI", "lanhdao.qltttni", "SCT-TNI", "lanhdao.scttni"));
    complete(
        pi,
        Elements.RECORD_SIGNED_DOCUMENT,
        "canbo.qltttni",
        registration("01/SĐ-QCPH", "2026-03-02"));

    Agreement amended = agreement(opened);
    assertThat(amended.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(amended.getInForceVersionNo()).isEqualTo(3);
    assertThat(amended.version(3).orElseThrow().getKind()).isEqualTo(VersionKind.AMENDMENT);
    assertThat(amended.getSignatures())
        .extracting(Signature::getVersionNo)
        .containsExactlyInAnyOrder(1, 1, 3, 3);
    assertThat(actions(amended))
        .containsSubsequence(
            TimelineAction.AMENDMENT_REQUESTED,
            TimelineAction.AMENDMENT_DRAFTED,
            TimelineAction.AMENDMENT_REJECTED,
            TimelineAction.AMENDMENT_REQUESTED,
            TimelineAction.AMENDMENT_DRAFTED,
            TimelineAction.AMENDMENT_APPROVED,
            TimelineAction.SIGNED,
            TimelineAction.SIGNED,
            TimelineAction.DOCUMENT_REGISTERED,
            TimelineAction.ENTERED_INTO_FORCE);
    assertThat(amended.getTimeline())
        .filteredOn(e -> e.getAction() == TimelineAction.AMENDMENT_REQUESTED)
        .extracting(TimelineEntry::getAgencyCode)
        .containsExactly("SCT-TNI", "QLTT-TNI");
    assertThat(pi).isWaitingAt(Elements.EVALUATION_DUE);
  }

  @Test
  void partyLeaderTerminatesAnAgreementInForceWithAReason() {
    Agreement opened = open(regulation("CO_SIGNED", "SCT-TNI"), CANBO_QLTTTNI);
    ProcessInstance pi = instanceOf(opened);
    driveCoSignedToInForce(pi, "SCT-TNI", "Quy chế sẽ chấm dứt");

    assertThatThrownBy(
            () -> partyRequests.requestTermination(opened.getCode(), "Hết nhu cầu", CANBO_SCTTNI))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    assertRefused(
        () -> partyRequests.requestTermination(opened.getCode(), "", LANHDAO_SCTTNI), "reason");
    assertThat(pi).isWaitingAt(Elements.EVALUATION_DUE);

    partyRequests.requestTermination(
        opened.getCode(), "Sáp nhập đơn vị, thay bằng quy chế mới.", LANHDAO_SCTTNI);
    assertThat(pi)
        .isEnded()
        .hasPassed(Elements.TERMINATION_REQUESTED, Elements.TERMINATE, Elements.END_TERMINATED);
    Agreement terminated = agreement(opened);
    assertThat(terminated.getStatus()).isEqualTo(AgreementStatus.TERMINATED);
    assertThat(terminated.getEndedOn()).isEqualTo(START.toLocalDate());
    assertThat(terminated.getTimeline())
        .last()
        .satisfies(
            e -> {
              assertThat(e.getAction()).isEqualTo(TimelineAction.TERMINATED);
              assertThat(e.getActor()).isEqualTo("lanhdao.scttni");
              assertThat(e.getAgencyCode()).isEqualTo("SCT-TNI");
              assertThat(e.getReason()).isEqualTo("Sáp nhập đơn vị, thay bằng quy chế mới.");
            });
  }

  @Test
  void teamPlanUnderARegionalRegulationLinksToItsParent() {
    Agreement regulation = open(regulation("CO_SIGNED", "QLTT-VLG"), CANBO_QLTTTNI);
    ProcessInstance parentPi = instanceOf(regulation);
    driveCoSignedToInForce(parentPi, "QLTT-VLG", "Quy chế phối hợp liên tỉnh Tây Ninh – Vĩnh Long");

    // Only parties to the regulation (or their own teams) can make a plan under it, within its
    // term.
    assertRefused(
        () -> open(plan(regulation.getCode(), "2028-12-31", "SCT-TNI"), CANBO_QLTTTNID1),
        "partnerAgencies[0]");
    assertRefused(
        () -> open(plan(regulation.getCode(), "2029-06-30", "QLTT-VLG-D5"), CANBO_QLTTTNID1),
        "termEnd");

    Agreement plan = open(plan(regulation.getCode(), "2027-12-31", "QLTT-VLG-D5"), CANBO_QLTTTNID1);
    assertThat(plan.getCode()).matches("KH-2026-\\d{4}");
    assertThat(plan.getParentId()).isEqualTo(regulation.getId());
    ProcessInstance pi = instanceOf(plan);
    assertThat(task(pi, Elements.DRAFT)).hasCandidateGroup("QLTT-TNI-D1.staff");
    complete(
        pi,
        Elements.DRAFT,
        "canbo.qltttnid1",
        draftForm("Kế hoạch trao đổi thông tin đối tượng tái phạm, thời gian, địa điểm giao hàng"));
    complete(pi, Elements.REVIEW, "lanhdao.qltttnid1", Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));
    assertThat(task(pi, Elements.CONSULT)).hasCandidateGroup("QLTT-VLG-D5.staff");
    complete(pi, Elements.CONSULT, "canbo.qlttvlgd5", Map.of(FormFields.OPINION, "AGREE"));
    complete(
        pi,
        Elements.CONSOLIDATE,
        "canbo.qltttnid1",
        Map.of(Vars.CONSOLIDATION_DECISION, Vars.APPROVE));
    signAll(pi, Map.of("QLTT-TNI-D1", "lanhdao.qltttnid1", "QLTT-VLG-D5", "lanhdao.qlttvlgd5"));
    complete(
        pi,
        Elements.RECORD_SIGNED_DOCUMENT,
        "canbo.qltttnid1",
        registration("01/KH-Đ1-Đ5", "2026-03-03"));

    assertThat(agreement(plan).getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(agreements.findByParentIdOrderById(regulation.getId()))
        .extracting(Agreement::getCode)
        .containsExactly(plan.getCode());
    assertThat(agreement(regulation).getTimeline())
        .filteredOn(e -> e.getAction() == TimelineAction.SUB_PLAN_CREATED)
        .singleElement()
        .satisfies(e -> assertThat(e.getDetail()).startsWith(plan.getCode()));
  }

  // ------------------------------------------------------------------ the evaluation cycle and the
  // end of the term

  @Test
  void
      oneYearQuarterlyAgreementIsEvaluatedFourTimesWithConferencesAtHalfYearAndYearEndThenExpires() {
    // Signed on Monday 1 December 2025, in force for the calendar year 2026.
    now(2025, 12, 1, 9, 0);
    Agreement opened =
        open(
            regulationWithTerm("CO_SIGNED", "QUARTERLY", "2026-01-01", "2026-12-31", "SCT-TNI"),
            CANBO_QLTTTNI);
    ProcessInstance pi = instanceOf(opened);
    driveCoSignedToInForce(pi, "SCT-TNI", "Quy chế phối hợp năm 2026", "2026-01-01");
    assertThat(pi).isWaitingAt(Elements.EVALUATION_DUE);

    // Quarter I: the timer fires the day after the 14 March cut-off; everyone reports on time.
    ProcessInstance q1 = startEvaluation(pi, LocalDate.of(2026, 3, 15));
    assertThat(runtimeService.getVariables(q1.getId()))
        .containsEntry(EvaluationProcess.Vars.PERIOD_KIND, "QUARTER")
        .containsEntry(EvaluationProcess.Vars.PERIOD_YEAR, 2026)
        .containsEntry(EvaluationProcess.Vars.PERIOD_NUMBER, 1)
        .containsEntry(EvaluationProcess.Vars.AGREEMENT_ID, opened.getId())
        .containsEntry(EvaluationProcess.Vars.LEAD_AGENCY, "QLTT-TNI");
    assertThat(q1.getBusinessKey()).isEqualTo(opened.getCode());
    now(2026, 3, 20, 10, 0);
    fileReport(q1, "QLTT-TNI", "canbo.qltttni");
    fileReport(q1, "SCT-TNI", "canbo.scttni");
    assertThat(q1).hasNotPassed(EvaluationProcess.Elements.SCHEDULE_CONFERENCE);
    conclude(q1, Conclusion.CONTINUE, null);
    assertThat(pi).hasPassed(Elements.RECORD_EVALUATION).isWaitingAt(Elements.EVALUATION_DUE);
    assertThat(runtimeService.getVariables(pi.getId()))
        .as("the period's input is gone; the last outcome stays for routing")
        .doesNotContainKeys(Vars.PERIOD_KIND, Vars.PERIOD_YEAR, Vars.PERIOD_NUMBER)
        .containsEntry(Vars.EVALUATION_CONCLUSION, "CONTINUE");

    // The first 6 months: an interim review conference (sơ kết) before the conclusion.
    ProcessInstance halfYear = startEvaluation(pi, LocalDate.of(2026, 6, 15));
    now(2026, 6, 19, 10, 0);
    fileReport(halfYear, "QLTT-TNI", "canbo.qltttni");
    fileReport(halfYear, "SCT-TNI", "canbo.scttni");
    holdConference(halfYear, "2026-07-10T08:30", "Hội nghị sơ kết 6 tháng đầu năm 2026 ...");
    conclude(halfYear, Conclusion.CONTINUE, "Thống nhất kết luận hội nghị sơ kết.");

    // The first 9 months: the Department of Industry and Trade reports two days after the deadline.
    ProcessInstance nineMonths = startEvaluation(pi, LocalDate.of(2026, 9, 15));
    now(2026, 9, 21, 9, 0);
    fileReport(nineMonths, "QLTT-TNI", "canbo.qltttni");
    Job deadline = timer(nineMonths, EvaluationProcess.Elements.REPORTING_DEADLINE);
    assertThat(deadline.getDuedate()).isEqualTo(endOfDay(LocalDate.of(2026, 9, 29)));
    fire(deadline);
    assertThat(nineMonths)
        .hasPassed(EvaluationProcess.Elements.MARK_OVERDUE)
        .isWaitingAt(
            EvaluationProcess.Elements.FILE_REPORT, EvaluationProcess.Elements.CLOSE_REPORTING);
    now(2026, 10, 1, 9, 0);
    fileReport(nineMonths, "SCT-TNI", "canbo.scttni");
    conclude(nineMonths, Conclusion.CONTINUE, null);

    // The year: the final review conference (tổng kết) before the term ends.
    ProcessInstance year = startEvaluation(pi, LocalDate.of(2026, 12, 15));
    now(2026, 12, 16, 9, 0);
    fileReport(year, "QLTT-TNI", "canbo.qltttni");
    fileReport(year, "SCT-TNI", "canbo.scttni");
    holdConference(year, "2026-12-22T08:00", "Hội nghị tổng kết năm 2026 ...");
    conclude(year, Conclusion.CONTINUE, "Đề nghị tổng kết, tái ký hoặc kết thúc khi hết thời hạn.");

    // No cut-off is left in the term: the process waits for its end.
    assertThat(pi).isWaitingAt(Elements.TERM_ENDED);
    assertThat(evaluations.ofAgreement(opened.getId()))
        .extracting(
            EvaluationSummary::periodLabel,
            EvaluationSummary::status,
            EvaluationSummary::conclusion,
            EvaluationSummary::conferenceKind,
            EvaluationSummary::lateParties)
        .containsExactly(
            Tuple.tuple(
                "Quý I năm 2026 (15/12/2025 – 14/03/2026)",
                EvaluationStatus.CONCLUDED,
                Conclusion.CONTINUE,
                null,
                List.of()),
            Tuple.tuple(
                "6 tháng đầu năm 2026 (15/12/2025 – 14/06/2026)",
                EvaluationStatus.CONCLUDED,
                Conclusion.CONTINUE,
                ConferenceKind.INTERIM,
                List.of()),
            Tuple.tuple(
                "9 tháng năm 2026 (15/12/2025 – 14/09/2026)",
                EvaluationStatus.CONCLUDED,
                Conclusion.CONTINUE,
                null,
                List.of("SCT-TNI")),
            Tuple.tuple(
                "Năm 2026 (15/12/2025 – 14/12/2026)",
                EvaluationStatus.CONCLUDED,
                Conclusion.CONTINUE,
                ConferenceKind.FINAL,
                List.of()));
    assertThat(
            history.createHistoricProcessInstanceQuery().superProcessInstanceId(pi.getId()).list())
        .hasSize(4)
        .allSatisfy(e -> assertThat(e.getBusinessKey()).isEqualTo(opened.getCode()));
    assertThat(agreement(opened).getTimeline())
        .filteredOn(e -> e.getAction() == TimelineAction.EVALUATED)
        .extracting(TimelineEntry::getDetail)
        .hasSize(4)
        .anySatisfy(
            d ->
                assertThat(d)
                    .startsWith("9 tháng năm 2026")
                    .contains("báo cáo muộn: Sở Công Thương tỉnh Tây Ninh"))
        .anySatisfy(d -> assertThat(d).startsWith("Năm 2026").contains("hội nghị tổng kết đã họp"));

    // The term ends on 31 December 2026: the final review opens the next day.
    Job termEnd = timer(pi, Elements.TERM_ENDED);
    assertThat(termEnd.getDuedate()).isEqualTo(startOfDay(LocalDate.of(2027, 1, 1)));
    fire(termEnd);
    assertThat(pi).hasPassed(Elements.TERM_REACHED).isWaitingAt(Elements.FINAL_REVIEW);
    assertThat(task(pi, Elements.FINAL_REVIEW)).hasCandidateGroup("QLTT-TNI.leader");
    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.FINAL_REVIEW);
    assertThatThrownBy(
            () ->
                partyRequests.requestAmendment(
                    opened.getCode(), "Bổ sung lĩnh vực LPG.", CANBO_SCTTNI))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    assertRefused(
        () ->
            complete(
                pi,
                Elements.FINAL_REVIEW,
                "lanhdao.qltttni",
                Map.of(Vars.FINAL_REVIEW_DECISION, Vars.EXPIRE)),
        FormFields.FINAL_REVIEW_REASON);
    complete(
        pi,
        Elements.FINAL_REVIEW,
        "lanhdao.qltttni",
        Map.of(
            Vars.FINAL_REVIEW_DECISION,
            Vars.EXPIRE,
            FormFields.FINAL_REVIEW_REASON,
            "Đã hoàn thành mục tiêu; phối hợp tiếp theo quy chế chung của tỉnh."));

    assertThat(pi)
        .isEnded()
        .hasPassed(Elements.EXPIRE, Elements.END_EXPIRED)
        .hasNotPassed(Elements.RENEW);
    Agreement expired = agreement(opened);
    assertThat(expired.getStatus()).isEqualTo(AgreementStatus.EXPIRED);
    assertThat(expired.getEndedOn()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(expired.getRenewedById()).isNull();
    assertThat(actions(expired)).endsWith(TimelineAction.FINAL_REVIEWED, TimelineAction.EXPIRED);

    AgreementViews.Detail detail = queries.detail(opened.getCode(), ADMIN);
    assertThat(detail.evaluations())
        .extracting(EvaluationSummary::periodKind)
        .containsExactly(
            PeriodKind.QUARTER, PeriodKind.HALF_YEAR, PeriodKind.NINE_MONTHS, PeriodKind.YEAR);
    assertThat(detail.evaluations())
        .allSatisfy(e -> assertThat(e.href()).isEqualTo("/api/v1/evaluations/" + e.id()));
    assertThat(detail.evaluationsHref())
        .isEqualTo("/api/v1/agreements/" + opened.getCode() + "/evaluations");
  }

  @Test
  void periodConcludedWithProposeAmendmentLeadsIntoTheAmendmentCycleAndIsNotEvaluatedAgain() {
    Agreement opened = open(regulation("CO_SIGNED", "SCT-TNI"), CANBO_QLTTTNI);
    ProcessInstance pi = instanceOf(opened);
    driveCoSignedToInForce(pi, "SCT-TNI", "Quy chế phối hợp", START.toLocalDate().toString());

    // Quarter I: the Department never reports; the lead closes the period without it.
    ProcessInstance q1 = startEvaluation(pi, LocalDate.of(2026, 3, 15));
    now(2026, 3, 18, 9, 0);
    fileReport(q1, "QLTT-TNI", "canbo.qltttni");
    fire(timer(q1, EvaluationProcess.Elements.REPORTING_DEADLINE));
    now(2026, 4, 1, 9, 0);
    complete(
        q1,
        EvaluationProcess.Elements.CLOSE_REPORTING,
        "canbo.qltttni",
        Map.of(
            EvaluationProcess.FormFields.CLOSE_CONFIRMED,
            true,
            EvaluationProcess.FormFields.CLOSE_NOTE,
            "Đã đôn đốc hai lần."));
    assertThat(q1).hasPassed(EvaluationProcess.Elements.REPORTING_CLOSED);
    conclude(
        q1,
        Conclusion.PROPOSE_AMENDMENT,
        "Bổ sung thời hạn gửi báo cáo và đầu mối của Sở Công Thương.");

    // The agreement leaves the in-force wait by the amendment path a party's request takes.
    assertThat(pi)
        .hasPassed(
            Elements.RECORD_EVALUATION,
            Elements.AMENDMENT_PROPOSED_END,
            Elements.AMENDMENT_PROPOSED)
        .hasNotPassed(Elements.AMENDMENT_REQUESTED)
        .isWaitingAt(Elements.DRAFT_AMENDMENT);
    assertThat(timers(pi, Elements.EVALUATION_DUE)).isEmpty();
    Agreement amending = agreement(opened);
    assertThat(amending.getStatus()).isEqualTo(AgreementStatus.AMENDING);
    assertThat(amending.getTimeline())
        .filteredOn(e -> e.getAction() == TimelineAction.EVALUATED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getActor()).isEqualTo("lanhdao.qltttni");
              assertThat(e.getDetail())
                  .contains(
                      "không báo cáo: Sở Công Thương tỉnh Tây Ninh",
                      "Đề xuất sửa đổi, bổ sung quy chế");
              assertThat(e.getReason()).startsWith("Bổ sung thời hạn gửi báo cáo");
            });

    complete(
        pi,
        Elements.DRAFT_AMENDMENT,
        "canbo.qltttni",
        draftForm("Quy chế sửa đổi: thời hạn gửi báo cáo"));
    complete(
        pi,
        Elements.REVIEW_AMENDMENT,
        "lanhdao.qltttni",
        Map.of(Vars.AMENDMENT_DECISION, Vars.APPROVE));
    signAll(pi, Map.of("QLTT-TNI", "lanhdao.qltttni", "SCT-TNI", "lanhdao.scttni"));
    complete(
        pi,
        Elements.RECORD_SIGNED_DOCUMENT,
        "canbo.qltttni",
        registration("02/SĐ-QCPH", today().toString()));

    // Back in force with version 2; quarter I is not evaluated twice: the next is the first 6
    // months.
    assertThat(agreement(opened).getInForceVersionNo()).isEqualTo(2);
    assertThat(pi).isWaitingAt(Elements.EVALUATION_DUE);
    assertThat(timer(pi, Elements.EVALUATION_DUE).getDuedate())
        .isEqualTo(startOfDay(LocalDate.of(2026, 6, 15)));
    assertThat(evaluations.ofAgreement(opened.getId()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.conclusion()).isEqualTo(Conclusion.PROPOSE_AMENDMENT);
              assertThat(e.missingParties()).containsExactly("SCT-TNI");
            });
  }

  @Test
  void amendmentRequestedWhileAPeriodIsEvaluatedCancelsThatEvaluationAndTheCycleGoesOnAfterIt() {
    Agreement opened = open(regulation("CO_SIGNED", "SCT-TNI"), CANBO_QLTTTNI);
    ProcessInstance pi = instanceOf(opened);
    driveCoSignedToInForce(pi, "SCT-TNI", "Quy chế phối hợp", START.toLocalDate().toString());
    ProcessInstance q1 = startEvaluation(pi, LocalDate.of(2026, 3, 15));
    now(2026, 3, 18, 9, 0);
    fileReport(q1, "QLTT-TNI", "canbo.qltttni");

    partyRequests.requestAmendment(
        opened.getCode(), "Bổ sung lĩnh vực thương mại điện tử.", CANBO_SCTTNI);

    assertThat(pi).hasPassed(Elements.AMENDMENT_REQUESTED).isWaitingAt(Elements.DRAFT_AMENDMENT);
    assertThat(q1).isEnded();
    assertThat(taskService.createTaskQuery().processInstanceId(q1.getId()).count())
        .as("its report tasks are withdrawn")
        .isZero();
    assertThat(evaluations.ofAgreement(opened.getId()))
        .singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(EvaluationStatus.CANCELLED));
    assertThat(actions(agreement(opened)))
        .containsSubsequence(
            TimelineAction.AMENDMENT_REQUESTED, TimelineAction.EVALUATION_CANCELLED);

    complete(
        pi,
        Elements.DRAFT_AMENDMENT,
        "canbo.qltttni",
        draftForm("Quy chế sửa đổi: thương mại điện tử"));
    complete(
        pi,
        Elements.REVIEW_AMENDMENT,
        "lanhdao.qltttni",
        Map.of(
            Vars.AMENDMENT_DECISION,
            Vars.REJECT,
            FormFields.AMENDMENT_REASON,
            "Đã có trong kế hoạch năm."));
    assertThat(pi).isWaitingAt(Elements.EVALUATION_DUE);
    assertThat(timer(pi, Elements.EVALUATION_DUE).getDuedate())
        .isEqualTo(startOfDay(LocalDate.of(2026, 6, 15)));
  }

  @Test
  void proposedTerminationIsDeclinedOnceThenDecidedByTheLeadLeaderWithAReason() {
    // Monthly: March's cut-off is quarter I, April's the month.
    Agreement opened =
        open(
            regulationWithTerm("CO_SIGNED", "MONTHLY", "2026-03-01", "2028-12-31", "SCT-TNI"),
            CANBO_QLTTTNI);
    ProcessInstance pi = instanceOf(opened);
    driveCoSignedToInForce(
        pi, "SCT-TNI", "Quy chế phối hợp hằng tháng", START.toLocalDate().toString());

    ProcessInstance q1 = startEvaluation(pi, LocalDate.of(2026, 3, 15));
    assertThat(runtimeService.getVariable(q1.getId(), EvaluationProcess.Vars.PERIOD_KIND))
        .isEqualTo("QUARTER");
    now(2026, 3, 18, 9, 0);
    fileReport(q1, "QLTT-TNI", "canbo.qltttni");
    fileReport(q1, "SCT-TNI", "canbo.scttni");
    conclude(
        q1, Conclusion.PROPOSE_TERMINATION, "Nội dung đã được quy chế chung của tỉnh thay thế.");

    assertThat(pi).isWaitingAt(Elements.DECIDE_TERMINATION);
    assertThat(task(pi, Elements.DECIDE_TERMINATION)).hasCandidateGroup("QLTT-TNI.leader");
    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
    assertRefused(
        () ->
            complete(
                pi,
                Elements.DECIDE_TERMINATION,
                "lanhdao.qltttni",
                Map.of(Vars.TERMINATION_DECISION, Vars.TERMINATE)),
        FormFields.TERMINATION_DECISION_REASON);
    complete(
        pi,
        Elements.DECIDE_TERMINATION,
        "lanhdao.qltttni",
        Map.of(
            Vars.TERMINATION_DECISION,
            Vars.CONTINUE,
            FormFields.TERMINATION_DECISION_REASON,
            "Chờ quy chế chung có hiệu lực."));
    assertThat(pi).isWaitingAt(Elements.EVALUATION_DUE);
    assertThat(timer(pi, Elements.EVALUATION_DUE).getDuedate())
        .isEqualTo(startOfDay(LocalDate.of(2026, 4, 15)));

    ProcessInstance april = startEvaluation(pi, LocalDate.of(2026, 4, 15));
    assertThat(runtimeService.getVariables(april.getId()))
        .containsEntry(EvaluationProcess.Vars.PERIOD_KIND, "MONTH")
        .containsEntry(EvaluationProcess.Vars.PERIOD_NUMBER, 4);
    now(2026, 4, 20, 9, 0);
    fileReport(april, "QLTT-TNI", "canbo.qltttni");
    fileReport(april, "SCT-TNI", "canbo.scttni");
    conclude(april, Conclusion.PROPOSE_TERMINATION, "Quy chế chung của tỉnh đã có hiệu lực.");
    complete(
        pi,
        Elements.DECIDE_TERMINATION,
        "lanhdao.qltttni",
        Map.of(
            Vars.TERMINATION_DECISION,
            Vars.TERMINATE,
            FormFields.TERMINATION_DECISION_REASON,
            "Thay bằng quy chế chung của tỉnh."));

    assertThat(pi)
        .isEnded()
        .hasPassed(
            Elements.TERMINATION_DECIDED_END,
            Elements.TERMINATION_DECIDED,
            Elements.TERMINATE,
            Elements.END_TERMINATED)
        .hasNotPassed(Elements.TERMINATION_REQUESTED);
    Agreement terminated = agreement(opened);
    assertThat(terminated.getStatus()).isEqualTo(AgreementStatus.TERMINATED);
    assertThat(terminated.getEndedOn()).isEqualTo(LocalDate.of(2026, 4, 20));
    assertThat(terminated.getTerminationReason()).isEqualTo("Thay bằng quy chế chung của tỉnh.");
    assertThat(actions(terminated))
        .containsSubsequence(
            TimelineAction.EVALUATED,
            TimelineAction.TERMINATION_DECLINED,
            TimelineAction.EVALUATED,
            TimelineAction.TERMINATION_DECIDED,
            TimelineAction.TERMINATED);
    assertThat(terminated.getTimeline())
        .last()
        .satisfies(
            e -> {
              assertThat(e.getActor()).isEqualTo("lanhdao.qltttni");
              assertThat(e.getAgencyCode()).isEqualTo("QLTT-TNI");
            });
    assertThat(evaluations.ofAgreement(opened.getId()))
        .extracting(EvaluationSummary::periodLabel)
        .containsExactly(
            "Quý I năm 2026 (15/12/2025 – 14/03/2026)",
            "Tháng 4 năm 2026 (15/03/2026 – 14/04/2026)");
  }

  @Test
  void finalReviewRenewsTheAgreementAsALinkedNewOneThatStartsAtDrafting() {
    // Six months, evaluated yearly: no cut-off falls in the term, so the process waits for its end.
    Agreement opened =
        open(
            regulationWithTerm("CO_SIGNED", "YEARLY", "2026-03-01", "2026-08-31", "SCT-TNI"),
            CANBO_QLTTTNI);
    ProcessInstance pi = instanceOf(opened);
    driveCoSignedToInForce(
        pi, "SCT-TNI", "Quy chế phối hợp sáu tháng", START.toLocalDate().toString());
    assertThat(pi)
        .hasPassed(Elements.NEXT_PERIOD)
        .hasNotPassed(Elements.EVALUATION_DUE)
        .isWaitingAt(Elements.TERM_ENDED);

    fire(timer(pi, Elements.TERM_ENDED));
    now(2026, 9, 3, 10, 0);
    complete(
        pi,
        Elements.FINAL_REVIEW,
        "lanhdao.qltttni",
        Map.of(
            Vars.FINAL_REVIEW_DECISION,
            Vars.RENEW,
            FormFields.FINAL_REVIEW_REASON,
            "Phối hợp hiệu quả; tái ký với cùng nội dung."));

    assertThat(pi)
        .isEnded()
        .hasPassed(Elements.RENEW, Elements.END_RENEWED)
        .hasNotPassed(Elements.EXPIRE);
    Agreement old = agreement(opened);
    assertThat(old.getStatus()).isEqualTo(AgreementStatus.EXPIRED);
    assertThat(old.getEndedOn()).isEqualTo(LocalDate.of(2026, 8, 31));
    assertThat(old.getRenewedById()).isNotNull();
    assertThat(actions(old)).endsWith(TimelineAction.FINAL_REVIEWED, TimelineAction.RENEWED);

    Agreement renewal = agreement(agreements.findById(old.getRenewedById()).orElseThrow());
    assertThat(renewal.getCode()).matches("QC-2026-\\d{4}").isNotEqualTo(old.getCode());
    assertThat(renewal.getRenewedFromId()).isEqualTo(old.getId());
    assertThat(renewal.getStatus()).isEqualTo(AgreementStatus.DRAFTING);
    assertThat(renewal.getKind()).isEqualTo(old.getKind());
    assertThat(renewal.getTitle()).isEqualTo(old.getTitle());
    assertThat(renewal.getSummary()).isEqualTo(old.getSummary());
    assertThat(renewal.getApprovalPath()).isEqualTo(ApprovalPath.CO_SIGNED);
    assertThat(renewal.getEvaluationCadence()).isEqualTo(EvaluationCadence.YEARLY);
    assertThat(renewal.getFields()).containsExactlyElementsOf(old.getFields());
    assertThat(renewal.getParties())
        .extracting(AgreementParty::getAgencyCode, AgreementParty::getRole)
        .containsExactly(
            Tuple.tuple("QLTT-TNI", PartyRole.LEAD), Tuple.tuple("SCT-TNI", PartyRole.PARTNER));
    assertThat(renewal.getTermStart()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(renewal.getTermEnd()).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(renewal.getVersions()).isEmpty();
    assertThat(actions(renewal)).containsExactly(TimelineAction.CREATED, TimelineAction.RENEWAL_OF);

    ProcessInstance renewed = instanceOf(renewal);
    STARTED.add(renewed.getId());
    assertThat(renewed).isWaitingAt(Elements.DRAFT).hasPassed(Elements.REGISTER);
    assertThat(renewal.getProcessInstanceId()).isEqualTo(renewed.getId());
    assertThat(task(renewed, Elements.DRAFT)).hasCandidateGroup("QLTT-TNI.staff");
    assertThat(runtimeService.getVariables(renewed.getId()))
        .containsEntry(Vars.AGREEMENT_ID, renewal.getId())
        .containsEntry(Vars.RENEWED_FROM, old.getCode());

    assertThat(queries.detail(old.getCode(), ADMIN).renewedBy().code())
        .isEqualTo(renewal.getCode());
    assertThat(queries.detail(renewal.getCode(), ADMIN).renewedFrom().code())
        .isEqualTo(old.getCode());
    assertThat(outbox(old, null)).contains("INFO canbo.scttni", "INFO lanhdao.scttni");
  }

  @Test
  void aPartyMergedDuringTheTermIsReplacedByItsSuccessorOnRenewal() {
    // A team of Huế, added for this test (no other test lists Huế's teams), merged into team no. 1
    // before the term ends.
    String team =
        "QLTT-HUE-R"
            + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    registryAdministration.create(
        new vn.phoihop.agency.AgencyAdministration.NewAgency(
            team,
            "Đội Quản lý thị trường số 8 (Chi cục QLTT thành phố Huế)",
            "Đội QLTT số 8 (Huế)",
            vn.phoihop.agency.AgencyType.QLTT_TEAM,
            "HUE",
            "QLTT-HUE",
            LocalDate.of(2026, 1, 1),
            false,
            null,
            "Thành lập đội để thử tái ký."),
        "quantri");
    Agreement opened =
        open(
            regulationWithTerm("CO_SIGNED", "YEARLY", "2026-03-01", "2026-08-31", team),
            CANBO_QLTTTNI);
    ProcessInstance pi = instanceOf(opened);
    driveCoSignedToInForce(
        pi, team, "Quy chế phối hợp với đội số 8", START.toLocalDate().toString());
    registryAdministration.close(
        team, LocalDate.of(2026, 8, 31), "QLTT-HUE-D1", "Sáp nhập vào Đội QLTT số 1.", "quantri");

    fire(timer(pi, Elements.TERM_ENDED));
    now(2026, 9, 3, 10, 0);
    complete(
        pi,
        Elements.FINAL_REVIEW,
        "lanhdao.qltttni",
        Map.of(
            Vars.FINAL_REVIEW_DECISION,
            Vars.RENEW,
            FormFields.FINAL_REVIEW_REASON,
            "Tái ký với đơn vị kế tiếp của đội số 8."));

    Agreement old = agreement(opened);
    assertThat(old.getStatus()).isEqualTo(AgreementStatus.EXPIRED);
    Agreement renewal = agreement(agreements.findById(old.getRenewedById()).orElseThrow());
    STARTED.add(instanceOf(renewal).getId());
    assertThat(renewal.getParties())
        .extracting(AgreementParty::getAgencyCode, AgreementParty::getRole)
        .containsExactly(
            Tuple.tuple("QLTT-TNI", PartyRole.LEAD), Tuple.tuple("QLTT-HUE-D1", PartyRole.PARTNER));
    assertThat(renewal.getTimeline())
        .filteredOn(e -> e.getDetail().startsWith("Thay bên tham gia đã giải thể, sáp nhập"))
        .singleElement()
        .extracting(TimelineEntry::getReason)
        .asString()
        .contains("Đội Quản lý thị trường số 8 (Chi cục QLTT thành phố Huế) (" + team)
        .contains("31/08/2026")
        .contains("(QLTT-HUE-D1) tham gia thay");
  }

  // ------------------------------------------------------------------ helpers

  /**
   * The step is refused naming {@code field}: the engine wraps what a listener throws, so the
   * {@link DomainException} is looked for in the cause chain.
   */
  private static void assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable step, String field) {
    assertThatThrownBy(step)
        .satisfies(
            thrown -> {
              Throwable cause = thrown;
              while (cause != null && !(cause instanceof DomainException)) {
                cause = cause.getCause();
              }
              assertThat(cause)
                  .as("an DomainException in the cause chain of %s", thrown)
                  .isInstanceOf(DomainException.class);
              assertThat(((DomainException) cause).field()).isEqualTo(field);
            });
  }

  private void driveCoSignedToInForce(ProcessInstance pi, String partner, String text) {
    driveCoSignedToInForce(pi, partner, text, today().toString());
    assertThat(pi).isWaitingAt(Elements.EVALUATION_DUE);
  }

  private void driveCoSignedToInForce(
      ProcessInstance pi, String partner, String text, String effectiveDate) {
    complete(pi, Elements.DRAFT, "canbo.qltttni", draftForm(text));
    complete(pi, Elements.REVIEW, "lanhdao.qltttni", Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));
    complete(
        pi,
        Elements.CONSULT,
        "canbo." + partner.toLowerCase().replace("-", ""),
        Map.of(FormFields.OPINION, "AGREE"));
    complete(
        pi,
        Elements.CONSOLIDATE,
        "canbo.qltttni",
        Map.of(Vars.CONSOLIDATION_DECISION, Vars.APPROVE));
    signAll(
        pi,
        Map.of(
            "QLTT-TNI",
            "lanhdao.qltttni",
            partner,
            "lanhdao." + partner.toLowerCase().replace("-", "")));
    complete(
        pi,
        Elements.RECORD_SIGNED_DOCUMENT,
        "canbo.qltttni",
        registration("99/QCPH", effectiveDate));
  }

  static PhoiHopUser user(String userId, String agency, String role) {
    return new PhoiHopUser(userId, List.of(agency, agency + "." + role, role), agency);
  }

  static AgreementRequest regulation(String approvalPath, String... partners) {
    return regulationWithTerm(approvalPath, "QUARTERLY", "2026-03-01", "2028-12-31", partners);
  }

  static AgreementRequest regulationWithTerm(
      String approvalPath, String cadence, String termStart, String termEnd, String... partners) {
    return new AgreementRequest(
        "Quy chế phối hợp trong công tác quản lý thị trường",
        "REGULATION",
        approvalPath,
        null,
        Arrays.asList(partners),
        List.of("PETROLEUM", "FOOD_SAFETY"),
        termStart,
        termEnd,
        cadence,
        null,
        "Trao đổi thông tin, kiểm tra liên ngành.");
  }

  static AgreementRequest plan(String parentCode, String termEnd, String... partners) {
    return new AgreementRequest(
        "Kế hoạch phối hợp giữa các đội QLTT biên giới",
        "PLAN",
        "CO_SIGNED",
        null,
        Arrays.asList(partners),
        List.of("INFORMATION_EXCHANGE"),
        "2026-03-15",
        termEnd,
        "MONTHLY",
        parentCode,
        null);
  }

  private Agreement open(AgreementRequest request, PhoiHopUser creator) {
    Agreement agreement = opening.create(request, creator);
    STARTED.add(instanceOf(agreement).getId());
    return agreement;
  }

  private ProcessInstance instanceOf(Agreement agreement) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(AgreementProcess.KEY)
        .processInstanceBusinessKey(agreement.getCode())
        .singleResult();
  }

  /** The aggregate as stored now, with its collections loaded. */
  private Agreement agreement(Agreement agreement) {
    return transactions.execute(
        status -> {
          Agreement loaded = agreements.findById(agreement.getId()).orElseThrow();
          loaded.getParties().size();
          loaded.getVersions().size();
          loaded.getComments().size();
          loaded.getSignatures().size();
          loaded.getTimeline().size();
          loaded.getFields().size();
          return loaded;
        });
  }

  /**
   * "KIND recipient" of the outbox rows of the agreement (of one task, or with no task when null),
   * oldest first.
   */
  private List<String> outbox(Agreement agreement, String taskId) {
    return jdbc.queryForList(
        "select kind || ' ' || recipient_user_id from notification where business_key = ? and "
            + (taskId == null ? "task_id is null" : "task_id = ?")
            + " order by id",
        String.class,
        taskId == null
            ? new Object[] {agreement.getCode()}
            : new Object[] {agreement.getCode(), taskId});
  }

  private static List<TimelineAction> actions(Agreement agreement) {
    return agreement.getTimeline().stream().map(TimelineEntry::getAction).toList();
  }

  private Task task(ProcessInstance pi, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(key)
        .singleResult();
  }

  private List<Task> tasks(ProcessInstance pi, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(key)
        .list();
  }

  private Task taskFor(ProcessInstance pi, String key, String candidateGroup) {
    return taskService
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(key)
        .taskCandidateGroup(candidateGroup)
        .includeAssignedTasks()
        .singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> l.getGroupId() != null)
        .map(l -> l.getGroupId())
        .toList();
  }

  /**
   * Tasklist's way: claim, then complete with the form's values; then run the async continuations.
   */
  private void complete(ProcessInstance pi, String key, String userId, Map<String, Object> form) {
    Task task = task(pi, key);
    assertThat(task).as("open task %s", key).isNotNull();
    completeTask(pi, task, userId, form);
  }

  private void completeFor(
      ProcessInstance pi,
      String key,
      String candidateGroup,
      String userId,
      Map<String, Object> form) {
    completeTask(pi, taskFor(pi, key, candidateGroup), userId, form);
  }

  private void completeTask(
      ProcessInstance pi, Task task, String userId, Map<String, Object> form) {
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), userId);
    }
    taskService.complete(task.getId(), new HashMap<>(form));
    runAsyncContinuations(pi.getId());
  }

  private void signAll(ProcessInstance pi, Map<String, String> leaders) {
    assertThat(tasks(pi, Elements.SIGN)).hasSize(leaders.size());
    leaders.forEach(
        (agency, leader) ->
            completeFor(
                pi,
                Elements.SIGN,
                agency + ".leader",
                leader,
                Map.of(
                    FormFields.SIGNATORY_NAME,
                    "Lãnh đạo " + agency,
                    FormFields.SIGNATORY_TITLE,
                    "Chi cục trưởng",
                    FormFields.SIGNED_ON,
                    TestRequests.formDate(today().toString()))));
  }

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

  private Job timer(ProcessInstance pi, String activityId) {
    List<Job> timers = timers(pi, activityId);
    assertThat(timers).as("timer %s", activityId).isNotEmpty();
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

  /** The reminder and escalation timers ({@code timeout} task listeners) of one task. */
  private List<Job> timeoutJobsOf(Task task) {
    return managementService
        .createJobQuery()
        .executionId(task.getExecutionId())
        .activityId(task.getTaskDefinitionKey())
        .timers()
        .list();
  }

  /** Moves the engine clock just past the timer's due date and fires it. */
  private void fire(Job timer) {
    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofSeconds(1))));
    managementService.executeJob(timer.getId());
    runAsyncContinuations(timer.getProcessInstanceId());
  }

  private static Map<String, Object> draftForm(String content) {
    return Map.of(FormFields.CONTENT, content, FormFields.VERSION_NOTE, "Ghi chú");
  }

  private static Map<String, Object> registration(String number, String effective) {
    return Map.of(
        FormFields.DOCUMENT_NUMBER,
        number,
        FormFields.EFFECTIVE_DATE,
        TestRequests.formDate(effective));
  }

  private static Map<String, Object> decision(String number, String date, String effective) {
    return Map.of(
        FormFields.DECISION_NUMBER,
        number,
        FormFields.DECISION_DATE,
        TestRequests.formDate(date),
        FormFields.DECISION_SIGNER,
        "Phó Chủ tịch UBND tỉnh",
        FormFields.EFFECTIVE_DATE,
        TestRequests.formDate(effective));
  }

  // ------------------------------------------------------------------ evaluation steps

  /** Fires the cadence timer (the day after a cut-off) and returns the evaluation it called. */
  private ProcessInstance startEvaluation(ProcessInstance pi, LocalDate day) {
    Job due = timer(pi, Elements.EVALUATION_DUE);
    assertThat(due.getDuedate()).as("evaluation timer").isEqualTo(startOfDay(day));
    fire(due);
    assertThat(pi).hasPassed(Elements.SET_EVALUATION_PERIOD).isWaitingAt(Elements.EVALUATE_PERIOD);
    ProcessInstance evaluation =
        runtimeService
            .createProcessInstanceQuery()
            .superProcessInstanceId(pi.getId())
            .singleResult();
    assertThat(evaluation).as("called evaluation").isNotNull();
    assertThat(evaluation.getProcessDefinitionId()).startsWith(EvaluationProcess.KEY + ":");
    return evaluation;
  }

  /** One party's period report, by its staff, with figures a Tây Ninh unit might file. */
  private void fileReport(ProcessInstance evaluation, String agency, String userId) {
    Task report =
        taskService
            .createTaskQuery()
            .processInstanceId(evaluation.getId())
            .taskDefinitionKey(EvaluationProcess.Elements.FILE_REPORT)
            .taskCandidateGroup(agency + ".staff")
            .includeAssignedTasks()
            .singleResult();
    assertThat(report).as("report task of %s", agency).isNotNull();
    Map<String, Object> form = new HashMap<>();
    for (Kpi kpi : Kpi.values()) {
      // the referral figures are left as pre-filled: the party confirms them
      if (!kpi.fromReferrals()) {
        form.put(kpi.field(), kpi.amount() ? 45_000_000 : 6);
      }
    }
    form.put(
        EvaluationProcess.FormFields.NARRATIVE,
        "Đã trao đổi thông tin, kiểm tra liên ngành xăng dầu và an toàn thực phẩm.");
    completeTask(evaluation, report, userId, form);
  }

  /** Schedules the review conference, lets its day come and records its minutes. */
  private void holdConference(ProcessInstance evaluation, String at, String minutes) {
    assertThat(evaluation).isWaitingAt(EvaluationProcess.Elements.SCHEDULE_CONFERENCE);
    complete(
        evaluation,
        EvaluationProcess.Elements.SCHEDULE_CONFERENCE,
        "canbo.qltttni",
        Map.of(
            EvaluationProcess.FormFields.CONFERENCE_DATE, TestRequests.formDateTime(at),
            EvaluationProcess.FormFields.CONFERENCE_VENUE,
                "Hội trường Chi cục Quản lý thị trường tỉnh Tây Ninh",
            EvaluationProcess.FormFields.CONFERENCE_CHAIR, "Chi cục trưởng",
            EvaluationProcess.FormFields.CONFERENCE_PARTICIPANTS,
                "Chi cục Quản lý thị trường tỉnh Tây Ninh\nSở Công Thương tỉnh Tây Ninh"));
    fire(timer(evaluation, EvaluationProcess.Elements.CONFERENCE_DAY));
    complete(
        evaluation,
        EvaluationProcess.Elements.RECORD_MINUTES,
        "canbo.qltttni",
        Map.of(
            EvaluationProcess.FormFields.CONFERENCE_MINUTES,
            minutes,
            EvaluationProcess.FormFields.CONFERENCE_CONCLUSIONS,
            "Tiếp tục thực hiện; tăng cường kiểm tra liên ngành."));
  }

  /** The lead's leader concludes the period; the evaluation ends and the agreement routes on it. */
  private void conclude(ProcessInstance evaluation, Conclusion conclusion, String note) {
    Map<String, Object> form = new HashMap<>();
    form.put(EvaluationProcess.Vars.EVALUATION_CONCLUSION, conclusion.name());
    if (note != null) {
      form.put(EvaluationProcess.FormFields.CONCLUSION_NOTE, note);
    }
    complete(evaluation, EvaluationProcess.Elements.CONCLUDE, "lanhdao.qltttni", form);
    assertThat(evaluation).isEnded();
  }

  private static void now(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(
        Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, Clocks.ZONE).toInstant()));
  }

  private static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), Clocks.ZONE);
  }

  static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(Clocks.ZONE).toInstant());
  }

  static Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(23, 59, 59).atZone(Clocks.ZONE).toInstant());
  }

  static Date morningOf(LocalDate day) {
    return Date.from(day.atTime(8, 0).atZone(Clocks.ZONE).toInstant());
  }
}
