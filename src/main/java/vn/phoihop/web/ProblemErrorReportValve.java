package vn.phoihop.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report for the errors it raises itself, before the request reaches PhoiHop's web
 * application (an encoded slash {@code %2F}, an invalid URI, a request header over the limit): a
 * problem of PhoiHop's error model instead of Tomcat's HTML page. Spring Boot's {@code /error} page
 * cannot answer these — error pages belong to the web application, and such a request has not been
 * given to it — so the answer comes from the host's error report valve, which Spring Boot otherwise
 * configures as Tomcat's own ({@code ErrorReportValve}, HTML). Logged as one line at INFO (a client
 * error) or ERROR.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    String method = request.getMethod();
    String uri = requestUri(request);
    if (status >= 500) {
      log.error("{} answered by the container for {} {}", status, method, uri, throwable);
    } else {
      log.info("{} answered by the container for {} {}", status, method, uri);
    }
    Map<String, Object> body =
        status == 400
            ? Problems.body(400, "Bad request", Problems.text("request.rejected"), null)
            : Problems.body(status, Problems.title(status), Problems.detail(status), null);
    Problems.forPath(body, uri);
    try {
      String json = JSON.writeValueAsString(body);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setContentLength(json.getBytes(StandardCharsets.UTF_8).length);
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(json);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the response cannot take a body any more.
    }
  }

  /** The URI as sent, shortened for a log line; a request Tomcat could not parse may have none. */
  private static String requestUri(Request request) {
    try {
      String uri = request.getRequestURI();
      return uri != null && uri.length() > 300 ? uri.substring(0, 300) + "…" : uri;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
