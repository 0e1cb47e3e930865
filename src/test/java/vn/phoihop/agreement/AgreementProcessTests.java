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
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.deadline.WorkingDayCalendar;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.web.ApiException;

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
  static final ZonedDateTime START = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, WorkingDayCalendar.ZONE);

  static final PhoiHopUser CANBO_QLTTTNI = user("canbo.qltttni", "QLTT-TNI", "staff");
  static final PhoiHopUser CANBO_SCTTNI = user("canbo.scttni", "SCT-TNI", "staff");
  static final PhoiHopUser LANHDAO_SCTTNI = user("lanhdao.scttni", "SCT-TNI", "leader");
  static final PhoiHopUser CANBO_QLTTTNID1 = user("canbo.qltttnid1", "QLTT-TNI-D1", "staff");

  private static final Set<String> STARTED = new LinkedHashSet<>();
  private static HistoryService history;
  private static RepositoryService repository;

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AgreementService agreementService;
  @Autowired AgreementRepository agreements;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

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

  /** Flow-node coverage of the model, from the history of the instances this class started. */
  @AfterAll
  static void everyFlowNodeOfTheModelWasPassed() {
    String definitionId =
        repository.createProcessDefinitionQuery().processDefinitionKey(AgreementProcess.KEY).latestVersion().singleResult().getId();
    Set<String> flowNodes =
        repository.getBpmnModelInstance(definitionId).getModelElementsByType(FlowNode.class).stream()
            .map(FlowNode::getId)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> passed = new LinkedHashSet<>();
    for (String id : STARTED) {
      history.createHistoricActivityInstanceQuery().processInstanceId(id).list().stream()
          .map(HistoricActivityInstance::getActivityId)
          .forEach(passed::add);
    }
    Set<String> missed = new LinkedHashSet<>(flowNodes);
    missed.removeAll(passed);
    double coverage = (flowNodes.size() - missed.size()) / (double) flowNodes.size();
    System.out.printf("coordination-agreement flow-node coverage: %d of %d = %.2f%n", flowNodes.size() - missed.size(), flowNodes.size(), coverage);
    assertThat(missed).as("flow nodes of coordination-agreement never passed").isEmpty();
    assertThat(coverage).isEqualTo(1.0);
  }

  // ------------------------------------------------------------------ paths

  @Test
  void coSignedBilateralAgreementComesIntoForceAndExpiresAtTheEndOfItsTerm() {
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
    complete(pi, Elements.CONSOLIDATE, "canbo.qltttni", Map.of(Vars.CONSOLIDATION_DECISION, Vars.APPROVE));

    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.AWAITING_SIGNATURES);
    signAll(pi, Map.of("QLTT-TNI", "lanhdao.qltttni", "SCT-TNI", "lanhdao.scttni"));
    complete(pi, Elements.RECORD_SIGNED_DOCUMENT, "canbo.qltttni", registration("01/QCPH-QLTT-SCT", "2026-03-05"));

    Agreement inForce = agreement(opened);
    assertThat(inForce.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(inForce.getDocumentNumber()).isEqualTo("01/QCPH-QLTT-SCT");
    assertThat(inForce.getEffectiveDate()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(inForce.getInForceVersionNo()).isEqualTo(1);
    assertThat(inForce.getSignatures())
        .extracting(Signature::getAgencyCode, Signature::getSignatoryTitle, Signature::getRecordedBy)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("QLTT-TNI", "Chi cục trưởng", "lanhdao.qltttni"),
            org.assertj.core.groups.Tuple.tuple("SCT-TNI", "Chi cục trưởng", "lanhdao.scttni"));
    assertThat(inForce.getVersions()).singleElement().satisfies(v -> assertThat(v.getContentHash()).hasSize(64));
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
    assertThat(pi).isWaitingAt(Elements.TERM_ENDED);
    assertThat(runtimeService.getVariables(pi.getId()).keySet())
        .as("only ids and routing values stay in the process")
        .containsExactlyInAnyOrder(
            Vars.AGREEMENT_ID, Vars.AGREEMENT_CODE, Vars.LEAD_AGENCY, Vars.PARTNER_AGENCIES, Vars.SIGNING_PARTIES,
            Vars.APPROVAL_PATH, Vars.REVIEW_DECISION, Vars.CONSOLIDATION_DECISION, Vars.TERM_ENDS_AT);

    // The term ends on 31 Dec 2028: the timer fires at the start of the next day.
    Job expiry = timer(pi, Elements.TERM_ENDED);
    assertThat(expiry.getDuedate()).isEqualTo(Date.from(LocalDate.of(2029, 1, 1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant()));
    fire(expiry);
    assertThat(pi).isEnded().hasPassed(Elements.EXPIRE, Elements.END_EXPIRED);
    Agreement expired = agreement(opened);
    assertThat(expired.getStatus()).isEqualTo(AgreementStatus.EXPIRED);
    assertThat(expired.getEndedOn()).isEqualTo(LocalDate.of(2028, 12, 31));
  }

  @Test
  void multiPartyConsultationRecordsASilentPartnerAsNoObjection() {
    Agreement opened = open(regulation("CO_SIGNED", "SCT-TNI", "CA-TNI", "HQ-KV17"), CANBO_QLTTTNI);
    ProcessInstance pi = instanceOf(opened);
    complete(pi, Elements.DRAFT, "canbo.qltttni", draftForm("Dự thảo quy chế phối hợp bốn bên"));
    complete(pi, Elements.REVIEW, "lanhdao.qltttni", Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));

    List<Task> consultations = tasks(pi, Elements.CONSULT);
    assertThat(consultations).hasSize(3);
    assertThat(consultations).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(endOfDay(LocalDate.of(2026, 3, 16))));
    assertThat(timers(pi, Elements.CONSULTATION_DEADLINE)).hasSize(3);
    // Reminder 3 working days and the partner leader's notice 1 working day before the deadline.
    Task customs = taskFor(pi, Elements.CONSULT, "HQ-KV17.liaison");
    assertThat(customs).hasCandidateGroup("HQ-KV17.staff");
    assertThat(outbox(opened, customs.getId())).containsExactly("INFO daumoi.hqkv17");
    List<Job> customsTimers = timeoutJobsOf(customs);
    assertThat(customsTimers.stream().map(Job::getDuedate))
        .containsExactlyInAnyOrder(morningOf(LocalDate.of(2026, 3, 11)), morningOf(LocalDate.of(2026, 3, 13)));

    completeFor(pi, Elements.CONSULT, "SCT-TNI.staff", "canbo.scttni", Map.of(FormFields.OPINION, "AGREE"));
    assertRefused(
        () -> completeFor(pi, Elements.CONSULT, "CA-TNI.staff", "daumoi.catni", Map.of(FormFields.OPINION, "OBJECTION")),
        FormFields.COMMENT);
    completeFor(
        pi,
        Elements.CONSULT,
        "CA-TNI.staff",
        "daumoi.catni",
        Map.of(FormFields.OPINION, "OBJECTION", FormFields.COMMENT, "Đề nghị bổ sung đầu mối trao đổi thông tin 24/7."));

    // Customs stays silent: reminded, then its leader is told, then the deadline passes.
    customsTimers.stream().sorted(java.util.Comparator.comparing(Job::getDuedate)).forEach(this::fire);
    assertThat(outbox(opened, customs.getId()))
        .containsExactly("INFO daumoi.hqkv17", "REMINDER daumoi.hqkv17", "ESCALATION lanhdao.hqkv17");
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
        () -> complete(pi, Elements.CONSOLIDATE, "canbo.qltttni", Map.of(Vars.CONSOLIDATION_DECISION, Vars.APPROVE)),
        FormFields.CONSOLIDATION_NOTE);
    assertThat(pi).isWaitingAt(Elements.CONSOLIDATE);
    complete(
        pi,
        Elements.CONSOLIDATE,
        "canbo.qltttni",
        Map.of(
            Vars.CONSOLIDATION_DECISION, Vars.APPROVE,
            FormFields.CONSOLIDATION_NOTE, "Đầu mối 24/7 đã có tại Điều 6; giữ nguyên."));

    assertThat(tasks(pi, Elements.SIGN))
        .extracting(t -> candidateGroups(t))
        .containsExactlyInAnyOrder(
            List.of("QLTT-TNI.leader"), List.of("SCT-TNI.leader"), List.of("CA-TNI.leader"), List.of("HQ-KV17.leader"));
    signAll(
        pi,
        Map.of("QLTT-TNI", "lanhdao.qltttni", "SCT-TNI", "lanhdao.scttni", "CA-TNI", "lanhdao.catni", "HQ-KV17", "lanhdao.hqkv17"));
    complete(pi, Elements.RECORD_SIGNED_DOCUMENT, "canbo.qltttni", registration("02/QCPH-LN", "2026-03-20"));
    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(agreement(opened).getSignatures()).hasSize(4);
    assertThat(outbox(opened, null))
        .as("every party hears that the regulation is in force")
        .contains("INFO canbo.qltttni", "INFO lanhdao.scttni", "INFO daumoi.catni", "INFO lanhdao.hqkv17");
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
          Map.of(Vars.CONSOLIDATION_DECISION, Vars.REVISE, FormFields.CONSOLIDATION_NOTE, "Tiếp thu góp ý vòng " + (round - 1)));
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
    complete(pi, Elements.CONSOLIDATE, "canbo.qltttni", Map.of(Vars.CONSOLIDATION_DECISION, Vars.APPROVE));
    signAll(pi, Map.of("QLTT-TNI", "lanhdao.qltttni", "SCT-TNI", "lanhdao.scttni"));
    complete(pi, Elements.RECORD_SIGNED_DOCUMENT, "canbo.qltttni", registration("03/QCPH", "2026-03-10"));

    Agreement inForce = agreement(opened);
    assertThat(inForce.getVersions())
        .extracting(TextVersion::getVersionNo, TextVersion::getKind, TextVersion::getContentHash)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, VersionKind.DRAFT, TextVersion.sha256("Phiên bản 1")),
            org.assertj.core.groups.Tuple.tuple(2, VersionKind.REVISION, TextVersion.sha256("Phiên bản 2")),
            org.assertj.core.groups.Tuple.tuple(3, VersionKind.REVISION, TextVersion.sha256("Phiên bản 3")));
    assertThat(inForce.getComments()).extracting(AgreementComment::getVersionNo).containsExactly(1, 2, 3);
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
        () -> complete(pi, Elements.REVIEW, "lanhdao.qltttni", Map.of(Vars.REVIEW_DECISION, Vars.RETURN)),
        FormFields.REVIEW_REASON);
    assertThat(pi).isWaitingAt(Elements.REVIEW);
    assertThat(actions(agreement(opened))).doesNotContain(TimelineAction.RETURNED);

    complete(
        pi,
        Elements.REVIEW,
        "lanhdao.qltttni",
        Map.of(Vars.REVIEW_DECISION, Vars.RETURN, FormFields.REVIEW_REASON, "Bổ sung lĩnh vực thương mại điện tử."));
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

    complete(pi, Elements.DRAFT, "canbo.qltttni", draftForm("Bản nháp đã bổ sung thương mại điện tử"));
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey(Vars.REVIEW_DECISION);
    complete(pi, Elements.REVIEW, "lanhdao.qltttni", Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));
    assertThat(pi).isWaitingAt(Elements.CONSULT);
    assertThat(agreement(opened).getVersions()).hasSize(2);
  }

  @Test
  void regulationIssuedByDecisionOfThePeoplesCommitteeAndAmendedTheSameWay() {
    Agreement opened = open(regulation("ISSUED_BY_DECISION", "SCT-TNI", "CA-TNI"), CANBO_QLTTTNI);
    ProcessInstance pi = instanceOf(opened);
    complete(pi, Elements.DRAFT, "canbo.qltttni", draftForm("Quy chế phối hợp do UBND tỉnh ban hành"));
    complete(pi, Elements.REVIEW, "lanhdao.qltttni", Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));
    completeFor(pi, Elements.CONSULT, "SCT-TNI.staff", "canbo.scttni", Map.of(FormFields.OPINION, "AGREE"));
    completeFor(pi, Elements.CONSULT, "CA-TNI.staff", "daumoi.catni", Map.of(FormFields.OPINION, "AGREE"));
    complete(pi, Elements.CONSOLIDATE, "canbo.qltttni", Map.of(Vars.CONSOLIDATION_DECISION, Vars.APPROVE));

    assertThat(pi).isWaitingAt(Elements.SUBMIT_FOR_DECISION);
    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.AWAITING_DECISION);
    assertThat(task(pi, Elements.SUBMIT_FOR_DECISION)).hasCandidateGroup("QLTT-TNI.staff");
    assertRefused(
        () -> complete(pi, Elements.SUBMIT_FOR_DECISION, "canbo.qltttni", Map.of(FormFields.SUBMISSION_NUMBER, "125/TTr-QLTT", FormFields.SUBMITTED_ON, "2026-03-03")),
        FormFields.SUBMITTED_ON);
    complete(pi, Elements.SUBMIT_FOR_DECISION, "canbo.qltttni", Map.of(FormFields.SUBMISSION_NUMBER, "125/TTr-QLTT", FormFields.SUBMITTED_ON, "2026-03-02"));
    // The decision cannot predate the submission.
    assertRefused(
        () -> complete(pi, Elements.RECORD_DECISION, "canbo.qltttni", decision("45/2026/QĐ-UBND", "2026-02-27", "2026-03-10")),
        FormFields.DECISION_DATE);
    ClockUtil.setCurrentTime(Date.from(START.plusDays(7).toInstant()));
    complete(pi, Elements.RECORD_DECISION, "canbo.qltttni", decision("45/2026/QĐ-UBND", "2026-03-06", "2026-03-16"));

    Agreement inForce = agreement(opened);
    assertThat(inForce.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(inForce.getDocumentNumber()).isEqualTo("45/2026/QĐ-UBND");
    assertThat(inForce.getEffectiveDate()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(inForce.getSignatures()).isEmpty();
    assertThat(inForce.currentVersion().orElseThrow().getSubmissionNumber()).isEqualTo("125/TTr-QLTT");
    assertThat(pi).hasPassed(Elements.SUBMIT_FOR_DECISION, Elements.RECORD_DECISION, Elements.PUT_IN_FORCE).hasNotPassed(Elements.SIGN);

    // An amendment of a regulation issued by decision is issued by decision too.
    agreementService.requestAmendment(opened.getCode(), "Bổ sung Hải quan vào đầu mối thông tin.", CANBO_SCTTNI);
    complete(pi, Elements.DRAFT_AMENDMENT, "canbo.qltttni", draftForm("Quy chế sửa đổi: bổ sung đầu mối Hải quan"));
    complete(pi, Elements.REVIEW_AMENDMENT, "lanhdao.qltttni", Map.of(Vars.AMENDMENT_DECISION, Vars.APPROVE));
    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.AMENDING);
    complete(pi, Elements.SUBMIT_FOR_DECISION, "canbo.qltttni", Map.of(FormFields.SUBMISSION_NUMBER, "150/TTr-QLTT", FormFields.SUBMITTED_ON, "2026-03-09"));
    complete(pi, Elements.RECORD_DECISION, "canbo.qltttni", decision("52/2026/QĐ-UBND", "2026-03-09", "2026-03-20"));

    Agreement amended = agreement(opened);
    assertThat(amended.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(amended.getInForceVersionNo()).isEqualTo(2);
    assertThat(amended.getDocumentNumber()).as("the original document keeps its number").isEqualTo("45/2026/QĐ-UBND");
    assertThat(amended.version(2).orElseThrow().getDocumentNumber()).isEqualTo("52/2026/QĐ-UBND");
    assertThat(pi).isWaitingAt(Elements.TERM_ENDED);
  }

  @Test
  void amendmentRequestedByAPartnerIsFirstRejectedThenSignedAsANewVersion() {
    Agreement opened = open(regulation("CO_SIGNED", "SCT-TNI"), CANBO_QLTTTNI);
    ProcessInstance pi = instanceOf(opened);
    driveCoSignedToInForce(pi, "SCT-TNI", "Quy chế ban đầu");

    assertRefused(
        () -> agreementService.requestAmendment(opened.getCode(), " ", CANBO_SCTTNI),
        "reason");
    agreementService.requestAmendment(opened.getCode(), "Bổ sung lĩnh vực LPG.", CANBO_SCTTNI);
    assertThat(pi).isWaitingAt(Elements.DRAFT_AMENDMENT).hasPassed(Elements.AMENDMENT_REQUESTED);
    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.AMENDING);
    assertThat(timers(pi, Elements.TERM_ENDED)).as("the in-force wait was interrupted").isEmpty();
    assertThatThrownBy(() -> agreementService.requestTermination(opened.getCode(), "Không còn phù hợp", LANHDAO_SCTTNI))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(409));

    complete(pi, Elements.DRAFT_AMENDMENT, "canbo.qltttni", draftForm("Quy chế sửa đổi lần 1"));
    assertRefused(
        () -> complete(pi, Elements.REVIEW_AMENDMENT, "lanhdao.qltttni", Map.of(Vars.AMENDMENT_DECISION, Vars.REJECT)),
        FormFields.AMENDMENT_REASON);
    complete(
        pi,
        Elements.REVIEW_AMENDMENT,
        "lanhdao.qltttni",
        Map.of(Vars.AMENDMENT_DECISION, Vars.REJECT, FormFields.AMENDMENT_REASON, "Chờ hướng dẫn của Bộ Công Thương."));
    assertThat(pi).hasPassed(Elements.KEEP_CURRENT_VERSION).isWaitingAt(Elements.TERM_ENDED);
    Agreement kept = agreement(opened);
    assertThat(kept.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(kept.getInForceVersionNo()).isEqualTo(1);

    agreementService.requestAmendment(opened.getCode(), "Bổ sung lĩnh vực LPG theo hướng dẫn mới.", CANBO_QLTTTNI);
    complete(pi, Elements.DRAFT_AMENDMENT, "canbo.qltttni", draftForm("Quy chế sửa đổi lần 2"));
    complete(pi, Elements.REVIEW_AMENDMENT, "lanhdao.qltttni", Map.of(Vars.AMENDMENT_DECISION, Vars.APPROVE));
    assertThat(pi).isWaitingAt(Elements.SIGN);
    assertThat(agreement(opened).getStatus()).isEqualTo(AgreementStatus.AMENDING);
    signAll(pi, Map.of("QLTT-TNI", "lanhdao.qltttni", "SCT-TNI", "lanhdao.scttni"));
    complete(pi, Elements.RECORD_SIGNED_DOCUMENT, "canbo.qltttni", registration("01/SĐ-QCPH", "2026-03-02"));

    Agreement amended = agreement(opened);
    assertThat(amended.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(amended.getInForceVersionNo()).isEqualTo(3);
    assertThat(amended.version(3).orElseThrow().getKind()).isEqualTo(VersionKind.AMENDMENT);
    assertThat(amended.getSignatures()).extracting(Signature::getVersionNo).containsExactlyInAnyOrder(1, 1, 3, 3);
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
    assertThat(pi).isWaitingAt(Elements.TERM_ENDED);
  }

  @Test
  void partyLeaderTerminatesAnAgreementInForceWithAReason() {
    Agreement opened = open(regulation("CO_SIGNED", "SCT-TNI"), CANBO_QLTTTNI);
    ProcessInstance pi = instanceOf(opened);
    driveCoSignedToInForce(pi, "SCT-TNI", "Quy chế sẽ chấm dứt");

    assertThatThrownBy(() -> agreementService.requestTermination(opened.getCode(), "Hết nhu cầu", CANBO_SCTTNI))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(403));
    assertRefused(() -> agreementService.requestTermination(opened.getCode(), "", LANHDAO_SCTTNI), "reason");
    assertThat(pi).isWaitingAt(Elements.TERM_ENDED);

    agreementService.requestTermination(opened.getCode(), "Sáp nhập đơn vị, thay bằng quy chế mới.", LANHDAO_SCTTNI);
    assertThat(pi).isEnded().hasPassed(Elements.TERMINATION_REQUESTED, Elements.TERMINATE, Elements.END_TERMINATED);
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

    // Only parties to the regulation (or their own teams) can make a plan under it, within its term.
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
    complete(pi, Elements.DRAFT, "canbo.qltttnid1", draftForm("Kế hoạch trao đổi thông tin đối tượng tái phạm, thời gian, địa điểm giao hàng"));
    complete(pi, Elements.REVIEW, "lanhdao.qltttnid1", Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));
    assertThat(task(pi, Elements.CONSULT)).hasCandidateGroup("QLTT-VLG-D5.staff");
    complete(pi, Elements.CONSULT, "canbo.qlttvlgd5", Map.of(FormFields.OPINION, "AGREE"));
    complete(pi, Elements.CONSOLIDATE, "canbo.qltttnid1", Map.of(Vars.CONSOLIDATION_DECISION, Vars.APPROVE));
    signAll(pi, Map.of("QLTT-TNI-D1", "lanhdao.qltttnid1", "QLTT-VLG-D5", "lanhdao.qlttvlgd5"));
    complete(pi, Elements.RECORD_SIGNED_DOCUMENT, "canbo.qltttnid1", registration("01/KH-Đ1-Đ5", "2026-03-03"));

    assertThat(agreement(plan).getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(agreements.findByParentIdOrderById(regulation.getId())).extracting(Agreement::getCode).containsExactly(plan.getCode());
    assertThat(agreement(regulation).getTimeline())
        .filteredOn(e -> e.getAction() == TimelineAction.SUB_PLAN_CREATED)
        .singleElement()
        .satisfies(e -> assertThat(e.getDetail()).startsWith(plan.getCode()));
  }

  // ------------------------------------------------------------------ helpers

  /**
   * The step is refused naming {@code field}: the engine wraps what a listener throws, so the
   * {@link ApiException} is looked for in the cause chain.
   */
  private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable step, String field) {
    assertThatThrownBy(step)
        .satisfies(
            thrown -> {
              Throwable cause = thrown;
              while (cause != null && !(cause instanceof ApiException)) {
                cause = cause.getCause();
              }
              assertThat(cause).as("an ApiException in the cause chain of %s", thrown).isInstanceOf(ApiException.class);
              assertThat(((ApiException) cause).field()).isEqualTo(field);
            });
  }

  private void driveCoSignedToInForce(ProcessInstance pi, String partner, String text) {
    complete(pi, Elements.DRAFT, "canbo.qltttni", draftForm(text));
    complete(pi, Elements.REVIEW, "lanhdao.qltttni", Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));
    complete(pi, Elements.CONSULT, "canbo." + partner.toLowerCase().replace("-", ""), Map.of(FormFields.OPINION, "AGREE"));
    complete(pi, Elements.CONSOLIDATE, "canbo.qltttni", Map.of(Vars.CONSOLIDATION_DECISION, Vars.APPROVE));
    signAll(pi, Map.of("QLTT-TNI", "lanhdao.qltttni", partner, "lanhdao." + partner.toLowerCase().replace("-", "")));
    complete(pi, Elements.RECORD_SIGNED_DOCUMENT, "canbo.qltttni", registration("99/QCPH", START.toLocalDate().toString()));
    assertThat(pi).isWaitingAt(Elements.TERM_ENDED);
  }

  static PhoiHopUser user(String userId, String agency, String role) {
    return new PhoiHopUser(userId, List.of(agency, agency + "." + role, role), agency);
  }

  static AgreementRequest regulation(String approvalPath, String... partners) {
    return new AgreementRequest(
        "Quy chế phối hợp trong công tác quản lý thị trường",
        "REGULATION",
        approvalPath,
        null,
        Arrays.asList(partners),
        List.of("PETROLEUM", "FOOD_SAFETY"),
        "2026-03-01",
        "2028-12-31",
        "QUARTERLY",
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
    Agreement agreement = agreementService.create(request, creator);
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

  /** "KIND recipient" of the outbox rows of the agreement (of one task, or with no task when null), oldest first. */
  private List<String> outbox(Agreement agreement, String taskId) {
    return jdbc.queryForList(
        "select kind || ' ' || recipient_user_id from notification where business_key = ? and "
            + (taskId == null ? "task_id is null" : "task_id = ?")
            + " order by id",
        String.class,
        taskId == null ? new Object[] {agreement.getCode()} : new Object[] {agreement.getCode(), taskId});
  }

  private static List<TimelineAction> actions(Agreement agreement) {
    return agreement.getTimeline().stream().map(TimelineEntry::getAction).toList();
  }

  private Task task(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
  }

  private List<Task> tasks(ProcessInstance pi, String key) {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
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

  /** Tasklist's way: claim, then complete with the form's values; then run the async continuations. */
  private void complete(ProcessInstance pi, String key, String userId, Map<String, Object> form) {
    Task task = task(pi, key);
    assertThat(task).as("open task %s", key).isNotNull();
    completeTask(pi, task, userId, form);
  }

  private void completeFor(ProcessInstance pi, String key, String candidateGroup, String userId, Map<String, Object> form) {
    completeTask(pi, taskFor(pi, key, candidateGroup), userId, form);
  }

  private void completeTask(ProcessInstance pi, Task task, String userId, Map<String, Object> form) {
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
                    FormFields.SIGNATORY_NAME, "Lãnh đạo " + agency,
                    FormFields.SIGNATORY_TITLE, "Chi cục trưởng",
                    FormFields.SIGNED_ON, START.toLocalDate().toString())));
  }

  private void runAsyncContinuations(String processInstanceId) {
    List<Job> jobs;
    while (!(jobs = managementService.createJobQuery().processInstanceId(processInstanceId).messages().list()).isEmpty()) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private Job timer(ProcessInstance pi, String activityId) {
    List<Job> timers = timers(pi, activityId);
    assertThat(timers).as("timer %s", activityId).isNotEmpty();
    return timers.get(0);
  }

  private List<Job> timers(ProcessInstance pi, String activityId) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId).list();
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
    return Map.of(FormFields.DOCUMENT_NUMBER, number, FormFields.EFFECTIVE_DATE, effective);
  }

  private static Map<String, Object> decision(String number, String date, String effective) {
    return Map.of(
        FormFields.DECISION_NUMBER, number,
        FormFields.DECISION_DATE, date,
        FormFields.DECISION_SIGNER, "Phó Chủ tịch UBND tỉnh",
        FormFields.EFFECTIVE_DATE, effective);
  }

  static Date endOfDay(LocalDate day) {
    return Date.from(day.atTime(23, 59, 59).atZone(WorkingDayCalendar.ZONE).toInstant());
  }

  static Date morningOf(LocalDate day) {
    return Date.from(day.atTime(8, 0).atZone(WorkingDayCalendar.ZONE).toInstant());
  }
}
