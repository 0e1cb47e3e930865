package vn.phoihop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.ManualTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.agreement.AgreementProcess;
import vn.phoihop.referral.ReferralProcess;
import vn.phoihop.shared.Clocks;

/**
 * What a release that changes a model must ship (docs/process-versions.md): a test that moves a
 * running instance from the version the application deploys now to the next one with Camunda's
 * migration API, and finds it where it was, with everything that hangs on its wait state.
 *
 * <p>"The next version" is built here from the files in {@code bpmn/} with the model API: the task
 * the instance waits at is renamed, a step is added after it and the version tag moves on. It is
 * deployed as a release deploys, with every model and form (they bind by deployment), and removed
 * again after the test.
 */
@PhoiHopIntegrationTest
class ModelMigrationTests {

  static final String NEXT_TAG = "2027.01";

  /** Monday 2 March 2026, 09:00 in Vietnam: no holiday in the following weeks. */
  static final ZonedDateTime START = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, Clocks.ZONE);

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;

  @Value("${phoihop.demo.password}")
  String password;

  private String nextRelease;

  @AfterEach
  void removeTheNextRelease() {
    ClockUtil.reset();
    if (nextRelease != null) {
      repositoryService.deleteDeployment(nextRelease, true);
    }
  }

  @Test
  void anAgreementUnderReviewMovesToTheNextVersionAtTheSameTaskWithItsDeadlinesAndListeners()
      throws IOException {
    ClockUtil.setCurrentTime(Date.from(START.toInstant()));
    ProcessInstance agreement = openAgreement();
    ProcessDefinition current = definitionOf(agreement);
    assertThat(current.getVersionTag()).isEqualTo(versionTagInBpmn(AgreementProcess.KEY));
    Task draft = task(agreement, AgreementProcess.Elements.DRAFT);
    taskService.claim(draft.getId(), "canbo.qltttni");
    taskService.complete(
        draft.getId(),
        Map.of(
            AgreementProcess.FormFields.CONTENT, "Chương I. Quy định chung",
            AgreementProcess.FormFields.VERSION_NOTE, "Bản đầu"));
    Waiting before = waiting(agreement, AgreementProcess.Elements.REVIEW);
    assertThat(before.timers()).as("reminder and escalation").hasSize(2);

    String renamed = "Lãnh đạo đơn vị chủ trì duyệt dự thảo";
    ProcessDefinition next =
        deployNextRelease(
            AgreementProcess.KEY,
            model -> {
              UserTask review = model.getModelElementById(AgreementProcess.Elements.REVIEW);
              review.setName(renamed);
              insertAfter(model, review, "Task_RecordReviewNote", "Ghi ý kiến duyệt vào hồ sơ");
            });
    migrate(current, next, agreement);

    Waiting after = waiting(agreement, AgreementProcess.Elements.REVIEW);
    assertThat(definitionOf(agreement).getId()).isEqualTo(next.getId());
    assertThat(definitionOf(agreement).getVersionTag()).isEqualTo(NEXT_TAG);
    assertThat(after.task().getProcessDefinitionId()).isEqualTo(next.getId());
    assertKeepsItsNameWhileTheNextVersionHasTheNewOne(before, after, next, renamed);
    assertTheSameWaitState(before, after);
    // Its form now comes from the next release's deployment, as its model does.
    try (InputStream form = formService.getDeployedTaskForm(after.task().getId())) {
      assertThat(new String(form.readAllBytes())).contains("\"id\": \"agreement-review\"");
    }

    // The reminder listener still fires and still writes to the outbox for this task.
    Job reminder = after.timers().get(0);
    fire(reminder);
    assertThat(outbox(agreement, after.task().getId())).containsExactly("REMINDER lanhdao.qltttni");

    // And the instance goes on through the new step.
    taskService.claim(after.task().getId(), "lanhdao.qltttni");
    taskService.complete(
        after.task().getId(),
        Map.of(AgreementProcess.Vars.REVIEW_DECISION, AgreementProcess.Vars.CONSULT));
    assertThat(passed(agreement, "Task_RecordReviewNote")).isEqualTo(1);
    Task consult = task(agreement, AgreementProcess.Elements.CONSULT);
    assertThat(consult).isNotNull();
    assertThat(consult.getProcessDefinitionId()).isEqualTo(next.getId());
  }

  @Test
  void aReferralBeingPreparedMovesToTheNextVersionWithItsTransferClockAndWithdrawalMessage()
      throws IOException {
    ClockUtil.setCurrentTime(Date.from(START.toInstant()));
    ProcessInstance referral = openReferral();
    ProcessDefinition current = definitionOf(referral);
    assertThat(current.getVersionTag()).isEqualTo(versionTagInBpmn(ReferralProcess.KEY));
    Waiting before = waiting(referral, ReferralProcess.Elements.PREPARE_DOSSIER);
    assertThat(before.timers()).as("reminder and escalation").hasSize(2);
    assertThat(withdrawal(referral)).isNotNull();

    String renamed = "Hoàn thiện hồ sơ vụ việc và tài liệu chứng cứ";
    ProcessDefinition next =
        deployNextRelease(
            ReferralProcess.KEY,
            model -> {
              UserTask prepare =
                  model.getModelElementById(ReferralProcess.Elements.PREPARE_DOSSIER);
              prepare.setName(renamed);
              insertAfter(model, prepare, "Task_CheckEvidence", "Kiểm tra danh mục chứng cứ");
            });
    migrate(current, next, referral);

    Waiting after = waiting(referral, ReferralProcess.Elements.PREPARE_DOSSIER);
    assertThat(definitionOf(referral).getId()).isEqualTo(next.getId());
    assertThat(definitionOf(referral).getVersionTag()).isEqualTo(NEXT_TAG);
    assertKeepsItsNameWhileTheNextVersionHasTheNewOne(before, after, next, renamed);
    assertTheSameWaitState(before, after);
    EventSubscription withdrawal = withdrawal(referral);
    assertThat(withdrawal).as("the withdrawal message is still awaited").isNotNull();
    assertThat(withdrawal.getActivityId()).isEqualTo(ReferralProcess.Elements.WITHDRAWN);
    assertThat(withdrawal.getEventName()).isEqualTo(ReferralProcess.Messages.WITHDRAWN);

    fire(after.timers().get(0));
    assertThat(outbox(referral, after.task().getId())).containsExactly("REMINDER canbo.qltttnid1");
  }

  // ------------------------------------------------------------------ the wait state

  /** A task, the instance's variables and the timers of that task, before or after migration. */
  record Waiting(
      Task task, List<String> candidateGroups, Map<String, Object> variables, List<Job> timers) {}

  private Waiting waiting(ProcessInstance instance, String taskKey) {
    Task task = task(instance, taskKey);
    assertThat(task).as("waiting at %s", taskKey).isNotNull();
    List<String> groups =
        taskService.getIdentityLinksForTask(task.getId()).stream()
            .map(IdentityLink::getGroupId)
            .filter(group -> group != null)
            .sorted()
            .toList();
    List<Job> timers =
        managementService
            .createJobQuery()
            .processInstanceId(instance.getId())
            .timers()
            .activityId(taskKey)
            .list()
            .stream()
            .sorted(Comparator.comparing(Job::getDuedate))
            .toList();
    return new Waiting(task, groups, runtimeService.getVariables(instance.getId()), timers);
  }

  private void assertTheSameWaitState(Waiting before, Waiting after) {
    assertThat(after.task().getId()).as("the same task").isEqualTo(before.task().getId());
    assertThat(after.task().getDueDate()).isEqualTo(before.task().getDueDate());
    assertThat(after.task().getAssignee()).isEqualTo(before.task().getAssignee());
    assertThat(after.candidateGroups()).isEqualTo(before.candidateGroups()).isNotEmpty();
    assertThat(after.variables()).isEqualTo(before.variables());
    assertThat(after.timers())
        .extracting(Job::getId, Job::getDuedate)
        .as("the reminder and escalation timers, unchanged")
        .containsExactlyElementsOf(
            before.timers().stream().map(job -> tuple(job.getId(), job.getDuedate())).toList());
    assertThat(after.timers())
        .allSatisfy(
            job ->
                assertThat(job.getProcessDefinitionId())
                    .isEqualTo(after.task().getProcessDefinitionId()));
  }

  /**
   * Migration moves a task to the new definition but does not rewrite it: a task already open keeps
   * its name (users may have changed it), only tasks created later take the new one.
   */
  private void assertKeepsItsNameWhileTheNextVersionHasTheNewOne(
      Waiting before, Waiting after, ProcessDefinition next, String renamed) {
    assertThat(after.task().getName()).isEqualTo(before.task().getName()).isNotEqualTo(renamed);
    UserTask inNext =
        repositoryService
            .getBpmnModelInstance(next.getId())
            .getModelElementById(after.task().getTaskDefinitionKey());
    assertThat(inNext.getName()).isEqualTo(renamed);
  }

  // ------------------------------------------------------------------ releases

  /**
   * Deploys every model and form as the next release would: the given process changed by {@code
   * change}, its version tag moved to {@link #NEXT_TAG}, everything else as it is in the files.
   */
  private ProcessDefinition deployNextRelease(String processKey, Consumer<BpmnModelInstance> change)
      throws IOException {
    BpmnModelInstance model =
        Bpmn.readModelFromFile(ModelScan.BPMN.resolve(processKey + ".bpmn").toFile());
    change.accept(model);
    model.<Process>getModelElementById(processKey).setCamundaVersionTag(NEXT_TAG);
    Bpmn.validateModel(model);
    DeploymentBuilder release =
        repositoryService.createDeployment().name("model-migration-tests " + NEXT_TAG);
    for (Path file : resources()) {
      String name = file.getFileName().toString();
      if (name.equals(processKey + ".bpmn")) {
        release.addModelInstance(name, model);
      } else {
        try (InputStream in = Files.newInputStream(file)) {
          release.addInputStream(name, in);
        }
      }
    }
    nextRelease = release.deploy().getId();
    return repositoryService
        .createProcessDefinitionQuery()
        .deploymentId(nextRelease)
        .processDefinitionKey(processKey)
        .singleResult();
  }

  private static List<Path> resources() throws IOException {
    List<Path> files = new ArrayList<>(ModelScan.files(ModelScan.BPMN, ".bpmn", ".dmn"));
    files.addAll(ModelScan.files(ModelScan.FORMS, ".form"));
    return files;
  }

  /** The step a release adds: a manual task between {@code after} and what followed it. */
  private static void insertAfter(BpmnModelInstance model, FlowNode after, String id, String name) {
    SequenceFlow leaving = after.getOutgoing().iterator().next();
    FlowNode following = leaving.getTarget();
    ManualTask step = model.newInstance(ManualTask.class);
    step.setId(id);
    step.setName(name);
    after.getParentElement().addChildElement(step);
    SequenceFlow onward = model.newInstance(SequenceFlow.class);
    onward.setId("Flow_" + id.substring("Task_".length()) + "Done");
    after.getParentElement().addChildElement(onward);
    onward.setSource(step);
    onward.setTarget(following);
    leaving.setTarget(step);
    following.getIncoming().remove(leaving);
    following.getIncoming().add(onward);
    step.getIncoming().add(leaving);
    step.getOutgoing().add(onward);
  }

  private void migrate(ProcessDefinition from, ProcessDefinition to, ProcessInstance instance) {
    MigrationPlan plan =
        runtimeService.createMigrationPlan(from.getId(), to.getId()).mapEqualActivities().build();
    runtimeService.newMigration(plan).processInstanceIds(instance.getId()).execute();
  }

  private static String versionTagInBpmn(String processKey) {
    return Bpmn.readModelFromFile(ModelScan.BPMN.resolve(processKey + ".bpmn").toFile())
        .<Process>getModelElementById(processKey)
        .getCamundaVersionTag();
  }

  // ------------------------------------------------------------------ helpers

  private ProcessInstance openAgreement() {
    ResponseEntity<JsonNode> created =
        rest.withBasicAuth("canbo.qltttni", password)
            .postForEntity("/api/v1/agreements", TestRequests.agreement(), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return instance(created.getBody().get("processInstanceId").asText());
  }

  private ProcessInstance openReferral() {
    ResponseEntity<JsonNode> created =
        rest.withBasicAuth("canbo.qltttnid1", password)
            .postForEntity("/api/v1/referrals", TestRequests.dossier(), JsonNode.class);
    assertThat(created.getStatusCode())
        .as(String.valueOf(created.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(created.getBody().get("code").asText())
        .singleResult();
  }

  private ProcessInstance instance(String id) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private ProcessDefinition definitionOf(ProcessInstance instance) {
    return repositoryService.getProcessDefinition(
        instance(instance.getId()).getProcessDefinitionId());
  }

  private Task task(ProcessInstance instance, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(key)
        .singleResult();
  }

  private EventSubscription withdrawal(ProcessInstance referral) {
    return runtimeService
        .createEventSubscriptionQuery()
        .processInstanceId(referral.getId())
        .eventType("message")
        .singleResult();
  }

  private long passed(ProcessInstance instance, String activityId) {
    return historyService
        .createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .count();
  }

  /** Moves the engine clock just past the timer's due date and fires it. */
  private void fire(Job timer) {
    ClockUtil.setCurrentTime(Date.from(timer.getDuedate().toInstant().plus(Duration.ofSeconds(1))));
    managementService.executeJob(timer.getId());
  }

  /** "KIND recipient" of the outbox rows of one task of the instance, oldest first. */
  private List<String> outbox(ProcessInstance instance, String taskId) {
    return jdbc.queryForList(
        "select kind || ' ' || recipient_user_id from notification where business_key = ?"
            + " and task_id = ? order by id",
        String.class,
        instance(instance.getId()).getBusinessKey(),
        taskId);
  }
}
