package vn.phoihop.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import vn.phoihop.shared.Texts;

/**
 * The answer to a login refused by {@link vn.phoihop.identity.LoginThrottle}: 429 with {@code
 * Retry-After} and an RFC 7807 problem whose {@code message} repeats {@code detail} (the webapps'
 * login page shows {@code message}).
 */
final class TooManyLoginAttempts {

  private TooManyLoginAttempts() {}

  static void write(HttpServletResponse response, ObjectMapper objectMapper, Duration retryAfter)
      throws IOException {
    long seconds = seconds(retryAfter);
    String detail = Texts.text("identity.login.throttled", Long.toString(seconds));
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
    problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
    problem.put("detail", detail);
    problem.put("message", detail);
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }

  /** Whole seconds, rounded up, at least 1. */
  static long seconds(Duration retryAfter) {
    long millis = retryAfter == null ? 0 : retryAfter.toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }
}
