package vn.phoihop.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.TestRequests;
import vn.phoihop.agreement.AgreementProcess;

/**
 * Two partner officers answer the same consultation at the same moment, and an officer's answer is
 * refused by the form's own validation in Tasklist: the loser gets a 409, the refused one a 400
 * with the Vietnamese sentence, and the task is completed once or stays open.
 */
@PhoiHopIntegrationTest
class TaskRaceTests {

  private static final String PARTNER = "canbo.scttni";

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;

  @Value("${phoihop.demo.password}")
  String password;

  @Test
  void twoUsersCompletingOneTaskAtOnceGetOne204AndOne409AndOneCompletion() throws Exception {
    String colleague = colleagueOf(PARTNER);
    String task = consultationTask();
    Map<String, Object> form =
        variables(
            Map.of(
                AgreementProcess.FormFields.OPINION,
                "AGREE",
                AgreementProcess.FormFields.COMMENT,
                "Nhất trí với dự thảo."));
    List<Integer> statuses = new ArrayList<>();
    {
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<EngineApi.Response>> answers = new ArrayList<>();
      for (String user : List.of(PARTNER, colleague)) {
        EngineApi api = EngineApi.basic(port, user, password);
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.post("/task/" + task + "/submit-form", form);
                }));
      }
      start.countDown();
      for (Future<EngineApi.Response> answer : answers) {
        EngineApi.Response response = answer.get();
        statuses.add(response.status());
        if (response.status() == 409) {
          assertThat(response.json().path("title").asText()).isEqualTo("Conflict");
          // The loser either lost the optimistic lock (engine.conflict) or arrived after the
          // winner's commit (task.alreadyCompleted); both tell the officer to reload.
          assertThat(response.json().path("detail").asText()).contains("tải lại");
        }
      }
      pool.shutdown();
    }
    assertThat(statuses).containsExactlyInAnyOrder(204, 409);
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task).finished().count())
        .isEqualTo(1);
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .variableName(AgreementProcess.FormFields.OPINION)
                .processInstanceId(
                    historyService
                        .createHistoricTaskInstanceQuery()
                        .taskId(task)
                        .singleResult()
                        .getProcessInstanceId())
                .count())
        .isLessThanOrEqualTo(1);
    // Late again: the task is gone, the answer says it was completed, not that it never existed.
    EngineApi.Response late =
        EngineApi.basic(port, PARTNER, password).post("/task/" + task + "/submit-form", form);
    assertThat(late.status()).isEqualTo(409);
    assertThat(
            EngineApi.basic(port, PARTNER, password)
                .post("/task/" + UUID.randomUUID() + "/submit-form", form)
                .status())
        .isEqualTo(404);
  }

  @Test
  void aFormRefusedInTasklistAnswers400WithTheVietnameseSentenceAndTheTaskStaysOpen()
      throws Exception {
    String task = consultationTask();
    EngineApi tasklist = EngineApi.webapp(port, PARTNER, password, "tasklist");
    // An objection without its reason is refused by the consultation form's listener.
    EngineApi.Response refused =
        tasklist.post(
            "/task/" + task + "/submit-form",
            variables(Map.of(AgreementProcess.FormFields.OPINION, "OBJECTION")));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    String message = refused.json().path("message").asText();
    assertThat(message).isEqualTo(refused.json().path("detail").asText());
    assertThat(message).doesNotContain("ENGINE-", "Exception", "TaskListener");
    assertThat(message).matches(".*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủứừửữựýỳỵỷỹ].*");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    assertThat(taskService.getVariables(task))
        .doesNotContainKey(AgreementProcess.FormFields.OPINION);
  }

  /** An agreement of Tây Ninh with Sở Công Thương as partner, at the consultation. */
  private String consultationTask() throws Exception {
    Map<String, Object> request = TestRequests.agreement();
    ResponseEntity<JsonNode> created =
        rest.withBasicAuth("canbo.qltttni", password)
            .postForEntity("/api/v1/agreements", request, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance = created.getBody().get("processInstanceId").asText();
    submit(
        "canbo.qltttni",
        taskOf(instance, AgreementProcess.Elements.DRAFT),
        Map.of(
            AgreementProcess.FormFields.CONTENT,
            "Chương I. Quy định chung",
            AgreementProcess.FormFields.VERSION_NOTE,
            "Bản đầu"));
    submit(
        "lanhdao.qltttni",
        taskOf(instance, AgreementProcess.Elements.REVIEW),
        Map.of(AgreementProcess.Vars.REVIEW_DECISION, AgreementProcess.Vars.CONSULT));
    return taskOf(instance, AgreementProcess.Elements.CONSULT);
  }

  private String colleagueOf(String userId) {
    String colleague = "canbo2." + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(colleague);
    user.setFirstName("Đồng");
    user.setLastName("Nghiệp");
    user.setPassword(password);
    identityService.saveUser(user);
    identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(g -> g.getId())
        .forEach(group -> identityService.createMembership(colleague, group));
    return colleague;
  }

  private String taskOf(String instance, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance)
        .taskDefinitionKey(key)
        .singleResult()
        .getId();
  }

  private void submit(String userId, String taskId, Map<String, Object> values) throws Exception {
    EngineApi.Response response =
        EngineApi.basic(port, userId, password)
            .post("/task/" + taskId + "/submit-form", variables(values));
    assertThat(response.status()).as(response.toString()).isEqualTo(204);
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    return Map.of("variables", variables);
  }
}
