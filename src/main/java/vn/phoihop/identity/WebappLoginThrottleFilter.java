package vn.phoihop.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.phoihop.shared.Texts;
import vn.phoihop.web.CachedBodyRequest;

/**
 * {@link LoginThrottle} for the webapps' login ({@code POST
 * /camunda/api/admin/auth/user/{engine}/login/{app}}, form fields {@code username} and {@code
 * password}), which Camunda's {@code UserAuthenticationResource} answers: asks before, so a refused
 * attempt never reaches the password check, and records the outcome after (200 logged in, 401 wrong
 * user or password; anything else, such as 403 for an app the user may not open, counts as
 * neither). The client address is the request's remote address.
 */
class WebappLoginThrottleFilter extends OncePerRequestFilter {

  /** A login form is a few hundred bytes. */
  static final int MAX_BODY = 16 * 1024;

  private static final Pattern LOGIN = Pattern.compile(".*/auth/user/[^/]*/login(/.*)?");

  private final LoginThrottle throttle;
  private final ObjectMapper objectMapper;

  WebappLoginThrottleFilter(LoginThrottle throttle, ObjectMapper objectMapper) {
    this.throttle = throttle;
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equalsIgnoreCase(request.getMethod())
        || !LOGIN.matcher(containerPath(request)).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      tooLarge(response);
      return;
    }
    String username = formField(new String(body, StandardCharsets.UTF_8), "username");
    try (LoginThrottle.Attempt attempt = throttle.begin(username, request.getRemoteAddr())) {
      if (!attempt.allowed()) {
        TooManyLoginAttempts.write(response, objectMapper, attempt.retryAfter());
        return;
      }
      chain.doFilter(new CachedBodyRequest(request, body), response);
      int status = response.getStatus();
      if (status == HttpServletResponse.SC_OK) {
        attempt.succeeded();
      } else if (status == HttpServletResponse.SC_UNAUTHORIZED) {
        attempt.failed();
      }
    }
  }

  /**
   * The path as the container decoded and normalised it (no {@code ;} parameters, no {@code %}
   * escapes, no {@code //}), which is what the REST layer routes on.
   */
  static String containerPath(HttpServletRequest request) {
    String servletPath = request.getServletPath();
    String pathInfo = request.getPathInfo();
    return (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
  }

  /** The first value of a field of an {@code application/x-www-form-urlencoded} body, as JAX-RS. */
  static String formField(String body, String name) {
    for (String pair : body.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (name.equals(decode(key))) {
        return equals < 0 ? "" : decode(pair.substring(equals + 1));
      }
    }
    return null;
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  private void tooLarge(HttpServletResponse response) throws IOException {
    String detail = Texts.text("identity.login.tooLarge");
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(
        response.getOutputStream(),
        Map.of(
            "type",
            "about:blank",
            "title",
            HttpStatus.PAYLOAD_TOO_LARGE.getReasonPhrase(),
            "status",
            HttpStatus.PAYLOAD_TOO_LARGE.value(),
            "detail",
            detail,
            "message",
            detail));
  }
}
