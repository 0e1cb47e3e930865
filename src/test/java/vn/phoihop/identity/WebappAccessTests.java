package vn.phoihop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.PhoiHopIntegrationTest;

/** Through the webapps' own login endpoint, with their session cookie and CSRF token. */
@PhoiHopIntegrationTest
class WebappAccessTests {

  @LocalServerPort int port;

  @Value("${phoihop.demo.password}")
  String password;

  @Test
  void staffLogsIntoTasklistAndSeesTheFourFilters() throws Exception {
    WebappSession session = new WebappSession();
    assertThat(session.login("canbo.qltttni", "tasklist")).isEqualTo(200);

    HttpResponse<String> filters =
        session.get("/camunda/api/engine/engine/default/filter?resourceType=Task");
    assertThat(filters.statusCode()).isEqualTo(200);
    JsonNode list = new ObjectMapper().readTree(filters.body());
    assertThat(list.findValuesAsText("name"))
        .containsExactlyInAnyOrder("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn");
  }

  @Test
  void managerOpensCockpit() throws Exception {
    WebappSession session = new WebappSession();
    assertThat(session.login("quanly.qltttni", "cockpit")).isEqualTo(200);
    assertThat(
            session
                .get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void staffCannotOpenCockpitOrAdmin() throws Exception {
    assertThat(new WebappSession().login("canbo.qltttni", "cockpit")).isIn(401, 403);
    assertThat(new WebappSession().login("canbo.qltttni", "admin")).isIn(401, 403);
  }

  @Test
  void liaisonLogsIntoTasklist() throws Exception {
    assertThat(new WebappSession().login("daumoi.catni", "tasklist")).isEqualTo(200);
  }

  @Test
  void wrongPasswordIsRefusedByTheWebapp() throws Exception {
    WebappSession session = new WebappSession();
    assertThat(session.loginWith("lanhdao.bcd389qg", "wrong-password-1A!", "tasklist"))
        .isIn(401, 403);
  }

  /** A browser-like client: cookie jar, and the XSRF token the webapps hand out. */
  private final class WebappSession {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    int login(String userId, String app) throws Exception {
      return loginWith(userId, password, app);
    }

    int loginWith(String userId, String secret, String app) throws Exception {
      HttpResponse<String> page = get("/camunda/app/" + app + "/default/");
      String csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
      String form =
          "username="
              + URLEncoder.encode(userId, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(secret, StandardCharsets.UTF_8);
      HttpRequest login =
          HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("X-XSRF-TOKEN", csrf)
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build();
      return client.send(login, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    HttpResponse<String> get(String path) throws Exception {
      return client.send(
          HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }
  }
}
