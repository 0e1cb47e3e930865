package vn.phoihop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.identity.LoopbackHttp.FIRST;
import static vn.phoihop.identity.LoopbackHttp.SECOND;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.identity.LoopbackHttp.Response;

/**
 * Both login paths (HTTP Basic, the webapps' login form) through the running server, from two
 * client addresses: failures from 127.0.0.1 refuse 127.0.0.1 only.
 */
@PhoiHopIntegrationTest
class LoginThrottleIntegrationTests {

  private static final String API = "/api/v1/agencies";

  @LocalServerPort int port;

  @Value("${phoihop.demo.password}")
  String password;

  @Autowired LoginThrottle throttle;
  @Autowired IdentityService identityService;

  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  @AfterEach
  void forget() {
    // Every test of the shared context connects from 127.0.0.1: leave nothing refused behind.
    throttle.clear();
    identityService.unlockUser("quantri");
  }

  @Test
  void wrongBasicPasswordsFromOneAddressRefuseThatAddressOnly() throws Exception {
    LoopbackHttp first = new LoopbackHttp(FIRST, port);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      statuses.add(first.basic(API, "quantri", "Wrong@Password" + i).status());
    }
    assertThat(statuses.subList(0, 5)).containsOnly(401);
    assertThat(statuses.subList(5, 30)).containsOnly(429);
    // Refused attempts never reached the password check (the engine counts every check it makes).
    assertThat(engineFailures()).isEqualTo(5);

    Response refused = first.basic(API, "quantri", password);
    assertTooManyRequests(refused, 30);
    assertThat(engineFailures()).isEqualTo(5);

    LoopbackHttp second = new LoopbackHttp(SECOND, port);
    assertThat(second.basic(API, "quantri", password).status()).isEqualTo(200);
    assertThat(second.new WebappSession().login("quantri", password, "admin").status())
        .isEqualTo(200);

    // The success elsewhere does not free the first address, on either path.
    assertThat(first.basic(API, "quantri", password).status()).isEqualTo(429);
    assertTooManyRequests(first.new WebappSession().login("quantri", password, "admin"), 30);
  }

  @Test
  void wrongWebappPasswordsFromOneAddressRefuseThatAddressOnly() throws Exception {
    LoopbackHttp first = new LoopbackHttp(FIRST, port);
    LoopbackHttp.WebappSession session = first.new WebappSession();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      statuses.add(session.login("quantri", "Wrong@Password" + i, "admin").status());
    }
    assertThat(statuses.subList(0, 5)).containsOnly(401);
    assertThat(statuses.subList(5, 30)).containsOnly(429);
    assertThat(engineFailures()).isEqualTo(5);

    assertTooManyRequests(session.login("quantri", password, "admin"), 30);
    assertThat(first.basic(API, "quantri", password).status()).isEqualTo(429);
    assertThat(engineFailures()).isEqualTo(5);

    LoopbackHttp second = new LoopbackHttp(SECOND, port);
    assertThat(second.new WebappSession().login("quantri", password, "admin").status())
        .isEqualTo(200);
    assertThat(second.basic(API, "quantri", password).status()).isEqualTo(200);
  }

  @Test
  void anAddressTryingManyAccountsIsRefusedForEveryAccount() throws Exception {
    LoopbackHttp first = new LoopbackHttp(FIRST, port);
    LoopbackHttp.WebappSession session = first.new WebappSession();
    // Both paths feed one count: ten failures each, for twenty accounts (no pair reaches five).
    for (int i = 0; i < 10; i++) {
      assertThat(first.basic(API, "nobody" + i, "Wrong@Password").status()).isEqualTo(401);
      assertThat(session.login("noone" + i, "Wrong@Password", "tasklist").status()).isEqualTo(401);
    }
    Response refused = first.basic(API, "canbo.qltttni", password);
    assertTooManyRequests(refused, 15 * 60);
    // The address's block (15 minutes), not a pair's wait: canbo.qltttni had no failures.
    assertThat(Long.parseLong(refused.header("Retry-After"))).isGreaterThan(14 * 60);
    assertThat(session.login("canbo.qltttni", password, "tasklist").status()).isEqualTo(429);

    LoopbackHttp second = new LoopbackHttp(SECOND, port);
    assertThat(second.basic(API, "canbo.qltttni", password).status()).isEqualTo(200);
    assertThat(second.new WebappSession().login("canbo.qltttni", password, "tasklist").status())
        .isEqualTo(200);
  }

  @Test
  void aSuccessfulLoginResetsItsOwnAddressAndAccount() throws Exception {
    LoopbackHttp first = new LoopbackHttp(FIRST, port);
    for (int i = 0; i < 4; i++) {
      assertThat(first.basic(API, "quantri", "Wrong@Password" + i).status()).isEqualTo(401);
    }
    assertThat(first.basic(API, "quantri", password).status()).isEqualTo(200);
    for (int i = 0; i < 4; i++) {
      assertThat(first.basic(API, "quantri", "Wrong@Password" + i).status()).isEqualTo(401);
    }
    assertThat(first.basic(API, "quantri", password).status()).isEqualTo(200);
  }

  @Test
  void theUnthrottledPasswordCheckEndpointIsRefused() throws Exception {
    String body = "{\"username\":\"quantri\",\"password\":\"" + password + "\"}";
    LoopbackHttp second = new LoopbackHttp(SECOND, port);
    Response rest =
        second.send(
            "POST",
            "/engine-rest/identity/verify",
            java.util.Map.of(
                "Authorization",
                "Basic "
                    + java.util.Base64.getEncoder()
                        .encodeToString(("canbo.qltttni:" + password).getBytes()),
                "Content-Type",
                "application/json"),
            body);
    assertThat(rest.status()).isEqualTo(403);
    assertThat(json.readTree(rest.body()).path("detail").asText()).contains("mật khẩu");

    LoopbackHttp.WebappSession session = second.new WebappSession();
    assertThat(session.login("canbo.qltttni", password, "tasklist").status()).isEqualTo(200);
    Response webapp = session.post("/camunda/api/engine/engine/default/identity/verify", body);
    assertThat(webapp.status()).isEqualTo(403);
    // The encoded path never reaches the engine: the webapps do not decode it into the engine API.
    Response encoded = session.post("/camunda/api/engine/engine/default/identity/%76erify", body);
    assertThat(encoded.status()).isIn(401, 403, 404);
  }

  private void assertTooManyRequests(Response response, long maxSeconds) throws Exception {
    assertThat(response.status()).isEqualTo(429);
    long retryAfter = Long.parseLong(response.header("Retry-After"));
    assertThat(retryAfter).isBetween(1L, maxSeconds);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.path("type").asText()).isEqualTo("about:blank");
    assertThat(problem.path("title").asText()).isEqualTo("Too Many Requests");
    assertThat(problem.path("status").asInt()).isEqualTo(429);
    assertThat(problem.path("detail").asText())
        .isEqualTo(
            "Đăng nhập sai quá nhiều lần. Vui lòng chờ " + retryAfter + " giây rồi thử lại.");
    assertThat(problem.path("message").asText()).isEqualTo(problem.path("detail").asText());
  }

  private int engineFailures() {
    return ((UserEntity) identityService.createUserQuery().userId("quantri").singleResult())
        .getAttempts();
  }
}
