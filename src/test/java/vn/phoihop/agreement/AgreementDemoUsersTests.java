package vn.phoihop.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.SystemEngine;

/**
 * One agreement from proposal to in force, each step taken over HTTP by the demo user whose job it
 * is, with their own credentials: the proposal through {@code /api/v1}, every task through {@code
 * /engine-rest} as Tasklist submits it. A user of an unrelated agency sees and does nothing.
 */
@PhoiHopIntegrationTest
class AgreementDemoUsersTests {

  private static final String OUTSIDER = "canbo.qlttgla";

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;

  @Value("${phoihop.demo.password}")
  String password;

  String processInstanceId;

  @Test
  void demoUsersTakeAnAgreementFromProposalToInForceAndAnOutsiderIsKeptOut() {
    String today = LocalDate.now(Clocks.ZONE).toString();
    Map<String, Object> proposal =
        AgreementApiTests.validRequest(
            "Quy chế phối hợp QLTT – Sở Công Thương Tây Ninh " + UUID.randomUUID());
    ResponseEntity<JsonNode> created =
        as("canbo.qltttni").postForEntity("/api/v1/agreements", proposal, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = created.getBody().get("code").asText();
    processInstanceId = created.getBody().get("processInstanceId").asText();

    submit(
        "canbo.qltttni",
        code,
        Elements.DRAFT,
        Map.of(
            FormFields.CONTENT,
            "Chương I. Quy định chung ...",
            FormFields.VERSION_NOTE,
            "Bản đầu"));

    // The leader's form is checked on the server: a return without a reason leaves the task open.
    String reviewTask = taskId("lanhdao.qltttni", code, Elements.REVIEW);
    ResponseEntity<JsonNode> refused =
        submitForm("lanhdao.qltttni", reviewTask, Map.of(Vars.REVIEW_DECISION, Vars.RETURN));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText()).contains("lý do trả lại");
    assertThat(refused.getBody().get("title").asText()).isEqualTo("Invalid input");
    assertThat(refused.getBody().get("field").asText()).isNotBlank();
    assertThat(taskId("lanhdao.qltttni", code, Elements.REVIEW)).isEqualTo(reviewTask);
    submit("lanhdao.qltttni", code, Elements.REVIEW, Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));

    // While the partner is consulted, an unrelated agency can neither see nor touch the agreement.
    String consultTask = taskId("canbo.scttni", code, Elements.CONSULT);
    assertThat(
            as(OUTSIDER).getForEntity("/api/v1/agreements/" + code, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            as(OUTSIDER)
                .getForEntity("/api/v1/agreements/" + code + "/versions/1", JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(tasks(OUTSIDER, code, null)).isEmpty();
    assertThat(
            as(OUTSIDER)
                .getForEntity("/engine-rest/task/" + consultTask, JsonNode.class)
                .getStatusCode()
                .value())
        .isIn(403, 404);
    assertThat(
            submitForm(OUTSIDER, consultTask, Map.of(FormFields.OPINION, "AGREE"))
                .getStatusCode()
                .value())
        .isIn(403, 404);
    assertThat(
            as(OUTSIDER)
                .postForEntity(
                    "/engine-rest/task/" + consultTask + "/claim",
                    Map.of("userId", OUTSIDER),
                    JsonNode.class)
                .getStatusCode()
                .value())
        .isIn(403, 404);
    assertThat(
            as(OUTSIDER)
                .postForEntity(
                    "/api/v1/agreements/" + code + "/amendment-requests",
                    Map.of("reason", "Thử"),
                    JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    submit(
        "canbo.scttni",
        code,
        Elements.CONSULT,
        Map.of(
            FormFields.OPINION,
            "COMMENTS",
            FormFields.COMMENT,
            "Đề nghị bổ sung lĩnh vực LPG vào Điều 3."));
    submit(
        "canbo.qltttni",
        code,
        Elements.CONSOLIDATE,
        Map.of(
            Vars.CONSOLIDATION_DECISION,
            Vars.APPROVE,
            FormFields.CONSOLIDATION_NOTE,
            "Đã tiếp thu tại Điều 3."));
    Map<String, Object> signature = new LinkedHashMap<>();
    signature.put(FormFields.SIGNATORY_TITLE, "Thủ trưởng đơn vị");
    signature.put(FormFields.SIGNED_ON, vn.phoihop.TestRequests.formDate(today));
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
            "01/QCPH-QLTT-SCT",
            FormFields.EFFECTIVE_DATE,
            vn.phoihop.TestRequests.formDate(today)));

    JsonNode inForce =
        as("canbo.scttni").getForEntity("/api/v1/agreements/" + code, JsonNode.class).getBody();
    assertThat(inForce.get("status").asText()).isEqualTo("IN_FORCE");
    assertThat(inForce.get("documentNumber").asText()).isEqualTo("01/QCPH-QLTT-SCT");
    assertThat(inForce.get("effectiveDate").asText()).isEqualTo(today);
    assertThat(inForce.get("openTasks")).isEmpty();
    // the version in force is labelled so, not "Dự thảo"
    assertThat(inForce.get("versions"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.get("inForce").asBoolean()).isTrue();
              assertThat(v.get("kindLabel").asText()).isEqualTo("Văn bản đang có hiệu lực");
            });
    assertThat(inForce.get("signatures"))
        .extracting(s -> s.get("agencyCode").asText() + " " + s.get("recordedBy").asText())
        .containsExactlyInAnyOrder("SCT-TNI lanhdao.scttni", "QLTT-TNI lanhdao.qltttni");
    assertThat(inForce.get("comments"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.get("author").asText() + " " + c.get("opinion").asText())
                    .isEqualTo("canbo.scttni COMMENTS"));
    assertThat(inForce.get("timeline"))
        .extracting(e -> e.get("action").asText() + " " + e.get("actor").asText())
        .containsExactly(
            "CREATED canbo.qltttni",
            "DRAFT_SUBMITTED canbo.qltttni",
            "SENT_TO_CONSULTATION lanhdao.qltttni",
            "COMMENTED canbo.scttni",
            "CONSOLIDATED_FOR_APPROVAL canbo.qltttni",
            "SIGNED lanhdao.scttni",
            "SIGNED lanhdao.qltttni",
            "DOCUMENT_REGISTERED canbo.qltttni",
            "ENTERED_INTO_FORCE " + SystemEngine.ACTOR);
    JsonNode text =
        as("lanhdao.scttni")
            .getForEntity("/api/v1/agreements/" + code + "/versions/1", JsonNode.class)
            .getBody();
    assertThat(text.get("content").asText()).isEqualTo("Chương I. Quy định chung ...");
    assertThat(text.get("contentHash").asText())
        .isEqualTo(TextVersion.sha256("Chương I. Quy định chung ..."));

    assertThat(
            as(OUTSIDER).getForEntity("/api/v1/agreements/" + code, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            as(OUTSIDER)
                .getForEntity("/engine-rest/process-instance/" + processInstanceId, JsonNode.class)
                .getStatusCode()
                .value())
        .isIn(403, 404);
  }

  @Test
  void staffStartsAnAgreementFromTheTasklistStartForm() {
    String title = "Kế hoạch phối hợp kiểm tra xăng dầu " + UUID.randomUUID();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(FormFields.TITLE, Map.of("value", title, "type", "String"));
    variables.put(FormFields.KIND, Map.of("value", "PLAN", "type", "String"));
    variables.put(Vars.APPROVAL_PATH, Map.of("value", "ISSUED_BY_DECISION", "type", "String"));
    variables.put(Vars.PARTNER_AGENCIES, Map.of("value", "SCT-TNI, ca-tni", "type", "String"));
    variables.put(FormFields.FIELDS, Map.of("value", "[\"PETROLEUM\",\"LPG\"]", "type", "Json"));
    variables.put(FormFields.TERM_START, Map.of("value", "01/04/2026", "type", "String"));
    variables.put(FormFields.TERM_END, Map.of("value", "31/12/2026", "type", "String"));
    variables.put(FormFields.EVALUATION_CADENCE, Map.of("value", "QUARTERLY", "type", "String"));
    String startForm =
        "/engine-rest/process-definition/key/" + AgreementProcess.KEY + "/submit-form";

    // Refused like a REST request: the partner is the lead itself; the start is undone.
    Map<String, Object> invalid = new LinkedHashMap<>(variables);
    invalid.put(Vars.PARTNER_AGENCIES, Map.of("value", "QLTT-TNI", "type", "String"));
    ResponseEntity<JsonNode> refused =
        as("canbo.qltttni").postForEntity(startForm, Map.of("variables", invalid), JsonNode.class);
    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(refused.getBody().get("message").asText()).contains("trùng với cơ quan chủ trì");
    assertThat(codesTitled(title)).isEmpty();

    ResponseEntity<JsonNode> started =
        as("canbo.qltttni")
            .postForEntity(startForm, Map.of("variables", variables), JsonNode.class);
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String code = started.getBody().get("businessKey").asText();
    assertThat(code).matches("KH-\\d{4}-\\d{4}");
    assertThat(codesTitled(title)).containsExactly(code);
    JsonNode detail =
        as("canbo.qltttni").getForEntity("/api/v1/agreements/" + code, JsonNode.class).getBody();
    assertThat(detail.get("parties"))
        .extracting(p -> p.get("agencyCode").asText())
        .containsExactly("QLTT-TNI", "SCT-TNI", "CA-TNI");
    assertThat(detail.get("fields"))
        .extracting(f -> f.get("code").asText())
        .containsExactly("PETROLEUM", "LPG");
    assertThat(detail.get("approvalPath").asText()).isEqualTo("ISSUED_BY_DECISION");
    assertThat(detail.get("createdBy").asText()).isEqualTo("canbo.qltttni");
    assertThat(taskId("canbo.qltttni", code, Elements.DRAFT)).isNotBlank();
    JsonNode processVariables =
        as("quantri")
            .getForEntity(
                "/engine-rest/process-instance/"
                    + started.getBody().get("id").asText()
                    + "/variables",
                JsonNode.class)
            .getBody();
    assertThat(processVariables.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            Vars.AGREEMENT_ID,
            Vars.AGREEMENT_CODE,
            Vars.CASE_TITLE,
            Vars.LEAD_AGENCY,
            Vars.PARTNER_AGENCIES,
            Vars.SIGNING_PARTIES,
            Vars.APPROVAL_PATH);
  }

  @Test
  void partnerCannotReRouteTheAgreementByWritingSystemVariablesWithItsTask() {
    Map<String, Object> proposal =
        AgreementApiTests.validRequest("Quy chế thử biến hệ thống " + UUID.randomUUID());
    ResponseEntity<JsonNode> created =
        as("canbo.qltttni").postForEntity("/api/v1/agreements", proposal, JsonNode.class);
    String code = created.getBody().get("code").asText();
    processInstanceId = created.getBody().get("processInstanceId").asText();
    submit(
        "canbo.qltttni",
        code,
        Elements.DRAFT,
        Map.of(FormFields.CONTENT, "Chương I ...", FormFields.VERSION_NOTE, "Bản đầu"));
    submit("lanhdao.qltttni", code, Elements.REVIEW, Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));
    String consultTask = taskId("canbo.scttni", code, Elements.CONSULT);

    // Completing the comment task while naming the partner as lead would hand it the lead's next
    // steps.
    ResponseEntity<JsonNode> withLead =
        submitForm(
            "canbo.scttni",
            consultTask,
            Map.of(FormFields.OPINION, "AGREE", Vars.LEAD_AGENCY, "SCT-TNI"));
    assertThat(withLead.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withLead.getBody().get("field").asText()).isEqualTo(Vars.LEAD_AGENCY);
    assertThat(withLead.getBody().get("message").asText()).contains("biến hệ thống");

    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> put =
        as("canbo.scttni")
            .exchange(
                "/engine-rest/task/" + consultTask + "/variables/" + Vars.LEAD_AGENCY,
                HttpMethod.PUT,
                new HttpEntity<>("{\"value\":\"SCT-TNI\",\"type\":\"String\"}", json),
                JsonNode.class);
    // Setting a task's variables outside its form is not a partner's operation at all.
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> local =
        as("canbo.scttni")
            .postForEntity(
                "/engine-rest/task/" + consultTask + "/localVariables",
                Map.of(
                    "modifications",
                    Map.of(Vars.PARTNER_AGENCIES, Map.of("value", "[]", "type", "String"))),
                JsonNode.class);
    assertThat(local.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // Nothing changed: the task is open, the lead is still the lead, and the plain answer goes
    // through.
    assertThat(taskId("canbo.scttni", code, Elements.CONSULT)).isEqualTo(consultTask);
    assertThat(runtimeService.getVariable(processInstanceId, Vars.LEAD_AGENCY))
        .isEqualTo("QLTT-TNI");
    submit("canbo.scttni", code, Elements.CONSULT, Map.of(FormFields.OPINION, "AGREE"));
    assertThat(tasks("canbo.qltttni", code, Elements.CONSOLIDATE)).hasSize(1);
  }

  private List<String> codesTitled(String title) {
    return jdbc.queryForList("select code from agreement where title = ?", String.class, title);
  }

  /**
   * Finds the user's open task of this agreement, claims it and submits the form as Tasklist does.
   */
  private void submit(String userId, String code, String taskKey, Map<String, Object> form) {
    String taskId = taskId(userId, code, taskKey);
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
    runAsyncContinuations();
  }

  private ResponseEntity<JsonNode> submitForm(
      String userId, String taskId, Map<String, Object> form) {
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
    return as(userId)
        .postForEntity(
            "/engine-rest/task/" + taskId + "/submit-form",
            Map.of("variables", variables),
            JsonNode.class);
  }

  /**
   * The one task of this kind the user may see for the agreement (of the parallel signatures, their
   * own party's).
   */
  private String taskId(String userId, String code, String taskKey) {
    List<JsonNode> tasks = tasks(userId, code, taskKey);
    assertThat(tasks).as("%s sees one %s task of %s", userId, taskKey, code).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private List<JsonNode> tasks(String userId, String code, String taskKey) {
    String url =
        "/engine-rest/task?processInstanceBusinessKey="
            + code
            + (taskKey == null ? "" : "&taskDefinitionKey=" + taskKey);
    ResponseEntity<JsonNode[]> response = as(userId).getForEntity(url, JsonNode[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return List.of(response.getBody());
  }

  /**
   * The job executor is off in tests: run the instance's async continuations (after each
   * signature).
   */
  private void runAsyncContinuations() {
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

  private TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, password);
  }
}
