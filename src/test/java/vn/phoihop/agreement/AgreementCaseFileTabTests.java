package vn.phoihop.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.casefile.TasklistSession;

/**
 * The case file tab of an agreement task over real HTTP with a Tasklist session: the partner reads
 * the draft's text and versions, the lead sees the partner's comment; another province's user gets
 * nothing.
 */
@PhoiHopIntegrationTest
class AgreementCaseFileTabTests {

  @LocalServerPort int port;

  @Value("${phoihop.demo.password}")
  String password;

  @Autowired AgreementOpening opening;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired ObjectMapper json;

  @Test
  void partiesReadTheTextVersionsAndCommentsOthersGetNothing() throws Exception {
    Agreement agreement =
        opening.create(
            AgreementProcessTests.regulationWithTerm(
                "CO_SIGNED", "QUARTERLY", "2027-03-01", "2029-12-31", "SCT-TNI"),
            AgreementProcessTests.CANBO_QLTTTNI);
    ProcessInstance pi =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(agreement.getCode())
            .singleResult();
    submit(
        pi,
        Elements.DRAFT,
        "canbo.qltttni",
        "QLTT-TNI",
        "staff",
        Map.of(
            FormFields.CONTENT,
            "Điều 1. Phạm vi\nĐiều 2. Trách nhiệm",
            FormFields.VERSION_NOTE,
            "Dự thảo"));
    submit(
        pi,
        Elements.REVIEW,
        "lanhdao.qltttni",
        "QLTT-TNI",
        "leader",
        Map.of(Vars.REVIEW_DECISION, Vars.CONSULT));

    Task consult = task(pi, Elements.CONSULT);
    TasklistSession partner = TasklistSession.signedIn(port, "canbo.scttni", password);
    JsonNode view = read(partner.get(TasklistSession.caseFile(consult.getId())), 200);
    assertThat(view.get("kind").asText()).isEqualTo("AGREEMENT");
    assertThat(view.toString())
        .contains("Điều 1. Phạm vi", "Sở Công Thương tỉnh Tây Ninh", "01/03/2027", "31/12/2029");

    submit(
        pi,
        Elements.CONSULT,
        "canbo.scttni",
        "SCT-TNI",
        "staff",
        Map.of(FormFields.OPINION, "COMMENTS", FormFields.COMMENT, "Bổ sung lĩnh vực LPG."));
    // The join after the consultations is asynchronous; the job executor is off in tests.
    managementService.createJobQuery().processInstanceId(pi.getId()).executable().list().stream()
        .filter(job -> job.getDuedate() == null)
        .forEach(job -> managementService.executeJob(job.getId()));
    java.util.List<Task> open =
        taskService.createTaskQuery().processInstanceBusinessKey(agreement.getCode()).list();
    assertThat(open)
        .as("open tasks; instance at %s", runtimeService.getActiveActivityIds(pi.getId()))
        .isNotEmpty();
    Task next = open.get(0);
    TasklistSession lead = TasklistSession.signedIn(port, "canbo.qltttni", password);
    JsonNode withComment = read(lead.get(TasklistSession.caseFile(next.getId())), 200);
    assertThat(withComment.toString()).contains("Bổ sung lĩnh vực LPG.", "canbo.scttni");

    TasklistSession stranger = TasklistSession.signedIn(port, "canbo.qlttgla", password);
    HttpResponse<String> refused = stranger.get(TasklistSession.caseFile(consult.getId()));
    assertThat(refused.statusCode()).isIn(403, 404);
    assertThat(refused.body()).doesNotContain("Điều 1", agreement.getCode());
  }

  private Task task(ProcessInstance pi, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(pi.getId())
        .taskDefinitionKey(key)
        .singleResult();
  }

  private void submit(
      ProcessInstance pi,
      String key,
      String userId,
      String agency,
      String role,
      Map<String, Object> values) {
    Task task = task(pi, key);
    identityService.setAuthentication(userId, java.util.List.of(agency, role, agency + "." + role));
    try {
      taskService.claim(task.getId(), userId);
      formService.submitTaskForm(task.getId(), new HashMap<>(values));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private JsonNode read(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return json.readTree(response.body());
  }
}
