package vn.phoihop.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.phoihop.shared.Templates;

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
 *
 * <p>A browser opening a page of the webapps that it may not see (Cockpit for staff, a page that
 * does not exist) gets a Vietnamese HTML page with the same status instead.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController implements ErrorController {

  private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

  private final ObjectMapper objectMapper;
  private final String webappPath;

  ProblemErrorController(
      ObjectMapper objectMapper,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    this.objectMapper = objectMapper;
    this.webappPath = webappPath;
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
    if (path != null && isWebappPage(String.valueOf(path)) && acceptsHtml(request)) {
      writePage(request, response, status);
      return;
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

  /**
   * A page of a webapp ({@code /camunda/app/cockpit/default/} for a user without Cockpit), not its
   * API: a browser opening it gets a Vietnamese page instead of a problem it would show as raw
   * JSON. Nothing of the request is put on the page.
   */
  private boolean isWebappPage(String path) {
    String webapp = webappPath.endsWith("/") ? webappPath : webappPath + "/";
    return path.startsWith(webapp) && !path.startsWith(webapp + "api/");
  }

  private static boolean acceptsHtml(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
  }

  private void writePage(HttpServletRequest request, HttpServletResponse response, int status)
      throws IOException {
    String heading =
        Problems.has("page.heading." + status)
            ? Problems.text("page.heading." + status)
            : Problems.text(status >= 500 ? "page.heading.500" : "page.heading.4xx");
    String detail = status == 403 ? Problems.text("page.detail.403") : Problems.detail(status);
    String page =
        Templates.render(
            "web/error-page",
            Map.of(
                "heading",
                heading,
                "detail",
                detail,
                "back",
                Problems.text("page.back"),
                "tasklist",
                request.getContextPath() + webappPathSlash() + "app/tasklist/"));
    response.resetBuffer();
    response.setStatus(status);
    response.setCharacterEncoding("UTF-8");
    response.setContentType(MediaType.TEXT_HTML_VALUE);
    response.getWriter().write(page);
  }

  private String webappPathSlash() {
    return webappPath.endsWith("/") ? webappPath : webappPath + "/";
  }
}
