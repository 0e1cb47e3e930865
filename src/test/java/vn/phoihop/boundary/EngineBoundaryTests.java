package vn.phoihop.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.TestRequests;
import vn.phoihop.agreement.AgreementProcess;
import vn.phoihop.campaign.CampaignProcess;
import vn.phoihop.referral.ReferralProcess;

/**
 * The attacks on the engine boundary, one test per vector of the engine-boundary issue, each
 * replayed through {@code /engine-rest} and, where Tasklist or Cockpit use the operation, through
 * the webapps' engine API with a real session and CSRF token. Each asserts the refusal (4xx, an RFC
 * 7807 problem with a Vietnamese detail) and that nothing changed.
 */
@PhoiHopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineBoundaryTests {

  private static final String OFFICER = "canbo.qltttnid1"; // Đội QLTT số 1, Tây Ninh
  private static final String OUTSIDER = "canbo.qlttgla"; // Chi cục QLTT Gia Lai
  private static final String PARTNER = "canbo.scttni"; // Sở Công Thương Tây Ninh
  private static final String LIAISON = "daumoi.catni"; // Công an Tây Ninh

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;

  @Value("${phoihop.demo.password}")
  String password;

  String referralCode;
  String referralInstance;
  long referralId;
  String prepareTask;
  String agreementCode;
  String agreementInstance;
  long agreementId;
  String consultTask;

  @BeforeAll
  void openAReferralAndAnAgreementOfTayNinh() throws Exception {
    ResponseEntity<JsonNode> referral =
        as(OFFICER).postForEntity("/api/v1/referrals", TestRequests.dossier(), JsonNode.class);
    assertThat(referral.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    referralCode = referral.getBody().get("code").asText();
    referralInstance = instanceOf(referralCode);
    referralId =
        ((Number) runtimeService.getVariable(referralInstance, ReferralProcess.Vars.REFERRAL_ID))
            .longValue();
    prepareTask = task(referralInstance, ReferralProcess.Elements.PREPARE_DOSSIER).getId();

    ResponseEntity<JsonNode> agreement =
        as("canbo.qltttni")
            .postForEntity("/api/v1/agreements", TestRequests.agreement(), JsonNode.class);
    assertThat(agreement.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    agreementCode = agreement.getBody().get("code").asText();
    agreementInstance = agreement.getBody().get("processInstanceId").asText();
    agreementId =
        ((Number) runtimeService.getVariable(agreementInstance, AgreementProcess.Vars.AGREEMENT_ID))
            .longValue();
    submit(
        "canbo.qltttni",
        task(agreementInstance, AgreementProcess.Elements.DRAFT).getId(),
        Map.of(
            AgreementProcess.FormFields.CONTENT,
            "Chương I. Quy định chung",
            AgreementProcess.FormFields.VERSION_NOTE,
            "Bản đầu"));
    submit(
        "lanhdao.qltttni",
        task(agreementInstance, AgreementProcess.Elements.REVIEW).getId(),
        Map.of(AgreementProcess.Vars.REVIEW_DECISION, AgreementProcess.Vars.CONSULT));
    consultTask = task(agreementInstance, AgreementProcess.Elements.CONSULT).getId();
  }

  // ------------------------------------------------------------------ what Tasklist and Cockpit
  // read

  /**
   * The reads Tasklist makes when an officer opens a task and the start dialog, and Cockpit's pages
   * for managers, all pass the boundary (a refused read shows "Lỗi biểu mẫu" in Tasklist).
   */
  @Test
  void theReadsTasklistAndCockpitMakeAreAllowed() throws Exception {
    String definition =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(referralInstance)
            .singleResult()
            .getProcessDefinitionId();
    EngineApi tasklist = EngineApi.webapp(port, OFFICER, password, "tasklist");
    for (String path :
        List.of(
            "/task/" + prepareTask,
            "/task/" + prepareTask + "/form",
            "/task/" + prepareTask + "/deployed-form",
            "/task/" + prepareTask + "/form-variables",
            "/task/" + prepareTask + "/variables",
            "/task/" + prepareTask + "/identity-links",
            "/task/" + prepareTask + "/comment",
            "/process-definition/" + definition,
            "/process-definition/" + definition + "/xml",
            "/process-definition/key/case-referral/startForm",
            "/process-definition/key/case-referral/deployed-start-form",
            "/process-definition?latest=true&startableInTasklist=true",
            "/history/user-operation?taskId=" + prepareTask,
            "/user/" + OFFICER + "/profile",
            "/filter?resourceType=Task",
            "/authorization/check?permissionName=READ&resourceName=task&resourceType=7")) {
      EngineApi.Response response = tasklist.get(path);
      assertThat(response.status()).as(path + " " + response).isEqualTo(200);
    }
    EngineApi cockpit = EngineApi.webapp(port, "quanly.qltttni", password, "cockpit");
    for (String path :
        List.of(
            "/process-definition/statistics",
            "/process-definition/" + definition + "/statistics",
            "/process-instance?processDefinitionId=" + definition,
            "/process-instance/" + referralInstance + "/activity-instances",
            "/variable-instance?processInstanceIdIn=" + referralInstance,
            "/task?processInstanceId=" + referralInstance,
            "/incident?processInstanceId=" + referralInstance,
            "/job?processInstanceId=" + referralInstance,
            "/decision-definition",
            "/deployment")) {
      EngineApi.Response response = cockpit.get(path);
      assertThat(response.status()).as(path + " " + response).isEqualTo(200);
    }
    // Cockpit's "Human tasks" counts per candidate group: among the tasks the manager may read.
    String report = "/task/report/candidate-group-count";
    int tayNinh = counted(cockpit.get(report), "QLTT-TNI-D1.staff");
    int giaLai =
        counted(
            EngineApi.webapp(port, "quanly.qlttgla", password, "cockpit").get(report),
            "QLTT-TNI-D1.staff");
    int national =
        counted(
            EngineApi.webapp(port, "quanly.bcttttn", password, "cockpit").get(report),
            "QLTT-TNI-D1.staff");
    // Gia Lai reads only Tây Ninh referrals routed to it; the nation reads them all.
    assertThat(tayNinh).isPositive();
    assertThat(giaLai).isLessThan(tayNinh);
    assertThat(national).isGreaterThanOrEqualTo(tayNinh);
  }

  private static int counted(EngineApi.Response report, String group) {
    assertThat(report.status()).as(report.toString()).isEqualTo(200);
    int count = 0;
    for (JsonNode row : report.json()) {
      if (group.equals(row.path("groupName").asText())) {
        count += row.path("taskCount").asInt();
      }
    }
    return count;
  }

  // ------------------------------------------------------------------ 1. expressions in queries

  @Test
  void expressionsInAnyPartOfAQueryAreRefusedOnBothApis() throws Exception {
    Map<String, Object> orQuery =
        Map.of(
            "orQueries",
            List.of(Map.of("assigneeExpression", "${\"daumoi\".concat(\".hqkv17\")}")));
    Map<String, Object> reflection =
        Map.of(
            "orQueries",
            List.of(Map.of("candidateUserExpression", "${\"x\".getClass().getName()}")));
    Map<String, Object> topLevel = Map.of("assigneeExpression", "${currentUser()}");
    for (EngineApi api :
        List.of(
            basic("daumoi.hqkv17"),
            EngineApi.webapp(port, "daumoi.hqkv17", password, "tasklist"))) {
      // the same query without an expression is answered: the refusal below is about the expression
      assertThat(api.post("/task", Map.of("orQueries", List.of(Map.of("assignee", "x")))).status())
          .isEqualTo(200);
      assertRefused(api.post("/task", orQuery), 400, "orQueries[0].assigneeExpression");
      assertRefused(api.post("/task", reflection), 400, "orQueries[0].candidateUserExpression");
      assertRefused(api.post("/task", topLevel), 400, "assigneeExpression");
      assertRefused(api.post("/task/count", orQuery), 400, "orQueries[0].assigneeExpression");
      String filter = api.get("/filter?resourceType=Task").json().get(0).get("id").asText();
      assertThat(api.post("/filter/" + filter + "/list", Map.of()).status()).isEqualTo(200);
      assertRefused(
          api.post("/filter/" + filter + "/list", orQuery), 400, "orQueries[0].assigneeExpression");
    }
  }

  // ------------------------------------------------------------------ 2. starts carry no trust

  @Test
  void aStartCannotAttachToAnotherAgencysReferral() throws Exception {
    long before =
        runtimeService.createProcessInstanceQuery().processDefinitionKey("case-referral").count();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(ReferralProcess.Vars.REFERRAL_ID, Map.of("value", referralId, "type", "Long"));
    variables.put(ReferralProcess.Vars.OPENING_AGENCY, Map.of("value", "QLTT-GLA"));
    variables.put("caseSummary", Map.of("value", "Vụ việc giả"));
    for (EngineApi api :
        List.of(basic(OUTSIDER), EngineApi.webapp(port, OUTSIDER, password, "tasklist"))) {
      assertRefused(
          api.post("/process-definition/key/case-referral/start", Map.of("variables", variables)),
          400,
          ReferralProcess.Vars.REFERRAL_ID);
      assertRefused(
          api.post(
              "/process-definition/key/case-referral/submit-form", Map.of("variables", variables)),
          400,
          ReferralProcess.Vars.REFERRAL_ID);
    }
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("case-referral")
                .count())
        .isEqualTo(before);
    JsonNode stored = as(OFFICER).getForObject("/api/v1/referrals/" + referralCode, JsonNode.class);
    assertThat(stored.toString())
        .contains("Công ty TNHH Thương mại Minh Phát")
        .doesNotContain("Vụ việc giả");
    assertThat(taskService.createTaskQuery().processInstanceId(referralInstance).count())
        .isEqualTo(1);
  }

  @Test
  void aStartCannotAttachToAnotherProvincesAgreementNorCarryABusinessKey() throws Exception {
    long before =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(AgreementProcess.KEY)
            .count();
    String versionsBefore =
        as("canbo.qltttni")
            .getForObject("/api/v1/agreements/" + agreementCode, JsonNode.class)
            .get("versions")
            .toString();
    EngineApi outsider = basic(OUTSIDER);
    assertRefused(
        outsider.post(
            "/process-definition/key/" + AgreementProcess.KEY + "/start",
            Map.of(
                "variables",
                Map.of(
                    AgreementProcess.Vars.AGREEMENT_ID,
                    Map.of("value", agreementId, "type", "Long")))),
        400,
        AgreementProcess.Vars.AGREEMENT_ID);
    assertRefused(
        outsider.post(
            "/process-definition/key/" + AgreementProcess.KEY + "/start",
            Map.of(
                "businessKey",
                agreementCode,
                "variables",
                Map.of("title", Map.of("value", "Giả mạo")))),
        400,
        "businessKey");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(AgreementProcess.KEY)
                .count())
        .isEqualTo(before);
    assertThat(
            as("canbo.qltttni")
                .getForObject("/api/v1/agreements/" + agreementCode, JsonNode.class)
                .get("versions")
                .toString())
        .isEqualTo(versionsBefore);
  }

  // ------------------------------------------------------------------ 3. system variables, any
  // endpoint

  @Test
  void systemVariablesCannotBeWrittenThroughTheBinaryUploadEndpoints() throws Exception {
    Object lead = runtimeService.getVariable(agreementInstance, AgreementProcess.Vars.LEAD_AGENCY);
    EngineApi partner = basic(PARTNER);
    Map<String, String[]> parts =
        Map.of(
            "data",
            new String[] {"text/plain", "SCT-TNI"},
            "valueType",
            new String[] {"text/plain", "Bytes"});
    // setting task variables outside a form is not a partner's operation at all
    for (String path :
        List.of(
            "/variables/leadAgency/data",
            "/localVariables/leadAgency/data",
            "/variables/note/data")) {
      assertRefused(partner.postMultipart("/task/" + consultTask + path, parts), 403, null);
    }
    assertRefused(
        partner.put("/task/" + consultTask + "/variables/note", Map.of("value", "x")), 403, null);
    // and not even an administrator writes a system variable
    EngineApi admin = basic("quantri");
    assertRefused(
        admin.postMultipart("/task/" + consultTask + "/variables/leadAgency/data", parts),
        400,
        "leadAgency");
    assertRefused(
        admin.put(
            "/process-instance/" + agreementInstance + "/variables/leadAgency",
            Map.of("value", "SCT-TNI")),
        400,
        "leadAgency");
    assertThat(runtimeService.getVariable(agreementInstance, AgreementProcess.Vars.LEAD_AGENCY))
        .isEqualTo(lead);
    assertThat(taskService.getVariables(consultTask)).doesNotContainKey("note");
  }

  @Test
  void aCampaignsDeadlineAndRecipientsCannotBeWrittenOnEitherApi() throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> created =
        as("canbo.bcd389tni")
            .postForEntity(
                "/api/v1/campaigns",
                new HttpEntity<>(
                    Map.of(
                        "kind",
                        "BCD389_PERIODIC",
                        "title",
                        "Báo cáo nhanh tình hình buôn lậu qua biên giới",
                        "periodKind",
                        "MONTH",
                        "periodYear",
                        2028,
                        "periodNumber",
                        5,
                        "recipients",
                        List.of("QLTT-TNI")),
                    headers),
                JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance = instanceOf(created.getBody().get("code").asText());
    Object deadline =
        runtimeService.getVariable(instance, CampaignProcess.Vars.SUBMISSION_DEADLINE);
    Object recipients = runtimeService.getVariable(instance, CampaignProcess.Vars.RECIPIENTS);
    Task prepare = task(instance, CampaignProcess.Elements.PREPARE_BCD389);

    // Not even an administrator moves the deadline or adds a recipient through /engine-rest.
    EngineApi admin = basic("quantri");
    assertRefused(
        admin.put(
            "/process-instance/"
                + instance
                + "/variables/"
                + CampaignProcess.Vars.SUBMISSION_DEADLINE,
            Map.of("value", "2099-01-01T00:00:00.000+0700", "type", "Date")),
        400,
        CampaignProcess.Vars.SUBMISSION_DEADLINE);
    assertRefused(
        admin.post(
            "/process-instance/" + instance + "/variables",
            Map.of(
                "modifications",
                Map.of(CampaignProcess.Vars.RECIPIENTS, Map.of("value", "QLTT-TNI,QLTT-GLA")))),
        400,
        CampaignProcess.Vars.RECIPIENTS);
    // The recipient's officer, signed in to Tasklist, cannot slip them into its report either.
    EngineApi officer = EngineApi.webapp(port, "canbo.qltttni", password, "tasklist");
    assertRefused(
        officer.post(
            "/task/" + prepare.getId() + "/submit-form",
            variables(Map.of(CampaignProcess.Vars.SUBMISSION_DEADLINE, "2099-01-01"))),
        400,
        CampaignProcess.Vars.SUBMISSION_DEADLINE);
    assertRefused(
        officer.post(
            "/task/" + prepare.getId() + "/submit-form",
            variables(Map.of(CampaignProcess.Vars.RECIPIENTS, "QLTT-GLA"))),
        400,
        CampaignProcess.Vars.RECIPIENTS);

    assertThat(taskService.createTaskQuery().taskId(prepare.getId()).count())
        .as("the refused form leaves the task open")
        .isEqualTo(1);
    assertThat(runtimeService.getVariable(instance, CampaignProcess.Vars.SUBMISSION_DEADLINE))
        .isEqualTo(deadline);
    assertThat(runtimeService.getVariable(instance, CampaignProcess.Vars.RECIPIENTS))
        .isEqualTo(recipients);
  }

  @Test
  void aTaskSubmissionCarriesOnlyItsFormsFieldsAndNoSystemVariable() throws Exception {
    EngineApi partner = EngineApi.webapp(port, PARTNER, password, "tasklist");
    assertRefused(
        partner.post(
            "/task/" + consultTask + "/submit-form",
            variables(
                Map.of(
                    AgreementProcess.FormFields.OPINION,
                    "AGREE",
                    AgreementProcess.Vars.LEAD_AGENCY,
                    "SCT-TNI"))),
        400,
        AgreementProcess.Vars.LEAD_AGENCY);
    assertRefused(
        partner.post(
            "/task/" + consultTask + "/submit-form",
            variables(
                Map.of(
                    AgreementProcess.FormFields.OPINION,
                    "AGREE",
                    AgreementProcess.Vars.REVIEW_DECISION,
                    "RETURN"))),
        400,
        AgreementProcess.Vars.REVIEW_DECISION);
    assertThat(taskService.createTaskQuery().taskId(consultTask).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(agreementInstance, AgreementProcess.Vars.LEAD_AGENCY))
        .isEqualTo("QLTT-TNI");
  }

  // ------------------------------------------------------------------ 4. BPMN errors and
  // escalations

  @Test
  void candidatesCannotThrowBpmnErrorsOrEscalations() throws Exception {
    for (EngineApi api :
        List.of(basic(OFFICER), EngineApi.webapp(port, OFFICER, password, "tasklist"))) {
      assertRefused(
          api.post("/task/" + prepareTask + "/bpmnError", Map.of("errorCode", "ANY")), 403, null);
      assertRefused(
          api.post("/task/" + prepareTask + "/bpmnEscalation", Map.of("escalationCode", "ANY")),
          403,
          null);
    }
    // An administrator may throw them, but one that no event of the model catches changes nothing.
    EngineApi admin = basic("quantri");
    assertRefused(
        admin.post("/task/" + prepareTask + "/bpmnError", Map.of("errorCode", "ANY")),
        400,
        "errorCode");
    assertRefused(
        admin.post("/task/" + prepareTask + "/bpmnEscalation", Map.of("escalationCode", "ANY")),
        400,
        "escalationCode");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(referralInstance)
                .active()
                .count())
        .isEqualTo(1);
    assertThat(taskService.createTaskQuery().taskId(prepareTask).count()).isEqualTo(1);
  }

  // ------------------------------------------------------------------ 5. identity links

  @Test
  void candidatesCannotShareATaskWithAnotherGroup() throws Exception {
    List<String> before = links(prepareTask);
    for (EngineApi api :
        List.of(basic(OFFICER), EngineApi.webapp(port, OFFICER, password, "tasklist"))) {
      assertRefused(
          api.post(
              "/task/" + prepareTask + "/identity-links",
              Map.of("groupId", "QLTT-GLA.staff", "type", "candidate")),
          403,
          null);
      assertRefused(
          api.post(
              "/task/" + prepareTask + "/identity-links/delete",
              Map.of("groupId", "QLTT-TNI-D1.staff", "type", "candidate")),
          403,
          null);
    }
    assertThat(links(prepareTask)).isEqualTo(before).contains("candidate:QLTT-TNI-D1.staff");
  }

  // ------------------------------------------------------------------ 6. jobs

  @Test
  void nonAdministratorsCannotSuspendRescheduleOrExecuteJobs() throws Exception {
    Job job = managementService.createJobQuery().processInstanceId(referralInstance).list().get(0);
    for (String user : List.of(LIAISON, OFFICER, "quanly.qltttni")) {
      EngineApi api = basic(user);
      assertRefused(
          api.put("/job/" + job.getId() + "/suspended", Map.of("suspended", true)), 403, null);
      assertRefused(
          api.put(
              "/job/" + job.getId() + "/duedate",
              Map.of("duedate", "2030-01-01T00:00:00.000+0700")),
          403,
          null);
      assertRefused(api.post("/job/" + job.getId() + "/execute", Map.of()), 403, null);
      assertRefused(
          api.put(
              "/job-definition/" + job.getJobDefinitionId() + "/suspended",
              Map.of("suspended", true)),
          403,
          null);
    }
    Job after = managementService.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(after).isNotNull();
    assertThat(after.isSuspended()).isFalse();
    assertThat(after.getDuedate()).isEqualTo(job.getDuedate());
  }

  // ------------------------------------------------------------------ 8. the directory

  @Test
  void usersSeeOnlyTheirAgencyWithoutOthersEmailAndCannotChangeTheirNameOrEmail() throws Exception {
    EngineApi liaison = basic(LIAISON);
    JsonNode users = liaison.get("/user?maxResults=1000").json();
    List<String> ids = new java.util.ArrayList<>();
    users.forEach(u -> ids.add(u.get("id").asText()));
    assertThat(ids).contains(LIAISON, "lanhdao.catni").doesNotContain("canbo.qltttni", "quantri");
    for (JsonNode user : users) {
      if (!user.get("id").asText().equals(LIAISON)) {
        assertThat(user.get("email").isNull()).as(user.toString()).isTrue();
      }
    }
    assertThat(liaison.get("/user/count").json().get("count").asInt()).isEqualTo(ids.size());
    assertThat(liaison.get("/user?memberOfGroup=staff").json()).isEmpty();
    assertThat(liaison.get("/user?memberOfGroup=CA-TNI.leader").json().get(0).get("id").asText())
        .isEqualTo("lanhdao.catni");
    assertThat(liaison.get("/user/canbo.qltttni/profile").status()).isEqualTo(404);
    assertThat(liaison.get("/user/" + LIAISON + "/profile").json().get("email").asText())
        .isNotBlank();
    assertThat(basic("quantri").get("/user/canbo.qltttni/profile").json().get("email").asText())
        .isNotBlank();

    User before = identityService.createUserQuery().userId(LIAISON).singleResult();
    Map<String, Object> profile =
        Map.of(
            "id",
            LIAISON,
            "firstName",
            "Quản trị",
            "lastName",
            "hệ thống",
            "email",
            "quantri@phoihop.vn");
    assertRefused(liaison.put("/user/" + LIAISON + "/profile", profile), 403, null);
    assertRefused(
        EngineApi.webapp(port, LIAISON, password, "tasklist")
            .put("/user/" + LIAISON + "/profile", profile),
        403,
        null);
    assertThat(
            liaison
                .put("/user/canbo.qltttni/profile", Map.of("id", "canbo.qltttni", "firstName", "X"))
                .status())
        .isIn(403, 404);
    User after = identityService.createUserQuery().userId(LIAISON).singleResult();
    assertThat(after.getFirstName()).isEqualTo(before.getFirstName());
    assertThat(after.getEmail()).isEqualTo(before.getEmail());
  }

  @Test
  void usersStillChangeTheirOwnPassword() throws Exception {
    String userId = "thu.matkhau" + UUID.randomUUID().toString().substring(0, 8);
    User user = identityService.newUser(userId);
    user.setFirstName("Thử");
    user.setLastName("Mật khẩu");
    user.setPassword(password);
    identityService.saveUser(user);
    identityService.createMembership(userId, "staff");
    EngineApi self = basic(userId);
    assertThat(
            self.put(
                    "/user/" + userId + "/credentials",
                    Map.of("password", "Mat@Khau2027moi", "authenticatedUserPassword", password))
                .status())
        .isEqualTo(204);
    assertThat(identityService.checkPassword(userId, "Mat@Khau2027moi")).isTrue();
  }

  // ------------------------------------------------------------------ 9. variable values

  @Test
  void unsafeVariableValuesAreRefusedAndChangeNothing() throws Exception {
    EngineApi partner = basic(PARTNER);
    EngineApi.Response file =
        partner.postMultipart(
            "/task/" + consultTask + "/variables/comment/data",
            Map.of(
                "data",
                new String[] {"application/json", "\"/etc/passwd\""},
                "type",
                new String[] {"text/plain", "java.io.File"}));
    assertThat(file.status()).as(file.toString()).isBetween(400, 499);
    Map<String, Object> url =
        Map.of(
            "variables",
            Map.of(
                AgreementProcess.FormFields.OPINION, Map.of("value", "AGREE"),
                AgreementProcess.FormFields.COMMENT,
                    Map.of(
                        "type",
                        "Object",
                        "value",
                        "\"http://example.org\"",
                        "valueInfo",
                        Map.of(
                            "objectTypeName",
                            "java.net.URL",
                            "serializationDataFormat",
                            "application/json"))));
    assertRefused(
        partner.post("/task/" + consultTask + "/submit-form", url),
        400,
        AgreementProcess.FormFields.COMMENT);
    Map<String, Object> badJson =
        Map.of(
            "variables",
            Map.of(
                AgreementProcess.FormFields.OPINION, Map.of("value", "AGREE"),
                AgreementProcess.FormFields.COMMENT,
                    Map.of("type", "Json", "value", "{\"unterminated\": ")));
    assertRefused(
        partner.post("/task/" + consultTask + "/submit-form", badJson),
        400,
        AgreementProcess.FormFields.COMMENT);
    assertThat(partner.get("/task/" + consultTask + "/variables").status()).isEqualTo(200);
    assertThat(taskService.createTaskQuery().taskId(consultTask).count()).isEqualTo(1);
    assertThat(taskService.getVariables(consultTask))
        .doesNotContainKey(AgreementProcess.FormFields.COMMENT);
  }

  // ------------------------------------------------------------------ 10. password oracle

  @Test
  void onlyAdministratorsVerifyOtherUsersPasswords() throws Exception {
    Map<String, Object> guess = Map.of("username", "quantri", "password", "Sai@MatKhau1");
    assertRefused(basic(OFFICER).post("/identity/verify", guess), 403, null);
    assertThat(
            basic(OFFICER)
                .post("/identity/verify", Map.of("username", OFFICER, "password", password))
                .json()
                .get("authenticated")
                .asBoolean())
        .isTrue();
    assertThat(
            basic("quantri")
                .post("/identity/verify", Map.of("username", OFFICER, "password", password))
                .status())
        .isEqualTo(200);
  }

  // ------------------------------------------------------------------ claims

  @Test
  void aTaskClaimedBySomeoneElseCannotBeClaimedOrCompletedAndNobodyClaimsForOthers()
      throws Exception {
    String colleague = "canbo2.scttni" + UUID.randomUUID().toString().substring(0, 6);
    User user = identityService.newUser(colleague);
    user.setFirstName("Đồng");
    user.setLastName("Nghiệp");
    user.setPassword(password);
    identityService.saveUser(user);
    for (String group : List.of("SCT-TNI", "staff", "SCT-TNI.staff")) {
      identityService.createMembership(colleague, group);
    }
    String task = task(agreementInstance, AgreementProcess.Elements.CONSULT).getId();
    EngineApi partner = basic(PARTNER);
    assertRefused(partner.post("/task/" + task + "/claim", Map.of("userId", colleague)), 403, null);
    assertThat(partner.post("/task/" + task + "/claim", Map.of("userId", PARTNER)).status())
        .isEqualTo(204);
    EngineApi other = basic(colleague);
    assertRefused(other.post("/task/" + task + "/claim", Map.of("userId", colleague)), 409, null);
    assertRefused(other.post("/task/" + task + "/unclaim", Map.of()), 409, null);
    assertRefused(
        other.post(
            "/task/" + task + "/submit-form",
            variables(Map.of(AgreementProcess.FormFields.OPINION, "AGREE"))),
        409,
        null);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee())
        .isEqualTo(PARTNER);
    assertThat(partner.post("/task/" + task + "/unclaim", Map.of()).status()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
  }

  // ------------------------------------------------------------------ helpers

  private void assertRefused(EngineApi.Response response, int status, String field) {
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    JsonNode body = response.json();
    assertThat(body.path("title").asText()).as(response.toString()).isNotBlank();
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("detail").asText())
        .as(response.toString())
        .matches(".*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý].*");
    assertThat(body.path("message").asText()).isEqualTo(body.path("detail").asText());
    if (field != null) {
      assertThat(body.path("field").asText()).isEqualTo(field);
    }
  }

  private EngineApi basic(String userId) {
    return EngineApi.basic(port, userId, password);
  }

  private TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, password);
  }

  private String instanceOf(String businessKey) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey)
        .singleResult()
        .getId();
  }

  private Task task(String instance, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance)
        .taskDefinitionKey(key)
        .singleResult();
  }

  private List<String> links(String taskId) {
    return taskService.getIdentityLinksForTask(taskId).stream()
        .map(l -> l.getType() + ":" + (l.getGroupId() != null ? l.getGroupId() : l.getUserId()))
        .sorted()
        .toList();
  }

  private void submit(String userId, String taskId, Map<String, Object> values) throws Exception {
    EngineApi.Response response =
        basic(userId).post("/task/" + taskId + "/submit-form", variables(values));
    assertThat(response.status()).as(response.toString()).isEqualTo(204);
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    return Map.of("variables", variables);
  }
}
