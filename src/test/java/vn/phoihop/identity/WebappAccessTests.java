package vn.phoihop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
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
    WebappSession session = new WebappSession(port);
    assertThat(session.login("canbo.qltttni", password, "tasklist")).isEqualTo(200);

    HttpResponse<String> filters =
        session.get("/camunda/api/engine/engine/default/filter?resourceType=Task");
    assertThat(filters.statusCode()).isEqualTo(200);
    JsonNode list = new ObjectMapper().readTree(filters.body());
    // The filters' own names (their card variables have names too).
    java.util.List<String> names = new java.util.ArrayList<>();
    list.forEach(filter -> names.add(filter.get("name").asText()));
    assertThat(names)
        .containsExactlyInAnyOrder("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn");
  }

  @Test
  void managerOpensCockpit() throws Exception {
    WebappSession session = new WebappSession(port);
    assertThat(session.login("quanly.qltttni", password, "cockpit")).isEqualTo(200);
    assertThat(
            session
                .get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void staffCannotOpenCockpitOrAdmin() throws Exception {
    assertThat(new WebappSession(port).login("canbo.qltttni", password, "cockpit")).isIn(401, 403);
    assertThat(new WebappSession(port).login("canbo.qltttni", password, "admin")).isIn(401, 403);
  }

  @Test
  void liaisonLogsIntoTasklist() throws Exception {
    assertThat(new WebappSession(port).login("daumoi.catni", password, "tasklist")).isEqualTo(200);
  }

  @Test
  void wrongPasswordIsRefusedByTheWebapp() throws Exception {
    WebappSession session = new WebappSession(port);
    assertThat(session.login("lanhdao.bcd389qg", "wrong-password-1A!", "tasklist")).isIn(401, 403);
  }
}
