package vn.phoihop.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.referral.ReferralTestSupport.OFFICER;
import static vn.phoihop.referral.ReferralTestSupport.PDF;
import static vn.phoihop.referral.ReferralTestSupport.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.casefile.TasklistSession;

/**
 * The case file tab of a referral task over real HTTP, as Tasklist's browser sends it: webapp
 * session and CSRF token. Evidence upload, list, download and removal; the attacks that would break
 * them (no token, another province, no login); the plugin's frontend served.
 */
@PhoiHopIntegrationTest
class ReferralCaseFileTabTests {

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Value("${phoihop.demo.password}")
  String password;

  @Autowired ReferralOpening opening;
  @Autowired ReferralDocuments documents;
  @Autowired RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.TaskService taskService;
  @Autowired org.camunda.bpm.engine.FormService formService;
  @Autowired org.camunda.bpm.engine.ManagementService managementService;
  @Autowired org.camunda.bpm.engine.IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseReferralRepository referrals;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactionManager;
  @Autowired ObjectMapper json;

  ReferralTestSupport support;

  @BeforeEach
  void support() {
    support =
        new ReferralTestSupport(
            opening,
            documents,
            runtimeService,
            taskService,
            formService,
            managementService,
            identityService,
            jdbc,
            referrals,
            transactionManager);
  }

  @Test
  void theOfficerUploadsListsDownloadsAndRemovesEvidenceBeforeTransfer() throws Exception {
    ProcessInstance instance =
        support.open(dossier("SMUGGLED_GOODS", false, false, "CONSIDERING_PENALTY"));
    Task prepare = support.task(instance, ReferralProcess.Elements.PREPARE_DOSSIER);
    TasklistSession officer = TasklistSession.signedIn(port, OFFICER.userId(), password);
    String path = TasklistSession.caseFile(prepare.getId());

    JsonNode view = read(officer.get(path), 200);
    assertThat(view.get("kind").asText()).isEqualTo("REFERRAL");
    assertThat(view.get("code").asText()).isEqualTo(instance.getBusinessKey());
    assertThat(view.toString())
        .contains("1.250.000.000 đồng", "05/01/2026", "Nguyễn Văn Bình", "bien-ban-kiem-tra.pdf");
    assertThat(view.at("/documents/uploadPath").asText()).isEqualTo(path + "/documents");
    assertThat(view.at("/documents/items")).hasSize(1);

    byte[] photo = pngBytes();
    HttpResponse<String> uploaded =
        officer.upload(path + "/documents", "ảnh hiện trường.png", "image/png", photo, true);
    JsonNode document = read(uploaded, 201);
    assertThat(document.get("fileName").asText()).isEqualTo("ảnh hiện trường.png");
    assertThat(runtimeService.getVariable(instance.getId(), "documentCount")).isEqualTo(2);

    JsonNode listed = read(officer.get(path), 200);
    assertThat(listed.at("/documents/items")).hasSize(2);
    String download = listed.at("/documents/items/1/downloadPath").asText();
    HttpResponse<byte[]> bytes = officer.getBytes(download);
    assertThat(bytes.statusCode()).isEqualTo(200);
    assertThat(bytes.body()).isEqualTo(photo);
    assertThat(bytes.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");

    String remove = listed.at("/documents/items/1/removePath").asText();
    assertThat(officer.delete(remove, false).statusCode()).as("no CSRF token").isEqualTo(403);
    assertThat(support.referral(instance).getDocuments()).hasSize(2);
    // Camunda's CSRF filter ends the session of a request it refuses: sign in again.
    officer = TasklistSession.signedIn(port, OFFICER.userId(), password);
    assertThat(officer.delete(remove, true).statusCode()).isEqualTo(204);
    JsonNode after = read(officer.get(path), 200);
    assertThat(after.at("/documents/items")).hasSize(1);
    assertThat(after.toString())
        .contains("Gỡ tài liệu", "Đã gỡ Tài liệu, chứng cứ: ảnh hiện trường.png");
    assertThat(runtimeService.getVariable(instance.getId(), "documentCount")).isEqualTo(1);
    assertThat(officer.getBytes(download).statusCode()).isEqualTo(404);
  }

  @Test
  void anUploadWithoutTheCsrfTokenIsRefusedAndStoresNothing() throws Exception {
    ProcessInstance instance =
        support.open(dossier("SMUGGLED_GOODS", false, false, "CONSIDERING_PENALTY"));
    Task prepare = support.task(instance, ReferralProcess.Elements.PREPARE_DOSSIER);
    TasklistSession officer = TasklistSession.signedIn(port, OFFICER.userId(), password);
    String path = TasklistSession.caseFile(prepare.getId());

    HttpResponse<String> refused =
        officer.upload(path + "/documents", "x.pdf", "application/pdf", PDF, false);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(support.referral(instance).getDocuments()).hasSize(1);
  }

  @Test
  void aRefusedFileIsAProblemInVietnameseNamingTheFile() throws Exception {
    ProcessInstance instance =
        support.open(dossier("SMUGGLED_GOODS", false, false, "CONSIDERING_PENALTY"));
    Task prepare = support.task(instance, ReferralProcess.Elements.PREPARE_DOSSIER);
    TasklistSession officer = TasklistSession.signedIn(port, OFFICER.userId(), password);
    String path = TasklistSession.caseFile(prepare.getId()) + "/documents";

    HttpResponse<String> refused =
        officer.upload(path, "hoadon.pdf", "application/pdf", "MZ not a pdf".getBytes(), true);
    JsonNode problem = read(refused, 400);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(problem.get("field").asText()).isEqualTo("file");
    assertThat(problem.get("detail").asText()).contains("Nội dung tệp không đúng");
    assertThat(problem.get("message").asText()).isEqualTo(problem.get("detail").asText());
    JsonNode empty =
        read(officer.upload(path, "rong.pdf", "application/pdf", new byte[0], true), 400);
    assertThat(empty.get("detail").asText()).contains("rỗng");
    assertThat(support.referral(instance).getDocuments()).hasSize(1);
  }

  @Test
  void afterTheTransferEvidenceCannotBeRemovedAndNothingChanges() throws Exception {
    ProcessInstance instance =
        support.transferred(dossier("SMUGGLED_GOODS", false, false, "CONSIDERING_PENALTY"));
    Task acknowledge = support.task(instance, ReferralProcess.Elements.ACKNOWLEDGE_RECEIPT);
    TasklistSession police =
        TasklistSession.signedIn(port, ReferralTestSupport.POLICE.userId(), password);
    String path = TasklistSession.caseFile(acknowledge.getId());

    JsonNode view = read(police.get(path), 200);
    JsonNode items = view.at("/documents/items");
    // the evidence, the handover record and the transfer letter (each as DOCX and PDF)
    assertThat(items.size()).as("evidence, handover record, transfer letter").isEqualTo(5);
    assertThat(view.toString())
        .contains("Biên bản bàn giao hồ sơ", "Công văn chuyển hồ sơ", "Công an tỉnh Tây Ninh");
    for (JsonNode item : items) {
      assertThat(item.get("removePath").isNull()).isTrue();
      assertThat(police.getBytes(item.get("downloadPath").asText()).statusCode()).isEqualTo(200);
    }
    long evidence = items.get(0).get("id").asLong();
    HttpResponse<String> refused = police.delete(path + "/documents/" + evidence, true);
    JsonNode problem = read(refused, 409);
    assertThat(problem.get("detail").asText()).contains("đã chuyển", "không thể gỡ");
    CaseReferral referral = support.referral(instance);
    assertThat(referral.getDocuments()).hasSize(5);
    assertThat(referral.getEvents())
        .noneMatch(e -> e.getAction() == ReferralEnums.Action.DOCUMENT_REMOVED);
  }

  @Test
  void anotherProvincesOfficerGetsNotFoundAndNoData() throws Exception {
    ProcessInstance instance =
        support.open(dossier("SMUGGLED_GOODS", false, false, "CONSIDERING_PENALTY"));
    Task prepare = support.task(instance, ReferralProcess.Elements.PREPARE_DOSSIER);
    TasklistSession stranger = TasklistSession.signedIn(port, "canbo.qlttglad4", password);
    String path = TasklistSession.caseFile(prepare.getId());

    HttpResponse<String> answer = stranger.get(path);
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.body()).doesNotContain(instance.getBusinessKey(), "Nguyễn Văn Bình");
    HttpResponse<String> upload =
        stranger.upload(path + "/documents", "x.pdf", "application/pdf", PDF, true);
    assertThat(upload.statusCode()).isEqualTo(404);
    assertThat(support.referral(instance).getDocuments()).hasSize(1);
  }

  @Test
  void anAnonymousCallIsRefused() throws Exception {
    ProcessInstance instance =
        support.open(dossier("SMUGGLED_GOODS", false, false, "CONSIDERING_PENALTY"));
    Task prepare = support.task(instance, ReferralProcess.Elements.PREPARE_DOSSIER);
    TasklistSession anonymous = new TasklistSession(port);
    anonymous.get("/camunda/app/tasklist/default/");

    HttpResponse<String> answer = anonymous.get(TasklistSession.caseFile(prepare.getId()));
    assertThat(answer.statusCode()).isIn(401, 403);
    assertThat(answer.body()).doesNotContain(instance.getBusinessKey());
  }

  @Test
  void theDossierStepPointsToTheCaseFileTab() throws Exception {
    assertThat(vn.phoihop.shared.Texts.text("referral.state.noEvidence", "CHS-2026-0001"))
        .contains("«Hồ sơ»")
        .doesNotContain("POST /api/v1");
    String form =
        new String(
            getClass().getResourceAsStream("/forms/referral-prepare-dossier.form").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(form).contains("documentCount").doesNotContain("/api/v1/referrals");
  }

  @Test
  void thePluginIsRegisteredAndItsFrontendServed() throws Exception {
    TasklistSession officer = TasklistSession.signedIn(port, OFFICER.userId(), password);
    HttpResponse<String> index = officer.get("/camunda/app/tasklist/default/");
    assertThat(index.body())
        .contains("tasklist-plugin-casefile", "/api/tasklist/plugin/casefile/static/app");
    HttpResponse<String> script =
        new TasklistSession(port).get("/camunda/api/tasklist/plugin/casefile/static/app/plugin.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body())
        .contains(
            "export default", "tasklist.task.detail", "Hồ sơ", "phoihop-upload", "X-XSRF-TOKEN");
  }

  private JsonNode read(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return json.readTree(response.body());
  }

  private static byte[] pngBytes() {
    byte[] png = new byte[64];
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    System.arraycopy(signature, 0, png, 0, signature.length);
    for (int i = signature.length; i < png.length; i++) {
      png[i] = (byte) i;
    }
    return png;
  }
}
