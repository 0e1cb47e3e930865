package vn.phoihop.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import vn.phoihop.shared.DomainException;

/**
 * PhoiHop's one error model, for every path it serves: an RFC 7807 problem ({@code
 * application/problem+json}) with an English {@code title}, the numeric {@code status}, a
 * Vietnamese {@code detail} that says what to do next and, when a field is at fault, the {@code
 * field} as the client sent it plus {@code errors[]} ({@code field}, {@code message}). The
 * sentences live in {@code i18n/problems.properties}.
 */
public final class Problems {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("i18n.problems", VIETNAMESE);

  private Problems() {}

  /** A sentence of {@code i18n/problems.properties}. */
  public static String text(String key, Object... arguments) {
    return new MessageFormat(BUNDLE.getString(key), VIETNAMESE).format(arguments);
  }

  /** Whether {@code i18n/problems.properties} holds the key. */
  static boolean has(String key) {
    return BUNDLE.containsKey(key);
  }

  /** The HTTP status a domain refusal answers with. */
  public static HttpStatus status(DomainException refusal) {
    return switch (refusal.kind()) {
      case INVALID -> HttpStatus.BAD_REQUEST;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case CONFLICT -> HttpStatus.CONFLICT;
    };
  }

  /** The Vietnamese sentence for a status when nothing more specific is known. */
  public static String detail(int status) {
    String key = "status." + status;
    if (BUNDLE.containsKey(key)) {
      return text(key);
    }
    return text(status >= 500 ? "status.500" : "status.4xx");
  }

  /**
   * The English title PhoiHop uses for a status: the same words as {@link DomainException}'s for
   * the statuses it raises, the reason phrase otherwise.
   */
  public static String title(int status) {
    return switch (status) {
      case 400 -> "Invalid input";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 409 -> "Conflict";
      case 500 -> "Internal error";
      default -> {
        HttpStatus known = HttpStatus.resolve(status);
        yield known == null ? "Error" : known.getReasonPhrase();
      }
    };
  }

  /** The body of a problem; {@code field} may be {@code null}. */
  public static Map<String, Object> body(int status, String title, String detail, String field) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    withField(body, field, detail);
    return body;
  }

  /** Adds {@code field} and the one-entry {@code errors[]} when a field is at fault. */
  static void withField(Map<String, Object> body, String field, String message) {
    if (field != null) {
      body.put("field", field);
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("field", field);
      error.put("message", message);
      body.put("errors", List.of(error));
    }
  }

  /**
   * On the engine APIs ({@code /engine-rest}, the webapps' {@code /camunda/api}) a problem also
   * carries {@code message} = {@code detail}: Camunda's error body has {@code message}, and
   * Tasklist, Cockpit and Admin show it to the user.
   */
  static Map<String, Object> forPath(Map<String, Object> body, String path) {
    if (path != null && (path.startsWith("/engine-rest") || path.startsWith("/camunda/api"))) {
      body.putIfAbsent("message", body.get("detail"));
    }
    return body;
  }

  /** Writes a problem as the whole response (status, content type, length, body). */
  public static void write(
      HttpServletResponse response, ObjectMapper objectMapper, int status, Map<String, Object> body)
      throws IOException {
    byte[] bytes = objectMapper.writeValueAsBytes(body);
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    response.flushBuffer();
  }
}
