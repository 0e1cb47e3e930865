package vn.phoihop.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.TestRequests;
import vn.phoihop.referral.ReferralProcess;

/**
 * Who may do what through {@code /engine-rest}, on a Tây Ninh referral waiting for its team's
 * officer (Đội QLTT số 1): role × action, own agency or province against another. The same table is
 * in the README ("Engine API access").
 *
 * <p>Codes: {@code R} answered (200/204); {@code N} no access (403 or 404); {@code F} refused by
 * the engine boundary (403); {@code V} let through and refused by the form's validation (400,
 * nothing changed); {@code +} a non-empty list; {@code 0} an empty list; {@code H} another user's
 * e-mail hidden; {@code E} shown.
 */
@PhoiHopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineAccessMatrixTests {

  /** role, user, then: read task, claim, complete, start, task variables, history, jobs, e-mail. */
  static final List<String[]> MATRIX =
      List.of(
          row("staff, own team", "canbo.qltttnid1", "R R V V R + F H"),
          row("staff, other province", "canbo.qlttglad4", "N N N V N 0 F H"),
          row("leader, own team", "lanhdao.qltttnid1", "N N N N N 0 F H"),
          row("leader, other province", "lanhdao.qlttglad4", "N N N N N 0 F H"),
          row("liaison (police), not yet a party", "daumoi.catni", "N N N N N 0 F H"),
          row("manager, own province", "quanly.qltttni", "R N N N R + F H"),
          row("manager, other province", "quanly.qlttgla", "N N N N N 0 F H"),
          row("national manager", "quanly.bcttttn", "R N N N R + F H"),
          row("administrator", "quantri", "R R V N R + R E"));

  /** The same actions on a referral transferred to the Tây Ninh police, waiting for receipt. */
  static final List<String[]> TRANSFERRED_MATRIX =
      List.of(
          row("liaison, receiving unit", "daumoi.catni", "R R V N R + F H"),
          row("liaison, other province", "daumoi.cavlg", "N N N N N 0 F H"),
          row("liaison, customs (not addressed)", "daumoi.hqkv17", "N N N N N 0 F H"),
          row("staff, opening team", "canbo.qltttnid1", "N N N V N + F H"),
          row("manager, own province", "quanly.qltttni", "R N N N R + F H"),
          row("manager, other province", "quanly.qlttgla", "N N N N N 0 F H"));

  private static final String[] ACTIONS = {
    "read task", "claim", "complete", "start", "variables", "history", "jobs", "e-mail"
  };

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  @Value("${phoihop.demo.password}")
  String password;

  String instance;
  String task;
  String job;
  String transferredInstance;
  String acknowledgeTask;
  String transferredJob;

  @BeforeAll
  void openATayNinhReferral() {
    ResponseEntity<JsonNode> created =
        rest.withBasicAuth("canbo.qltttnid1", password)
            .postForEntity("/api/v1/referrals", TestRequests.dossier(), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(created.getBody().get("code").asText())
            .singleResult()
            .getId();
    task =
        taskService
            .createTaskQuery()
            .processInstanceId(instance)
            .taskDefinitionKey(ReferralProcess.Elements.PREPARE_DOSSIER)
            .singleResult()
            .getId();
    job = managementService.createJobQuery().processInstanceId(instance).list().get(0).getId();

    String code = open("canbo.qltttnid1");
    transferredInstance = instanceOf(code);
    HttpHeaders part = new HttpHeaders();
    part.setContentType(MediaType.APPLICATION_PDF);
    MultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
    upload.add(
        "file",
        new HttpEntity<>(
            new ByteArrayResource("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes()) {
              @Override
              public String getFilename() {
                return "bien-ban.pdf";
              }
            },
            part));
    HttpHeaders multipart = new HttpHeaders();
    multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
    assertThat(
            rest.withBasicAuth("canbo.qltttnid1", password)
                .postForEntity(
                    "/api/v1/referrals/" + code + "/documents",
                    new HttpEntity<>(upload, multipart),
                    JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    complete("canbo.qltttnid1", ReferralProcess.Elements.PREPARE_DOSSIER, Map.of());
    complete(
        "canbo.qltttnid1",
        ReferralProcess.Elements.CONFIRM_ROUTING,
        Map.of("routingOverride", false));
    complete(
        "lanhdao.qltttnid1",
        ReferralProcess.Elements.REVIEW_DOSSIER,
        Map.of("reviewOutcome", "APPROVED"));
    complete(
        "lanhdao.qltttni",
        ReferralProcess.Elements.DECIDE_TRANSFER,
        Map.of("transferDecision", "TRANSFER"));
    acknowledgeTask = taskOf(transferredInstance, ReferralProcess.Elements.ACKNOWLEDGE_RECEIPT);
    transferredJob =
        managementService
            .createJobQuery()
            .processInstanceId(transferredInstance)
            .list()
            .get(0)
            .getId();
  }

  private String open(String officer) {
    ResponseEntity<JsonNode> created =
        rest.withBasicAuth(officer, password)
            .postForEntity("/api/v1/referrals", TestRequests.dossier(), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("code").asText();
  }

  private String instanceOf(String code) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(code)
        .singleResult()
        .getId();
  }

  private String taskOf(String processInstance, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(processInstance)
        .taskDefinitionKey(key)
        .singleResult()
        .getId();
  }

  private void complete(String userId, String key, Map<String, Object> values) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    try {
      EngineApi.Response response =
          EngineApi.basic(port, userId, password)
              .post(
                  "/task/" + taskOf(transferredInstance, key) + "/submit-form",
                  Map.of("variables", variables));
      assertThat(response.status()).as(key + ": " + response).isEqualTo(204);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everyRoleGetsExactlyItsRowOfTheMatrix() throws Exception {
    assertRows(MATRIX, instance, task, job);
  }

  @Test
  void everyRoleGetsExactlyItsRowOnceTheReferralIsTransferred() throws Exception {
    assertRows(TRANSFERRED_MATRIX, transferredInstance, acknowledgeTask, transferredJob);
  }

  private void assertRows(List<String[]> rows, String instance, String task, String job)
      throws Exception {
    List<String> mismatches = new ArrayList<>();
    for (String[] row : rows) {
      String[] expected = row[2].split(" ");
      String[] actual = observe(row[1], instance, task, job);
      for (int i = 0; i < ACTIONS.length; i++) {
        if (!expected[i].equals(actual[i])) {
          mismatches.add(
              row[0] + " / " + ACTIONS[i] + ": expected " + expected[i] + ", got " + actual[i]);
        }
      }
    }
    assertThat(mismatches).isEmpty();
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    assertThat(managementService.createJobQuery().jobId(job).singleResult().isSuspended())
        .isFalse();
  }

  private String[] observe(String userId, String instance, String task, String job)
      throws Exception {
    EngineApi api = EngineApi.basic(port, userId, password);
    String[] seen = new String[ACTIONS.length];
    seen[0] = code(api.get("/task/" + task));
    EngineApi.Response claim = api.post("/task/" + task + "/claim", Map.of("userId", userId));
    seen[1] = code(claim);
    if (claim.status() == 204) {
      assertThat(api.post("/task/" + task + "/unclaim", Map.of()).status()).isEqualTo(204);
    }
    seen[2] = code(api.post("/task/" + task + "/submit-form", Map.of("variables", Map.of())));
    seen[3] =
        code(
            api.post(
                "/process-definition/key/case-referral/submit-form",
                Map.of("variables", Map.of())));
    seen[4] = code(api.get("/task/" + task + "/variables"));
    JsonNode history = api.get("/history/variable-instance?processInstanceId=" + instance).json();
    seen[5] = history.isArray() ? (history.isEmpty() ? "0" : "+") : "N";
    EngineApi.Response suspend = api.put("/job/" + job + "/suspended", Map.of("suspended", true));
    seen[6] = code(suspend);
    if (suspend.status() == 204) {
      assertThat(api.put("/job/" + job + "/suspended", Map.of("suspended", false)).status())
          .isEqualTo(204);
    }
    String other = userId.equals("canbo.qltttni") ? "lanhdao.qltttni" : "canbo.qltttni";
    JsonNode profile = api.get("/user/" + other + "/profile").json();
    seen[7] = profile.path("email").isTextual() ? "E" : "H";
    return seen;
  }

  private static String code(EngineApi.Response response) {
    int status = response.status();
    if (status == 200 || status == 204) {
      return "R";
    }
    if (status == 400) {
      return "V";
    }
    if (status == 403 && response.body().contains("máy quy trình")) {
      return "F";
    }
    if (status == 403 || status == 404) {
      return "N";
    }
    return String.valueOf(status);
  }

  private static String[] row(String role, String user, String cells) {
    return new String[] {role, user, cells};
  }
}
