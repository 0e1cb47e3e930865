package vn.phoihop.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.casefile.TasklistSession;
import vn.phoihop.inforequest.InformationRequestProcess.Elements;
import vn.phoihop.inforequest.InformationRequestProcess.FormFields;
import vn.phoihop.inforequest.InformationRequestProcess.Vars;
import vn.phoihop.shared.Clocks;

/**
 * Information requests over HTTP as the demo users, on an agreement in force between Chi cục QLTT
 * Tây Ninh and Sở Công Thương Tây Ninh: asking, replying in Tasklist's way, reading with and
 * without the restricted content, the agreement's timeline — and the attacks: an officer of a third
 * agency reads or asks, a request to an agency that is no party, a manager of another province.
 */
@PhoiHopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InformationRequestApiTests {

  static final String REQUESTER = "canbo.qltttni";
  static final String RECEIVER = "canbo.scttni";
  static final String OUTSIDER = "canbo.qlttgla";

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @LocalServerPort int port;

  @Value("${phoihop.demo.password}")
  String password;

  AgreementsInForce agreements;
  String agreement;

  @BeforeAll
  void anAgreementInForce() {
    agreements = new AgreementsInForce(rest, managementService, password);
    agreement = agreements.inForce();
  }

  @Test
  void aPartyAsksTheOtherWhichRepliesInPartThenInFullAndTheTimelineShowsEachStep() {
    ResponseEntity<JsonNode> created = ask(REQUESTER, agreement, body("SCT-TNI", false));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode request = created.getBody();
    long id = request.get("id").asLong();
    assertThat(created.getHeaders().getLocation())
        .hasToString("/api/v1/information-requests/" + id);
    assertThat(request.get("code").asText()).isEqualTo("YCTT-" + id);
    // the receiver's officers are told, with the subject and the deadline
    List<Map<String, Object>> mails =
        jdbc.queryForList(
            "select recipient_user_id, subject, body from notification where business_key = ?",
            "YCTT-" + id);
    assertThat(mails)
        .extracting(m -> m.get("recipient_user_id")) // the rows' keys ignore case
        .containsExactlyInAnyOrder("canbo.scttni", "lanhdao.scttni");
    assertThat(mails)
        .allSatisfy(
            m -> {
              String subject = (String) m.get("subject");
              String body = (String) m.get("body");
              assertThat(subject)
                  .isEqualTo(
                      "[PhoiHop] YCTT-"
                          + id
                          + ": Chi cục Quản lý thị trường tỉnh Tây Ninh đề nghị cung cấp thông tin");
              assertThat(body).contains(": \"Thời gian giao hàng\"").contains("Hạn trả lời: ");
            });
    assertThat(request.get("requesterAgency").asText()).isEqualTo("QLTT-TNI");
    assertThat(request.get("receiverAgencyName").asText())
        .isEqualTo("Sở Công Thương tỉnh Tây Ninh");
    assertThat(request.get("status").asText()).isEqualTo("OPEN");
    assertThat(request.get("statusLabel").asText()).isEqualTo("Đang chờ trả lời");
    assertThat(request.get("contentWithheld").asBoolean()).isFalse();
    assertThat(request.get("dueAt").isNull())
        .as("the configured deadline, 5 working days")
        .isFalse();
    assertThat(request.get("exchanges").asInt()).isEqualTo(1);

    // The receiver's officer reads the question and replies in part, then in full, in Tasklist.
    JsonNode read = get(RECEIVER, id).getBody();
    assertThat(read.get("question").asText()).isEqualTo("Đề nghị cung cấp thời gian giao hàng.");
    String code = "YCTT-" + id;
    assertThat(agreements.tasks(REQUESTER, code, null))
        .as("the requester has no reply task")
        .isEmpty();
    agreements.submit(
        RECEIVER,
        code,
        Elements.ANSWER,
        Map.of(
            Vars.REPLY_KIND,
            "PARTIAL",
            FormFields.REPLY_TEXT,
            "Xe 70C-123.45 giao hàng lúc 20h.",
            FormFields.REST_DATE,
            vn.phoihop.TestRequests.formDate(Clocks.today().plusDays(7).toString())));
    JsonNode partly = get(REQUESTER, id).getBody();
    assertThat(partly.get("status").asText()).isEqualTo("PARTLY_ANSWERED");
    assertThat(partly.get("restDueOn").asText()).isEqualTo(Clocks.today().plusDays(7).toString());
    assertThat(agreements.tasks("lanhdao.scttni", code, null))
        .as("the receiver's staff reply, not its leader")
        .isEmpty();
    agreements.submit(
        RECEIVER,
        code,
        Elements.ANSWER_REST,
        Map.of(Vars.REPLY_KIND, "FULL", FormFields.REPLY_TEXT, "Kho số 3, ấp Thạnh Hiệp."));

    JsonNode answered = get(REQUESTER, id).getBody();
    assertThat(answered.get("status").asText()).isEqualTo("ANSWERED");
    assertThat(answered.get("replyText").asText()).contains("20h").contains("Kho số 3");
    assertThat(answered.get("exchanges").asInt()).isEqualTo(3);
    assertThat(answered.get("items"))
        .extracting(i -> i.get("kind").asText() + " " + i.get("actor").asText())
        .containsExactly(
            "REQUESTED canbo.qltttni", "PARTLY_ANSWERED canbo.scttni", "ANSWERED canbo.scttni");
    assertThat(answered.get("dueAt").isNull()).isTrue();

    JsonNode timeline =
        agreements
            .as(REQUESTER)
            .getForObject("/api/v1/agreements/" + agreement, JsonNode.class)
            .get("timeline");
    List<String> entries =
        StreamSupport.stream(timeline.spliterator(), false)
            .filter(e -> e.get("action").asText().startsWith("INFORMATION_"))
            .filter(e -> e.get("detail").asText().contains(code + ")"))
            .map(
                e ->
                    e.get("action").asText()
                        + " "
                        + e.get("actor").asText()
                        + " "
                        + e.get("agencyCode").asText()
                        + ": "
                        + e.get("detail").asText())
            .toList();
    assertThat(entries)
        .containsExactly(
            "INFORMATION_REQUESTED canbo.qltttni QLTT-TNI: Chi cục Quản lý thị trường tỉnh Tây"
                + " Ninh yêu cầu Sở Công Thương tỉnh Tây Ninh cung cấp thông tin: Thời gian giao"
                + " hàng (yêu cầu "
                + code
                + ")",
            "INFORMATION_REPLIED canbo.scttni SCT-TNI: Sở Công Thương tỉnh Tây Ninh: Trả lời một"
                + " phần, hẹn ngày trả lời phần còn lại (yêu cầu "
                + code
                + ")",
            "INFORMATION_REPLIED canbo.scttni SCT-TNI: Sở Công Thương tỉnh Tây Ninh: Trả lời"
                + " đầy đủ (yêu cầu "
                + code
                + ")");

    JsonNode list = list(RECEIVER, agreement).getBody();
    assertThat(list.findValuesAsText("code")).contains(code);
  }

  @Test
  void aRetriedAskWithTheSameIdempotencyKeyCreatesOneRequest() {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", "ask-" + System.nanoTime());
    String path = "/api/v1/agreements/" + agreement + "/information-requests";
    org.springframework.http.HttpEntity<Map<String, Object>> entity =
        new org.springframework.http.HttpEntity<>(body("SCT-TNI", false), headers);
    ResponseEntity<JsonNode> first =
        rest.withBasicAuth(REQUESTER, password).postForEntity(path, entity, JsonNode.class);
    ResponseEntity<JsonNode> again =
        rest.withBasicAuth(REQUESTER, password).postForEntity(path, entity, JsonNode.class);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getBody().get("id").asLong()).isEqualTo(first.getBody().get("id").asLong());
  }

  @Test
  void aRestrictedRequestsContentIsShownOnlyToTheTwoPartiesOfficers() {
    long id = ask(REQUESTER, agreement, body("SCT-TNI", true)).getBody().get("id").asLong();

    // the receiver's mail does not carry a restricted request's subject
    assertThat(
            jdbc.queryForList(
                "select body from notification where business_key = ?", String.class, "YCTT-" + id))
        .isNotEmpty()
        .allSatisfy(
            body ->
                assertThat(body)
                    .doesNotContain("Thời gian giao hàng")
                    .contains("nội dung hạn chế"));
    for (String party : List.of(REQUESTER, RECEIVER, "lanhdao.scttni", "lanhdao.qltttni")) {
      JsonNode seen = get(party, id).getBody();
      assertThat(seen.get("contentWithheld").asBoolean()).as(party).isFalse();
      assertThat(seen.get("question").asText()).as(party).contains("thời gian giao hàng");
    }
    // The manager of the parties' province reads the request, not its content.
    ResponseEntity<JsonNode> manager = get("quanly.qltttni", id);
    assertThat(manager.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(manager.getBody().get("subject").asText()).isEqualTo("Thời gian giao hàng");
    assertThat(manager.getBody().get("contentWithheld").asBoolean()).isTrue();
    assertThat(manager.getBody().get("contentWithheldReason").asText()).contains("hạn chế");
    assertThat(manager.getBody().get("question").isNull()).isTrue();
    JsonNode inList =
        StreamSupport.stream(list("quanly.qltttni", agreement).getBody().spliterator(), false)
            .filter(r -> r.get("id").asLong() == id)
            .findFirst()
            .orElseThrow();
    assertThat(inList.get("question").isNull()).isTrue();
    // The timeline, which every reader of the agreement reads, names no content either.
    assertThat(
            agreements
                .as("quanly.qltttni")
                .getForObject("/api/v1/agreements/" + agreement, JsonNode.class)
                .get("timeline")
                .findValuesAsText("detail"))
        .contains(
            "Chi cục Quản lý thị trường tỉnh Tây Ninh yêu cầu Sở Công Thương tỉnh Tây Ninh cung"
                + " cấp thông tin (nội dung hạn chế; yêu cầu YCTT-"
                + id
                + ")")
        .noneMatch(d -> d.contains("Thời gian giao hàng (yêu cầu YCTT-" + id + ")"));

    // Through the engine, whoever reads the instance or the reply task finds no content at all:
    // the process holds the request's id, agreement, parties and subject, nothing else.
    String code = "YCTT-" + id;
    JsonNode[] instances =
        agreements
            .as("quanly.qltttni")
            .getForObject("/engine-rest/process-instance?businessKey=" + code, JsonNode[].class);
    assertThat(instances).as("the province's manager reads the instance").hasSize(1);
    ResponseEntity<JsonNode> instanceVariables =
        agreements
            .as("quanly.qltttni")
            .getForEntity(
                "/engine-rest/process-instance/" + instances[0].get("id").asText() + "/variables",
                JsonNode.class);
    assertThat(instanceVariables.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(instanceVariables.getBody().toString())
        .contains("Thời gian giao hàng")
        .doesNotContain("Đề nghị cung cấp");
    String taskId = agreements.taskId(RECEIVER, code, Elements.ANSWER);
    ResponseEntity<JsonNode> taskVariables =
        agreements
            .as(RECEIVER)
            .getForEntity("/engine-rest/task/" + taskId + "/form-variables", JsonNode.class);
    assertThat(taskVariables.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(taskVariables.getBody().toString()).doesNotContain("Đề nghị cung cấp");
    // and the system variables cannot be rewritten through the engine by the receiver
    ResponseEntity<JsonNode> rewrite =
        agreements
            .as(RECEIVER)
            .postForEntity(
                "/engine-rest/task/" + taskId + "/variables",
                Map.of(
                    "modifications",
                    Map.of(Vars.REQUESTER_AGENCY, Map.of("value", "QLTT-GLA", "type", "String"))),
                JsonNode.class);
    assertThat(rewrite.getStatusCode().value()).isIn(400, 403);

    // A request that is not restricted shows its content to the manager.
    long open = ask(REQUESTER, agreement, body("SCT-TNI", false)).getBody().get("id").asLong();
    assertThat(get("quanly.qltttni", open).getBody().get("question").asText())
        .contains("thời gian giao hàng");
  }

  @Test
  void aThirdAgencyAndAManagerOfAnotherProvinceCannotReadARequest() {
    long id = ask(REQUESTER, agreement, body("SCT-TNI", true)).getBody().get("id").asLong();
    for (String outsider : List.of(OUTSIDER, "quanly.qlttgla", "daumoi.catni")) {
      ResponseEntity<JsonNode> refused = get(outsider, id);
      assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().get("detail").asText()).contains("không có quyền");
      assertThat(refused.getBody().toString()).doesNotContain("giao hàng");
      assertThat(list(outsider, agreement).getStatusCode())
          .as("%s lists the agreement's requests", outsider)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(get(REQUESTER, Long.MAX_VALUE).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // nor through the engine: no task, no instance, no variable
    String code = "YCTT-" + id;
    assertThat(agreements.tasks(OUTSIDER, code, null)).isEmpty();
    ResponseEntity<JsonNode[]> instances =
        agreements
            .as(OUTSIDER)
            .getForEntity("/engine-rest/process-instance?businessKey=" + code, JsonNode[].class);
    assertThat(instances.getBody()).isEmpty();
    ResponseEntity<JsonNode> variables =
        agreements
            .as(OUTSIDER)
            .getForEntity(
                "/engine-rest/variable-instance?variableName=" + Vars.REQUEST_ID, JsonNode.class);
    if (variables.getStatusCode().is2xxSuccessful()) {
      assertThat(variables.getBody()).noneMatch(v -> v.get("value").asLong() == id);
    } else {
      assertThat(variables.getStatusCode().value()).isIn(403, 404);
    }
  }

  @Test
  void onlyAPartysOfficerAsksAndOnlyWhileTheAgreementIsInForce() {
    Integer before = jdbc.queryForObject("select count(*) from information_request", Integer.class);
    // an officer of an agency that is no party: the agreement is not found for them
    assertThat(ask(OUTSIDER, agreement, body("SCT-TNI", false)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // the province's manager reads the agreement but acts for no party
    ResponseEntity<JsonNode> manager = ask("quanly.qltttni", agreement, body("SCT-TNI", false));
    assertThat(manager.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(manager.getBody().get("detail").asText()).contains("một bên tham gia");
    assertThat(ask("quantri", agreement, body("SCT-TNI", false)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ask(REQUESTER, "QC-1999-0001", body("SCT-TNI", false)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // an agreement still being drafted
    String drafting = agreements.proposed();
    ResponseEntity<JsonNode> notInForce = ask(REQUESTER, drafting, body("SCT-TNI", false));
    assertThat(notInForce.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(notInForce.getBody().get("detail").asText()).contains("đang có hiệu lực");
    assertThat(jdbc.queryForObject("select count(*) from information_request", Integer.class))
        .isEqualTo(before);
    // the leader of a party may ask
    assertThat(ask("lanhdao.scttni", agreement, body("QLTT-TNI", false)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAsSentAndCreatesNothing() {
    Integer before = jdbc.queryForObject("select count(*) from information_request", Integer.class);
    assertInvalid(with("to", null), "to", "Vui lòng nhập");
    assertInvalid(with("to", "CA-TNI"), "to", "không phải là một bên của thỏa thuận");
    assertInvalid(with("to", "XX-NOWHERE"), "to", "không phải là một bên");
    assertInvalid(with("to", "QLTT-TNI"), "to", "chính đơn vị mình");
    assertInvalid(with("subject", "  "), "subject", "Vui lòng nhập");
    assertInvalid(with("subject", "x".repeat(501)), "subject", null);
    assertInvalid(with("question", null), "question", "Vui lòng nhập");
    assertInvalid(with("restricted", "true"), "restricted", null);
    assertInvalid(with("dueDate", "2030-01-01"), "dueDate", "không có điều khoản");
    assertInvalid(with("deadline", "2030-01-01"), "deadline", null);
    assertThat(jdbc.queryForObject("select count(*) from information_request", Integer.class))
        .isEqualTo(before);
  }

  @Test
  void theReplyTasksCaseFileTabShowsTheQuestionToTheReceiverAndWithholdsItFromTheManager()
      throws Exception {
    long id = ask(REQUESTER, agreement, body("SCT-TNI", true)).getBody().get("id").asLong();
    String taskId = agreements.taskId(RECEIVER, "YCTT-" + id, Elements.ANSWER);

    HttpResponse<String> receiver =
        TasklistSession.signedIn(port, RECEIVER, password).get(TasklistSession.caseFile(taskId));
    assertThat(receiver.statusCode()).as(receiver.body()).isEqualTo(200);
    JsonNode file = json.readTree(receiver.body());
    assertThat(file.get("kind").asText()).isEqualTo("INFORMATION_REQUEST");
    assertThat(file.get("heading").asText())
        .isEqualTo("Yêu cầu cung cấp thông tin YCTT-" + id + " — Đang chờ trả lời");
    assertThat(receiver.body())
        .contains(
            "Đề nghị cung cấp thời gian giao hàng.", "Chi cục Quản lý thị trường tỉnh Tây Ninh");

    HttpResponse<String> manager =
        TasklistSession.signedIn(port, "quanly.qltttni", password)
            .get(TasklistSession.caseFile(taskId));
    assertThat(manager.statusCode()).as(manager.body()).isEqualTo(200);
    assertThat(manager.body()).contains("Thời gian giao hàng", "hạn chế");
    assertThat(manager.body()).doesNotContain("Đề nghị cung cấp");

    HttpResponse<String> stranger =
        TasklistSession.signedIn(port, OUTSIDER, password).get(TasklistSession.caseFile(taskId));
    assertThat(stranger.statusCode()).isIn(403, 404);
    assertThat(stranger.body()).doesNotContain("giao hàng");
  }

  @Test
  void openApiDocumentsTheEndpoints() {
    JsonNode paths =
        agreements.as(REQUESTER).getForObject("/v3/api-docs", JsonNode.class).get("paths");
    assertThat(paths.has("/api/v1/agreements/{code}/information-requests")).isTrue();
    assertThat(paths.has("/api/v1/information-requests/{id}")).isTrue();
  }

  // ------------------------------------------------------------------ helpers

  private void assertInvalid(Map<String, Object> body, String field, String detail) {
    ResponseEntity<JsonNode> response = ask(REQUESTER, agreement, body);
    assertThat(response.getStatusCode()).as("%s", body).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            response
                .getHeaders()
                .getContentType()
                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .isTrue();
    assertThat(response.getBody().get("field").asText()).isEqualTo(field);
    assertThat(response.getBody().get("detail").asText()).isNotBlank();
    if (detail != null) {
      assertThat(response.getBody().get("detail").asText()).contains(detail);
    }
  }

  private static Map<String, Object> with(String key, Object value) {
    Map<String, Object> body = body("SCT-TNI", false);
    body.put(key, value);
    return body;
  }

  static Map<String, Object> body(String to, boolean restricted) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("to", to);
    body.put("subject", "Thời gian giao hàng");
    body.put("question", "Đề nghị cung cấp thời gian giao hàng.");
    body.put("restricted", restricted);
    return body;
  }

  private ResponseEntity<JsonNode> ask(String userId, String code, Map<String, Object> body) {
    return agreements
        .as(userId)
        .postForEntity(
            "/api/v1/agreements/" + code + "/information-requests", body, JsonNode.class);
  }

  private ResponseEntity<JsonNode> get(String userId, long id) {
    return agreements.as(userId).getForEntity("/api/v1/information-requests/" + id, JsonNode.class);
  }

  private ResponseEntity<JsonNode> list(String userId, String code) {
    return agreements
        .as(userId)
        .getForEntity("/api/v1/agreements/" + code + "/information-requests", JsonNode.class);
  }
}
