package vn.phoihop.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
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
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Vars;

/**
 * What the agreement's forms show and take, over HTTP as Tasklist does it: the start form's agency
 * pickers carry the agencies in force, by name; a date typed {@code 15/01/2027} is stored as 15
 * January 2027; the review, consultation, consolidation and signing tasks carry the current text
 * and, for consolidation, the partners' comments by agency name — and no client may overwrite them.
 */
@PhoiHopIntegrationTest
class AgreementFormsTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;

  @Value("${phoihop.demo.password}")
  String password;

  String processInstanceId;

  @Test
  void theStartFormOffersEveryAgencyInForceByNameAndNoFormerOne() throws Exception {
    ResponseEntity<JsonNode> variables =
        as("canbo.qltttni")
            .getForEntity(
                "/engine-rest/process-definition/key/"
                    + AgreementProcess.KEY
                    + "/form-variables?deserializeValues=false",
                JsonNode.class);
    assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode options =
        JSON.readTree(variables.getBody().get(Vars.AGENCY_OPTIONS).get("value").asText());
    assertThat(
            variables
                .getBody()
                .get(Vars.AGENCY_OPTIONS)
                .get("valueInfo")
                .get("serializationDataFormat")
                .asText())
        .isEqualTo("application/json");
    Map<String, String> labels = labels(options);
    assertThat(labels)
        .containsEntry("SCT-TNI", "Sở Công Thương tỉnh Tây Ninh (SCT-TNI)")
        .containsKey("CA-TNI")
        .containsKey("QLTT-TNI")
        // former bodies (the General Department, the pre-2025 Cục) are not offered
        .doesNotContainKeys("TCQLTT", "CQLTT-TNI");

    // Tasklist 7.24 loads no variables for a start form: the form itself carries the choices.
    ResponseEntity<String> form =
        as("canbo.qltttni")
            .getForEntity(
                "/engine-rest/process-definition/key/"
                    + AgreementProcess.KEY
                    + "/deployed-start-form",
                String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode schema = JSON.readTree(form.getBody());
    JsonNode partners = component(schema, Vars.PARTNER_AGENCIES);
    assertThat(partners.get("type").asText()).isEqualTo("taglist");
    assertThat(partners.has("valuesKey")).isFalse();
    assertThat(labels(partners.get("values"))).isEqualTo(labels);
    JsonNode lead = component(schema, Vars.LEAD_AGENCY);
    assertThat(lead.get("type").asText()).isEqualTo("select");
    assertThat(lead.get("searchable").asBoolean()).isTrue();
    assertThat(labels(lead.get("values"))).isEqualTo(labels);
    // the rest of the form is as deployed
    assertThat(component(schema, FormFields.TERM_START).get("label").asText())
        .isEqualTo("Thời hạn thực hiện: từ ngày (dd/mm/yyyy)");
  }

  @Test
  void datesTypedDayMonthYearAreStoredAsTypedAndTasksShowWhatIsDecided() {
    String title = "Quy chế phối hợp kiểm tra xăng dầu " + UUID.randomUUID();
    Map<String, Object> start = new LinkedHashMap<>();
    start.put(FormFields.TITLE, typed(title, "String"));
    start.put(FormFields.KIND, typed("REGULATION", "String"));
    start.put(Vars.APPROVAL_PATH, typed("CO_SIGNED", "String"));
    // a taglist submits a JSON list of codes
    start.put(Vars.PARTNER_AGENCIES, typed("[\"SCT-TNI\"]", "Json"));
    start.put(FormFields.FIELDS, typed("[\"PETROLEUM\"]", "Json"));
    start.put(FormFields.TERM_START, typed("15/01/2027", "String"));
    start.put(FormFields.TERM_END, typed("31/12/2028", "String"));
    start.put(FormFields.EVALUATION_CADENCE, typed("YEARLY", "String"));
    String submitStart =
        "/engine-rest/process-definition/key/" + AgreementProcess.KEY + "/submit-form";

    // An ISO date is not what a form sends: refused naming the field, in Vietnamese.
    Map<String, Object> iso = new LinkedHashMap<>(start);
    iso.put(FormFields.TERM_START, typed("2027-01-15", "String"));
    ResponseEntity<JsonNode> refused =
        as("canbo.qltttni").postForEntity(submitStart, Map.of("variables", iso), JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("field").asText()).isEqualTo(FormFields.TERM_START);
    assertThat(refused.getBody().get("message").asText())
        .contains("dd/mm/yyyy")
        .contains("2027-01-15");

    ResponseEntity<JsonNode> started =
        as("canbo.qltttni").postForEntity(submitStart, Map.of("variables", start), JsonNode.class);
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String code = started.getBody().get("businessKey").asText();
    processInstanceId = started.getBody().get("id").asText();
    JsonNode agreement =
        as("canbo.qltttni").getForEntity("/api/v1/agreements/" + code, JsonNode.class).getBody();
    // what the officer typed is what is stored; the REST API keeps ISO dates
    assertThat(agreement.get("termStart").asText()).isEqualTo("2027-01-15");
    assertThat(agreement.get("termEnd").asText()).isEqualTo("2028-12-31");

    String draft = "Điều 1. Phạm vi\nQuy chế này quy định việc phối hợp ...\n\nĐiều 2. Trách nhiệm";
    submit(
        "canbo.qltttni",
        code,
        Elements.DRAFT,
        Map.of(FormFields.CONTENT, draft, FormFields.VERSION_NOTE, "Bản đầu"));

    // The leader reads the text being approved, and the agreement's facts by name.
    String review = taskId("lanhdao.qltttni", code, Elements.REVIEW);
    Map<String, String> reviewForm = formTexts("lanhdao.qltttni", review);
    assertThat(reviewForm.get(Vars.AGREEMENT_TEXT)).isEqualTo(draft);
    assertThat(reviewForm.get(Vars.AGREEMENT_SUMMARY))
        .contains(code)
        .contains(title)
        .contains("Chi cục Quản lý thị trường tỉnh Tây Ninh")
        .contains("Sở Công Thương tỉnh Tây Ninh")
        .contains("từ ngày 15/01/2027 đến ngày 31/12/2028")
        .contains("Phiên bản đang xem xét:** số 1")
        .contains(TextVersion.sha256(draft))
        .doesNotContain("/api/v1");

    // No client overwrites what the form shows: not with the form, not as a variable.
    ResponseEntity<JsonNode> overwrite =
        submitForm(
            "lanhdao.qltttni",
            review,
            Map.of(Vars.REVIEW_DECISION, Vars.CONSULT, Vars.AGREEMENT_TEXT, "Một văn bản khác"));
    assertThat(overwrite.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(overwrite.getBody().get("field").asText()).isEqualTo(Vars.AGREEMENT_TEXT);
    assertThat(overwrite.getBody().get("message").asText()).contains("biến hệ thống");
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> put =
        as("lanhdao.qltttni")
            .exchange(
                "/engine-rest/task/" + review + "/localVariables/" + Vars.AGREEMENT_TEXT,
                HttpMethod.PUT,
                new HttpEntity<>("{\"value\":\"Một văn bản khác\",\"type\":\"String\"}", json),
                JsonNode.class);
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.getVariable(review, Vars.AGREEMENT_TEXT)).isEqualTo(draft);
    assertThat(taskId("lanhdao.qltttni", code, Elements.REVIEW)).isEqualTo(review);

    submit("lanhdao.qltttni", code, Elements.REVIEW, Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));

    // The partner is asked by name, not by code.
    JsonNode notifications =
        as("canbo.scttni").getForEntity("/api/v1/notifications?limit=50", JsonNode.class).getBody();
    List<String> bodies = new ArrayList<>();
    notifications.forEach(n -> bodies.add(n.get("body").asText()));
    assertThat(bodies)
        .anySatisfy(
            body ->
                assertThat(body)
                    .startsWith(
                        "Cơ quan chủ trì Chi cục Quản lý thị trường tỉnh Tây Ninh đề nghị Sở Công"
                            + " Thương tỉnh Tây Ninh góp ý dự thảo «"
                            + title
                            + "» (phiên bản 1)"));

    // The partner reads the draft it comments on.
    String consult = taskId("canbo.scttni", code, Elements.CONSULT);
    assertThat(formTexts("canbo.scttni", consult).get(Vars.AGREEMENT_TEXT)).isEqualTo(draft);
    submit(
        "canbo.scttni",
        code,
        Elements.CONSULT,
        Map.of(
            FormFields.OPINION,
            "COMMENTS",
            FormFields.COMMENT,
            "Đề nghị bổ sung lĩnh vực LPG vào Điều 2.\nBổ sung đầu mối liên hệ."));

    // The timeline names each agency too.
    JsonNode timeline =
        as("canbo.qltttni")
            .getForEntity("/api/v1/agreements/" + code, JsonNode.class)
            .getBody()
            .get("timeline");
    assertThat(timeline)
        .filteredOn(e -> e.get("action").asText().equals("COMMENTED"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.get("agencyCode").asText()).isEqualTo("SCT-TNI");
              assertThat(e.get("agencyName").asText()).isEqualTo("Sở Công Thương tỉnh Tây Ninh");
            });

    // The consolidator sees every partner's comment: agency by name, opinion, comment, date.
    String consolidate = taskId("canbo.qltttni", code, Elements.CONSOLIDATE);
    String comments = formTexts("canbo.qltttni", consolidate).get(Vars.AGREEMENT_COMMENTS);
    assertThat(comments)
        .contains("Ý kiến góp ý phiên bản số 1 (1 ý kiến)")
        .contains("**1. Sở Công Thương tỉnh Tây Ninh** — Nhất trí, có ý kiến góp ý — ")
        .contains("> Đề nghị bổ sung lĩnh vực LPG vào Điều 2.")
        .contains("> Bổ sung đầu mối liên hệ.")
        .containsPattern("\\d{2}:\\d{2} ngày \\d{2}/\\d{2}/\\d{4}")
        .doesNotContain("SCT-TNI");
    submit(
        "canbo.qltttni",
        code,
        Elements.CONSOLIDATE,
        Map.of(
            Vars.CONSOLIDATION_DECISION,
            Vars.APPROVE,
            FormFields.CONSOLIDATION_NOTE,
            "Đã tiếp thu."));

    // Each signer reads the text they sign; a date is typed day/month/year.
    String sign = taskId("lanhdao.scttni", code, Elements.SIGN);
    Map<String, String> signForm = formTexts("lanhdao.scttni", sign);
    assertThat(signForm.get(Vars.AGREEMENT_TEXT)).isEqualTo(draft);
    assertThat(signForm.get(Vars.AGREEMENT_SUMMARY)).contains("Chờ ký");
    Map<String, Object> signature = new LinkedHashMap<>();
    signature.put(FormFields.SIGNATORY_NAME, "Nguyễn Văn A");
    signature.put(FormFields.SIGNATORY_TITLE, "Giám đốc Sở");
    signature.put(FormFields.SIGNED_ON, "31/02/2026");
    claim("lanhdao.scttni", sign);
    ResponseEntity<JsonNode> noSuchDay = submitForm("lanhdao.scttni", sign, signature);
    assertThat(noSuchDay.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noSuchDay.getBody().get("field").asText()).isEqualTo(FormFields.SIGNED_ON);
    assertThat(noSuchDay.getBody().get("message").asText())
        .isEqualTo(
            "Ngày ký không phải là một ngày có thật (31/02/2026). Hãy kiểm tra lại ngày và tháng.");
  }

  private static Map<String, String> labels(JsonNode options) {
    Map<String, String> labels = new LinkedHashMap<>();
    options.forEach(o -> labels.put(o.get("value").asText(), o.get("label").asText()));
    return labels;
  }

  private static JsonNode component(JsonNode schema, String key) {
    List<JsonNode> found = new ArrayList<>();
    schema
        .get("components")
        .forEach(
            c -> {
              if (key.equals(c.path("key").asText())) {
                found.add(c);
              }
            });
    assertThat(found).as("component %s", key).hasSize(1);
    return found.get(0);
  }

  /** The task's variables as Tasklist loads them for its form (JSON values parsed, as it does). */
  private Map<String, String> formTexts(String userId, String taskId) {
    ResponseEntity<JsonNode> response =
        as(userId)
            .getForEntity(
                "/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false",
                JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, String> texts = new LinkedHashMap<>();
    for (String name :
        List.of(Vars.AGREEMENT_SUMMARY, Vars.AGREEMENT_TEXT, Vars.AGREEMENT_COMMENTS)) {
      JsonNode variable = response.getBody().get(name);
      assertThat(variable).as("%s in the form variables of %s", name, taskId).isNotNull();
      assertThat(variable.get("valueInfo").get("serializationDataFormat").asText())
          .isEqualTo("application/json");
      try {
        texts.put(name, JSON.readTree(variable.get("value").asText()).asText());
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
    return texts;
  }

  private static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  private void submit(String userId, String code, String taskKey, Map<String, Object> form) {
    String taskId = taskId(userId, code, taskKey);
    claim(userId, taskId);
    ResponseEntity<JsonNode> submitted = submitForm(userId, taskId, form);
    assertThat(submitted.getStatusCode())
        .as("%s submits %s: %s", userId, taskKey, submitted.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
    runAsyncContinuations();
  }

  private void claim(String userId, String taskId) {
    ResponseEntity<JsonNode> claimed =
        as(userId)
            .postForEntity(
                "/engine-rest/task/" + taskId + "/claim", Map.of("userId", userId), JsonNode.class);
    assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<JsonNode> submitForm(
      String userId, String taskId, Map<String, Object> form) {
    Map<String, Object> variables = new LinkedHashMap<>();
    form.forEach((name, value) -> variables.put(name, typed(value, "String")));
    return as(userId)
        .postForEntity(
            "/engine-rest/task/" + taskId + "/submit-form",
            Map.of("variables", variables),
            JsonNode.class);
  }

  private String taskId(String userId, String code, String taskKey) {
    ResponseEntity<JsonNode[]> response =
        as(userId)
            .getForEntity(
                "/engine-rest/task?processInstanceBusinessKey="
                    + code
                    + "&taskDefinitionKey="
                    + taskKey,
                JsonNode[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).as("%s sees one %s of %s", userId, taskKey, code).hasSize(1);
    return response.getBody()[0].get("id").asText();
  }

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
