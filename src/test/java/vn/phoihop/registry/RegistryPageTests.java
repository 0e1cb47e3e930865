package vn.phoihop.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyType;
import vn.phoihop.identity.WebappSession;
import vn.phoihop.shared.Clocks;

/**
 * The Admin webapp's "Danh mục đơn vị" page over the webapp session, as the browser calls it: an
 * administrator searches and adds an agency; anyone else signed in to the webapps is refused, and a
 * change without the session's XSRF token is refused by Camunda's CSRF filter.
 */
@PhoiHopIntegrationTest
class RegistryPageTests {

  private static final String BASE = "/camunda/api/admin/plugin/registry/default";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired ObjectMapper json;
  @Autowired AgencyRegistry registry;

  @Value("${phoihop.demo.password}")
  String password;

  private WebappSession signedIn(String user, String app) throws Exception {
    WebappSession session = new WebappSession(port);
    assertThat(session.login(user, password, app)).as("login of %s", user).isEqualTo(200);
    return session;
  }

  private static String newAgency(String code) {
    return """
        {"code": "%s", "name": "Đội Quản lý thị trường số 7 (Chi cục QLTT thành phố Huế)",
         "shortName": "Đội QLTT số 7 (Huế)", "type": "QLTT_TEAM", "provinceCode": "HUE",
         "parentCode": "QLTT-HUE", "validFrom": "2026-02-01", "borderArea": false,
         "reason": "Quyết định số 3/QĐ-SCT thành lập đội."}
        """
        .formatted(code);
  }

  @Test
  void anAdministratorSearchesAndAddsAnAgencyOnThePage() throws Exception {
    WebappSession admin = signedIn("quantri", "admin");

    HttpResponse<String> options = admin.get(BASE + "/options");
    assertThat(options.statusCode()).isEqualTo(200);
    JsonNode page = json.readTree(options.body());
    assertThat(page.at("/labels/title").asText()).isEqualTo("Danh mục đơn vị");
    assertThat(page.get("provinces")).hasSize(34);

    HttpResponse<String> found = admin.get(BASE + "/agencies?q=tien%20giang");
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(json.readTree(found.body()).findValuesAsText("code"))
        .contains("QLTT-DTP", "CQLTT-TGG");

    String code =
        "QLTT-HUE-W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    HttpResponse<String> created = admin.post("admin", BASE + "/agencies", newAgency(code), true);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(identityService.createGroupQuery().groupId(code + ".staff").count()).isOne();
    JsonNode audit = json.readTree(admin.get(BASE + "/agencies/" + code + "/changes").body());
    assertThat(audit.findValuesAsText("changedBy")).containsExactly("quantri");

    // A refusal names the field, in Vietnamese, and adds nothing.
    HttpResponse<String> refused =
        admin.post(
            "admin", BASE + "/agencies", newAgency(code + "-X").replace("QLTT_TEAM", "TEAM"), true);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json.readTree(refused.body()).get("field").asText()).isEqualTo("type");
    assertThat(identityService.createGroupQuery().groupId(code + "-X").count()).isZero();

    // A customs branch's province, from the branch's details: refused for a former province.
    HttpResponse<String> former =
        admin.post(
            "admin",
            BASE + "/provinces/BTN/customs-branch",
            "{\"branchCode\": \"HQ-KV15\", \"reason\": \"Thử.\"}",
            true);
    assertThat(former.statusCode()).isEqualTo(400);
    assertThat(json.readTree(former.body()).get("field").asText()).isEqualTo("provinceCode");
  }

  @Test
  void aSignedInOfficerOrManagerCannotUseThePageAndNoTokenMeansNoChange() throws Exception {
    String code =
        "QLTT-HUE-W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    for (String user : new String[] {"canbo.qltttni", "quanly.qltttni"}) {
      WebappSession officer = signedIn(user, user.startsWith("quanly") ? "cockpit" : "tasklist");
      HttpResponse<String> read = officer.get(BASE + "/agencies?q=tay%20ninh");
      assertThat(read.statusCode()).as(user).isEqualTo(403);
      assertThat(json.readTree(read.body()).get("detail").asText())
          .isEqualTo("Chỉ quản trị hệ thống mới được thay đổi danh mục đơn vị.");
      HttpResponse<String> change =
          officer.post("tasklist", BASE + "/agencies", newAgency(code), true);
      assertThat(change.statusCode()).as(user).isEqualTo(403);
      HttpResponse<String> coverage =
          officer.post("tasklist", BASE + "/provinces/LDG/customs-branch", TO_XIV, true);
      assertThat(coverage.statusCode()).as(user).isEqualTo(403);
    }
    // The administrator's own session, without the XSRF token: Camunda's CSRF filter refuses it.
    WebappSession admin = signedIn("quantri", "admin");
    HttpResponse<String> forged = admin.post("admin", BASE + "/agencies", newAgency(code), false);
    assertThat(forged.statusCode()).isEqualTo(403);
    // (a fresh session: after a refused token Camunda no longer counts the first one as signed in)
    HttpResponse<String> forgedCoverage =
        signedIn("quantri", "admin")
            .post("admin", BASE + "/provinces/LDG/customs-branch", TO_XIV, false);
    assertThat(forgedCoverage.statusCode()).isEqualTo(403);
    // Not signed in at all.
    HttpResponse<String> anonymous = new WebappSession(port).get(BASE + "/options");
    assertThat(anonymous.statusCode()).isIn(401, 403);
    assertThat(identityService.createGroupQuery().groupId(code).count()).isZero();
    // Lâm Đồng's customs cases still go to the branch the data gives it.
    assertThat(
            registry
                .servingBody(AgencyType.CUSTOMS_BRANCH, "LDG", Clocks.today())
                .map(a -> a.code()))
        .contains("HQ-KV15");
  }

  private static final String TO_XIV =
      "{\"branchCode\": \"HQ-KV14\", \"reason\": \"Giả mạo quyền quản trị.\"}";
}
