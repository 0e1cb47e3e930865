package vn.phoihop.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.phoihop.TestRequests;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.shared.Clocks;

/**
 * Agreements of Chi cục QLTT Tây Ninh with Sở Công Thương Tây Ninh, proposed over {@code /api/v1}
 * and taken to in force through {@code /engine-rest} by the demo users whose job each step is, as
 * Tasklist would.
 */
final class AgreementsInForce {

  private final TestRestTemplate rest;
  private final ManagementService managementService;
  private final String password;
  private final Map<String, String> instances = new java.util.HashMap<>();

  AgreementsInForce(TestRestTemplate rest, ManagementService managementService, String password) {
    this.rest = rest;
    this.managementService = managementService;
    this.password = password;
  }

  /** A proposed agreement, still at drafting. */
  String proposed() {
    ResponseEntity<JsonNode> created =
        as("canbo.qltttni")
            .postForEntity("/api/v1/agreements", TestRequests.agreement(), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = created.getBody().get("code").asText();
    instances.put(code, created.getBody().get("processInstanceId").asText());
    return code;
  }

  /** A co-signed agreement in force. */
  String inForce() {
    String code = proposed();
    String today = LocalDate.now(Clocks.ZONE).toString();
    submit(
        "canbo.qltttni",
        code,
        Elements.DRAFT,
        Map.of(
            FormFields.CONTENT, "Điều 1. Trao đổi thông tin", FormFields.VERSION_NOTE, "Bản đầu"));
    submit("lanhdao.qltttni", code, Elements.REVIEW, Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));
    submit("canbo.scttni", code, Elements.CONSULT, Map.of(FormFields.OPINION, "AGREE"));
    submit(
        "canbo.qltttni",
        code,
        Elements.CONSOLIDATE,
        Map.of(
            Vars.CONSOLIDATION_DECISION, Vars.APPROVE, FormFields.CONSOLIDATION_NOTE, "Nhất trí"));
    Map<String, Object> signature = new LinkedHashMap<>();
    signature.put(FormFields.SIGNATORY_TITLE, "Thủ trưởng đơn vị");
    signature.put(FormFields.SIGNED_ON, TestRequests.formDate(today));
    signature.put(FormFields.SIGNATORY_NAME, "Lãnh đạo Sở Công Thương");
    submit("lanhdao.scttni", code, Elements.SIGN, signature);
    signature.put(FormFields.SIGNATORY_NAME, "Lãnh đạo Chi cục QLTT");
    submit("lanhdao.qltttni", code, Elements.SIGN, signature);
    submit(
        "canbo.qltttni",
        code,
        Elements.RECORD_SIGNED_DOCUMENT,
        Map.of(
            FormFields.DOCUMENT_NUMBER,
            "07/QCPH-QLTT-SCT",
            FormFields.EFFECTIVE_DATE,
            TestRequests.formDate(today)));
    JsonNode agreement =
        as("canbo.qltttni").getForObject("/api/v1/agreements/" + code, JsonNode.class);
    assertThat(agreement.get("status").asText()).isEqualTo("IN_FORCE");
    return code;
  }

  /** Claims the user's one task of this kind in the case and submits the form as Tasklist does. */
  void submit(String userId, String businessKey, String taskKey, Map<String, Object> form) {
    String taskId = taskId(userId, businessKey, taskKey);
    ResponseEntity<JsonNode> claimed =
        as(userId)
            .postForEntity(
                "/engine-rest/task/" + taskId + "/claim", Map.of("userId", userId), JsonNode.class);
    assertThat(claimed.getStatusCode())
        .as("%s claims %s", userId, taskKey)
        .isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<JsonNode> submitted = submitForm(userId, taskId, form);
    assertThat(submitted.getStatusCode())
        .as("%s submits %s: %s", userId, taskKey, submitted.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
    runAsyncContinuations(instances.get(businessKey));
  }

  ResponseEntity<JsonNode> submitForm(String userId, String taskId, Map<String, Object> form) {
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
    return as(userId)
        .postForEntity(
            "/engine-rest/task/" + taskId + "/submit-form",
            Map.of("variables", variables),
            JsonNode.class);
  }

  String taskId(String userId, String businessKey, String taskKey) {
    List<JsonNode> tasks = tasks(userId, businessKey, taskKey);
    assertThat(tasks).as("%s sees one %s task of %s", userId, taskKey, businessKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  List<JsonNode> tasks(String userId, String businessKey, String taskKey) {
    String url =
        "/engine-rest/task?processInstanceBusinessKey="
            + businessKey
            + (taskKey == null ? "" : "&taskDefinitionKey=" + taskKey);
    ResponseEntity<JsonNode[]> response = as(userId).getForEntity(url, JsonNode[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return List.of(response.getBody());
  }

  /** The job executor is off in tests: run the waiting async continuations. */
  private void runAsyncContinuations(String processInstanceId) {
    if (processInstanceId == null) {
      return;
    }
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

  TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, password);
  }
}
