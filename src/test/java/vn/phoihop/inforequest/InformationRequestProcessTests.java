package vn.phoihop.inforequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import vn.phoihop.inforequest.InformationRequestProcess.Elements;
import vn.phoihop.inforequest.InformationRequestProcess.FormFields;
import vn.phoihop.inforequest.InformationRequestProcess.Vars;
import vn.phoihop.shared.Clocks;

/**
 * Every path of {@code information-request}: answered in full, answered in part and then in full
 * (the promised date's reminder and escalation fire as the engine clock moves), refused, and a
 * third agency that cannot take the receiver's task. The class fails unless every element of the
 * model was covered.
 */
@SpringBootTest
@TestExecutionListeners(
    value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@Import(InformationRequestCoverageConfiguration.class)
class InformationRequestProcessTests {

  static final String REQUESTER = "QLTT-TNI";
  static final String RECEIVER = "SCT-TNI";
  static final String RECEIVER_STAFF = "canbo.scttni";
  static final String OUTSIDER = "canbo.qlttgla";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired InformationRequestRepository requests;

  @AfterEach
  void tearDown() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void answeredInFull() {
    ProcessInstance pi = start();
    Task task = task(pi, Elements.ANSWER);
    assertThat(task.getDueDate()).isAfter(Date.from(Clocks.now()));
    assertThat(taskService.getIdentityLinksForTask(task.getId()))
        .anyMatch(l -> (RECEIVER + ".staff").equals(l.getGroupId()));

    complete(
        task,
        RECEIVER_STAFF,
        Map.of(Vars.REPLY_KIND, "FULL", FormFields.REPLY_TEXT, "Xe 70C-123.45"));

    assertEnded(pi, Elements.ANSWERED);
    InformationRequest request = requests.findById(requestId(pi)).orElseThrow();
    assertThat(request.getStatus()).isEqualTo(RequestStatus.ANSWERED);
    assertThat(request.getReplyText()).isEqualTo("Xe 70C-123.45");
    assertThat(request.getExchanges()).isEqualTo(2);
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId())
                .variableName(FormFields.REPLY_TEXT)
                .count())
        .as("the reply lives with the request, not as a process variable")
        .isZero();
  }

  @Test
  void answeredInPartThenInFull() {
    ProcessInstance pi = start();
    Task first = task(pi, Elements.ANSWER);
    String restDate = VnDate.format(Clocks.today().plusDays(10));

    assertThatThrownBy(
            () ->
                complete(
                    first,
                    RECEIVER_STAFF,
                    Map.of(Vars.REPLY_KIND, "PARTIAL", FormFields.REPLY_TEXT, "Một phần")))
        .hasMessageContaining("Vui lòng nhập Ngày trả lời phần còn lại");
    complete(
        first,
        RECEIVER_STAFF,
        Map.of(
            Vars.REPLY_KIND,
            "PARTIAL",
            FormFields.REPLY_TEXT,
            "Thời gian giao hàng: 20h hằng ngày",
            FormFields.REST_DATE,
            restDate));

    Task rest = task(pi, Elements.ANSWER_REST);
    InformationRequest partly = requests.findById(requestId(pi)).orElseThrow();
    assertThat(partly.getStatus()).isEqualTo(RequestStatus.PARTLY_ANSWERED);
    assertThat(partly.getRestDueOn()).isEqualTo(Clocks.today().plusDays(10));
    assertThat(rest.getDueDate()).isNotNull();

    // the promised date passes: reminder and escalation timers of the rest fire, the task stays
    ClockUtil.setCurrentTime(Date.from(Clocks.now().plus(Duration.ofDays(30))));
    List<Job> due =
        managementService.createJobQuery().processInstanceId(pi.getId()).executable().list();
    assertThat(due).hasSize(2);
    for (Job job : due) {
      managementService.executeJob(job.getId());
    }
    assertThat(task(pi, Elements.ANSWER_REST).getId()).isEqualTo(rest.getId());

    complete(
        rest,
        RECEIVER_STAFF,
        Map.of(Vars.REPLY_KIND, "FULL", FormFields.REPLY_TEXT, "Địa điểm: kho số 3"));
    assertEnded(pi, Elements.ANSWERED);
    InformationRequest done = requests.findById(requestId(pi)).orElseThrow();
    assertThat(done.getStatus()).isEqualTo(RequestStatus.ANSWERED);
    assertThat(done.getExchanges()).isEqualTo(3);
    assertThat(done.getReplyText()).contains("20h hằng ngày").contains("kho số 3");
  }

  @Test
  void refusedWithAReason() {
    ProcessInstance pi = start();
    Task task = task(pi, Elements.ANSWER);
    assertThatThrownBy(() -> complete(task, RECEIVER_STAFF, Map.of(Vars.REPLY_KIND, "REFUSED")))
        .hasMessageContaining("Vui lòng nhập Lý do từ chối");
    complete(
        task,
        RECEIVER_STAFF,
        Map.of(
            Vars.REPLY_KIND, "REFUSED", FormFields.REFUSAL_REASON, "Thông tin đang được điều tra"));
    assertEnded(pi, Elements.REFUSED);
    assertThat(requests.findById(requestId(pi)).orElseThrow().getRefusalReason())
        .isEqualTo("Thông tin đang được điều tra");
  }

  @Test
  void aThirdAgencyCannotTakeOrCompleteTheReply() {
    ProcessInstance pi = start();
    Task task = task(pi, Elements.ANSWER);
    List<String> groups = groupsOf(OUTSIDER);
    identityService.setAuthentication(OUTSIDER, groups);
    try {
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count())
          .as("an outsider does not see the task")
          .isZero();
      assertThatThrownBy(() -> taskService.claim(task.getId(), OUTSIDER))
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(
              () ->
                  taskService.complete(
                      task.getId(),
                      new HashMap<>(
                          Map.of(Vars.REPLY_KIND, "REFUSED", FormFields.REFUSAL_REASON, "x"))))
          .isInstanceOf(AuthorizationException.class);
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(task(pi, Elements.ANSWER).getId()).isEqualTo(task.getId());
    assertThat(requests.findById(requestId(pi)).orElseThrow().getStatus())
        .isEqualTo(RequestStatus.OPEN);
  }

  private ProcessInstance start() {
    InformationRequest request =
        requests.save(
            new InformationRequest(
                "QC-2026-0001",
                REQUESTER,
                RECEIVER,
                "Đối tượng tái phạm",
                "Đề nghị cung cấp thông tin",
                true,
                "canbo.qltttni",
                Clocks.now()));
    return runtimeService.startProcessInstanceByKey(
        InformationRequestProcess.KEY,
        request.code(),
        Map.of(
            Vars.REQUEST_ID,
            request.getId(),
            Vars.AGREEMENT_CODE,
            "QC-2026-0001",
            Vars.REQUESTER_AGENCY,
            REQUESTER,
            Vars.RECEIVER_AGENCY,
            RECEIVER));
  }

  private long requestId(ProcessInstance pi) {
    return Long.parseLong(pi.getBusinessKey().substring("YCTT-".length()));
  }

  private Task task(ProcessInstance pi, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(key)
        .singleResult();
  }

  private void assertEnded(ProcessInstance pi, String endEvent) {
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count())
        .isZero();
    assertThat(
            historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId())
                .activityId(endEvent)
                .count())
        .isEqualTo(1);
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
  }

  private void complete(Task task, String userId, Map<String, Object> form) {
    identityService.setAuthentication(userId, groupsOf(userId));
    try {
      Task current = taskService.createTaskQuery().taskId(task.getId()).singleResult();
      if (current.getAssignee() == null) {
        taskService.claim(task.getId(), userId);
      }
      taskService.complete(task.getId(), new HashMap<>(form));
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** dd/mm/yyyy as a form sends it. */
  static final class VnDate {
    static String format(java.time.LocalDate d) {
      return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
  }
}
