package vn.phoihop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * What Tasklist offers each user, asked the way Tasklist asks (its session, its queries): the start
 * list, the task cards' variables, and the page a user gets for a webapp they may not open.
 */
@PhoiHopIntegrationTest
class TasklistShellTests {

  /** Tasklist 7.24's start-list query (camunda-tasklist-bootstrap.js, camProcessStartCtrl). */
  private static final String START_LIST =
      "/camunda/api/engine/engine/default/process-definition?latest=true&active=true"
          + "&startableInTasklist=true&startablePermissionCheck=true&firstResult=0&maxResults=15";

  @LocalServerPort int port;

  @Value("${phoihop.demo.password}")
  String password;

  @Autowired FilterService filterService;
  @Autowired AccessBootstrap access;

  @ParameterizedTest(name = "{0} may start [{1}]")
  @CsvSource({
    "canbo.qltttnid1, case-referral coordination-agreement", // staff of a QLTT team
    "canbo.qlttglad4, case-referral coordination-agreement", // a team of another province
    "canbo.qltttni, coordination-agreement report-campaign", // a Chi cục: no referrals
    "canbo.bcd389tni, coordination-agreement report-campaign", // a steering committee 389
    "canbo.bctctbvntd, coordination-agreement report-campaign", // a Ministry unit
    "canbo.scttni, coordination-agreement", // a Sở Công Thương: no referrals, no campaigns
    "lanhdao.qltttnid1, ''", // leaders start nothing
    "daumoi.catni, ''", // liaisons start nothing
    "quanly.qltttni, ''", // managers start nothing
    "quantri, case-referral coordination-agreement report-campaign" // never the evaluation
  })
  void theStartListShowsWhatTheUserMayStart(String user, String expected) throws Exception {
    WebappSession session = new WebappSession(port);
    assertThat(session.login(user, password, "tasklist")).isEqualTo(200);

    HttpResponse<String> list = session.get(START_LIST);

    assertThat(list.statusCode()).isEqualTo(200);
    List<String> keys = new ArrayList<>();
    new ObjectMapper().readTree(list.body()).forEach(d -> keys.add(d.get("key").asText()));
    assertThat(keys)
        .containsExactlyInAnyOrder(expected.isBlank() ? new String[0] : expected.split(" "));
  }

  @Test
  void everySharedFilterShowsTheCaseOnTheCards() throws Exception {
    WebappSession session = new WebappSession(port);
    assertThat(session.login("canbo.qltttni", password, "tasklist")).isEqualTo(200);

    JsonNode filters =
        new ObjectMapper()
            .readTree(
                session.get("/camunda/api/engine/engine/default/filter?resourceType=Task").body());

    assertThat(filters).hasSize(4);
    for (JsonNode filter : filters) {
      List<String> names = new ArrayList<>();
      filter.at("/properties/variables").forEach(v -> names.add(v.get("name").asText()));
      assertThat(names)
          .as(filter.get("name").asText())
          .containsExactly("agreementCode", "referralCode", "caseTitle");
      assertThat(filter.at("/properties/variables/0/label").asText()).isEqualTo("Mã");
    }
  }

  @Test
  void aFilterOfAnEarlierVersionGetsTheCardVariablesAtTheNextStart() {
    Filter mine = filterService.createFilterQuery().filterName("Việc của tôi").singleResult();
    Map<String, Object> old = new java.util.LinkedHashMap<>(mine.getProperties());
    old.remove("variables");
    filterService.saveFilter(mine.setProperties(old));

    access.run();
    access.run();

    Filter updated = filterService.getFilter(mine.getId());
    assertThat(updated.getProperties().get("variables")).isEqualTo(AccessBootstrap.CARD_VARIABLES);
    assertThat(filterService.createFilterQuery().filterName("Việc của tôi").count()).isOne();
  }

  @Test
  void staffOpeningCockpitInABrowserGetAVietnamesePage() throws Exception {
    WebappSession session = new WebappSession(port);
    assertThat(session.login("canbo.qltttni", password, "tasklist")).isEqualTo(200);

    HttpResponse<String> page = session.get("/camunda/app/cockpit/default/", "text/html,*/*");

    assertThat(page.statusCode()).isEqualTo(403);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body())
        .contains("<html lang=\"vi\">", "Bạn không có quyền mở trang này", "app/tasklist/")
        .doesNotContain("Whitelabel", "Forbidden");
    // An API client of the same path still gets the problem.
    HttpResponse<String> problem = session.get("/camunda/app/cockpit/default/");
    assertThat(problem.statusCode()).isEqualTo(403);
    assertThat(problem.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
  }

  @Test
  void theWebappsApiKeepsAnsweringProblemsToBrowsers() throws Exception {
    WebappSession session = new WebappSession(port);
    assertThat(session.login("canbo.qltttni", password, "tasklist")).isEqualTo(200);

    HttpResponse<String> refused =
        session.get("/camunda/api/engine/engine/default/task/no-such-task", "text/html,*/*");

    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.headers().firstValue("Content-Type").orElse("")).doesNotContain("html");
  }
}
