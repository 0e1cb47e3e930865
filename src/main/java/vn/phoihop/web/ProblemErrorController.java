package vn.phoihop.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error page ({@code /error}, registered by Spring Boot for every status), in place
 * of Spring Boot's {@code BasicErrorController}: whatever called {@code sendError} — Jersey for an
 * empty error answer of {@code /engine-rest}, the webapps' CSRF filter on {@code /camunda/api}, a
 * servlet of any path — the client gets a problem of PhoiHop's error model, never Spring Boot's
 * {@code {timestamp, error, path}} body. A 5xx is logged here once (no exception reaches this page:
 * {@link RequestGuard} answers those itself).
 *
 * <p>Errors the container raises before any servlet is chosen (an encoded slash, a header over the
 * limit) never reach this page: the error page belongs to the web application, and those requests
 * have none yet. {@link ProblemErrorReportValve} answers them.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

  private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

  private final ObjectMapper objectMapper;

  ProblemErrorController(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @RequestMapping
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    int status =
        request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && code >= 400
            ? code
            : 500;
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (status >= 500) {
      log.error(
          "{} answering {} {}: {}",
          status,
          request.getMethod(),
          path,
          request.getAttribute(RequestDispatcher.ERROR_MESSAGE));
    }
    Map<String, Object> body =
        Problems.body(status, Problems.title(status), Problems.detail(status), null);
    if (path != null) {
      body.put("instance", String.valueOf(path));
      Problems.forPath(body, String.valueOf(path));
    }
    response.resetBuffer();
    Problems.write(response, objectMapper, status, body);
  }
}
