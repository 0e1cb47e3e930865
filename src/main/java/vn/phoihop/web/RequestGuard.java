package vn.phoihop.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of every request. It refuses, with a 400 problem and one log line at INFO, a
 * request path that is not in its plain form, before anything parses it:
 *
 * <ul>
 *   <li>what Spring Security's firewall refuses ({@code ;x=1}, {@code /../}, {@code //}, an encoded
 *       {@code .}, {@code /}, {@code \} or {@code %}, control characters) — the same firewall, so
 *       the two never disagree;
 *   <li>a path whose servlet prefix is not sent literally ({@code /%65ngine-rest/user}): the
 *       container decodes it to {@code /engine-rest}, Spring's request-path parsing does not, and
 *       threw an {@code IllegalArgumentException} before the firewall ever saw the request.
 * </ul>
 *
 * Both used to answer 500 with a stack trace at ERROR. It also catches whatever escapes the filter
 * chain: a real failure, logged once at ERROR with the method and path, answered as a 500 problem.
 */
final class RequestGuard extends OncePerRequestFilter {

  static final String TITLE = "Invalid request path";

  private static final Logger log = LoggerFactory.getLogger(RequestGuard.class);

  private final HttpFirewall firewall;
  private final ObjectMapper objectMapper;

  RequestGuard(HttpFirewall firewall, ObjectMapper objectMapper) {
    this.firewall = firewall;
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String refusal = refusal(request);
    if (refusal != null) {
      reject(request, response, objectMapper, refusal);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (IOException e) {
      throw e; // the connection, not the request: a client that went away
    } catch (ServletException | RuntimeException e) {
      log.error("Unexpected failure answering {} {}", request.getMethod(), printable(request), e);
      if (!response.isCommitted()) {
        response.reset();
        Problems.write(
            response,
            objectMapper,
            500,
            Problems.forPath(
                Problems.body(500, Problems.title(500), Problems.detail(500), null),
                request.getRequestURI()));
      }
    }
  }

  private String refusal(HttpServletRequest request) {
    try {
      firewall.getFirewalledRequest(request);
    } catch (RequestRejectedException e) {
      return e.getMessage();
    }
    HttpServletMapping mapping = request.getHttpServletMapping();
    if (mapping != null && mapping.getMappingMatch() == MappingMatch.PATH) {
      String sent = request.getRequestURI().substring(request.getContextPath().length());
      String servletPath = request.getServletPath();
      boolean literal =
          sent.startsWith(servletPath)
              && (sent.length() == servletPath.length()
                  || sent.charAt(servletPath.length()) == '/');
      if (!literal) {
        return "the servlet path " + servletPath + " is not sent literally";
      }
    }
    return null;
  }

  /** Spring Security's handler for what its own firewall refuses: the same answer. */
  static RequestRejectedHandler rejectedHandler(ObjectMapper objectMapper) {
    return (request, response, e) -> reject(request, response, objectMapper, e.getMessage());
  }

  private static void reject(
      HttpServletRequest request,
      HttpServletResponse response,
      ObjectMapper objectMapper,
      String reason)
      throws IOException {
    log.info("Refused {} {}: {}", request.getMethod(), printable(request), reason);
    Map<String, Object> body =
        Problems.forPath(
            Problems.body(400, TITLE, Problems.text("path.rejected"), null),
            request.getRequestURI());
    if (!response.isCommitted()) {
      response.reset();
      Problems.write(response, objectMapper, 400, body);
    }
  }

  /** The path as sent, safe for a log line. */
  private static String printable(HttpServletRequest request) {
    String uri = String.valueOf(request.getRequestURI());
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < uri.length() && i < 300; i++) {
      char c = uri.charAt(i);
      out.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return uri.length() > 300 ? out + "…" : out.toString();
  }
}
