package vn.phoihop.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * A real server error is answered as a 500 problem and logged exactly once, at ERROR, with the
 * request's method and path and the exception's stack trace — by whichever layer sees it.
 */
class ServerErrorLoggingTests {

  static final ObjectMapper JSON = new ObjectMapper();

  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

  @BeforeEach
  void capture() {
    logged.start();
    root().addAppender(logged);
  }

  @AfterEach
  void release() {
    root().detachAppender(logged);
  }

  @Test
  void anExceptionEscapingTheFilterChainIsLoggedOnceWithThePath() throws Exception {
    RequestGuard guard = new RequestGuard(new StrictHttpFirewall(), JSON);
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/agencies");
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain failing =
        (req, res) -> {
          throw new IllegalStateException("database gone");
        };

    guard.doFilter(request, response, failing);

    assertProblem(response, 500);
    assertLoggedOnce("GET /api/v1/agencies", IllegalStateException.class);
  }

  @Test
  void anEngineFiveHundredIsLoggedOnceWithThePathAndTheEngineException() throws Exception {
    EngineErrorBodies filter = new EngineErrorBodies(JSON);
    MockHttpServletRequest request =
        new MockHttpServletRequest("POST", "/engine-rest/process-instance/x/modification");
    request.setAttribute(
        EngineFailureRecorder.ATTRIBUTE, new ProcessEngineException("ENGINE-00000 it broke"));
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(request, response, camunda(500, "RestException", "ENGINE-00000 it broke"));

    JsonNode problem = assertProblem(response, 500);
    assertThat(problem.path("type").asText()).isEqualTo("RestException");
    assertThat(problem.path("message").asText()).isEqualTo(problem.path("detail").asText());
    assertThat(problem.path("cause").asText()).isEqualTo("ENGINE-00000 it broke");
    assertThat(problem.path("code").asInt()).isZero();
    assertLoggedOnce(
        "POST /engine-rest/process-instance/x/modification", ProcessEngineException.class);
  }

  @Test
  void anEngineRefusalIsRewrittenWithoutAnyLogAboveDebug() throws Exception {
    EngineErrorBodies filter = new EngineErrorBodies(JSON);
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task/x");
    MockHttpServletResponse response = new MockHttpServletResponse();

    filter.doFilter(
        request, response, camunda(404, "InvalidRequestException", "No matching task with id x"));

    JsonNode problem = assertProblem(response, 404);
    assertThat(problem.path("cause").asText()).isEqualTo("No matching task with id x");
    assertThat(logged.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.INFO));
  }

  @Test
  void successesAndProblemsPassThroughUntouched() throws Exception {
    EngineErrorBodies filter = new EngineErrorBodies(JSON);
    MockHttpServletResponse ok = new MockHttpServletResponse();
    filter.doFilter(
        new MockHttpServletRequest("GET", "/engine-rest/task"),
        ok,
        (req, res) -> {
          HttpServletResponse http = (HttpServletResponse) res;
          http.setContentType("application/json");
          http.setContentLength(2);
          http.getOutputStream().write("[]".getBytes(StandardCharsets.UTF_8));
        });
    assertThat(ok.getStatus()).isEqualTo(200);
    assertThat(ok.getContentAsString()).isEqualTo("[]");
    assertThat(ok.getContentLength()).isEqualTo(2);

    MockHttpServletResponse refused = new MockHttpServletResponse();
    String boundaryProblem = "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Không được.\"}";
    filter.doFilter(
        new MockHttpServletRequest("POST", "/engine-rest/job/x/execute"),
        refused,
        (req, res) -> {
          HttpServletResponse http = (HttpServletResponse) res;
          http.setStatus(403);
          http.setContentType("application/problem+json");
          http.getOutputStream().write(boundaryProblem.getBytes(StandardCharsets.UTF_8));
        });
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(boundaryProblem);
  }

  // ------------------------------------------------------------------------------ helpers

  /** Camunda's REST layer answering an error with its own body. */
  private static FilterChain camunda(int status, String type, String message) {
    return (req, res) -> {
      HttpServletResponse http = (HttpServletResponse) res;
      byte[] body =
          JSON.writeValueAsBytes(java.util.Map.of("type", type, "message", message, "code", 0));
      http.setStatus(status);
      http.setContentType("application/json");
      http.setContentLength(body.length);
      http.getOutputStream().write(body);
    };
  }

  private static JsonNode assertProblem(MockHttpServletResponse response, int status)
      throws Exception {
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("detail").asText()).matches(ErrorModelTests.VIETNAMESE);
    return problem;
  }

  private void assertLoggedOnce(String methodAndPath, Class<? extends Throwable> exception) {
    List<ILoggingEvent> errors =
        logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).toList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getFormattedMessage()).contains(methodAndPath);
    assertThat(errors.get(0).getThrowableProxy()).isNotNull();
    assertThat(errors.get(0).getThrowableProxy().getClassName()).isEqualTo(exception.getName());
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
