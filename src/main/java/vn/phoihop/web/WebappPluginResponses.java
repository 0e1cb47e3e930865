package vn.phoihop.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.http.MediaType;
import vn.phoihop.shared.DomainException;

/**
 * The answers of PhoiHop's resources inside the Camunda webapps' APIs (Jersey, not Spring MVC):
 * JSON that is never cached, and problems of PhoiHop's error model with {@code message} = {@code
 * detail}, as the webapps' own APIs answer refusals.
 */
public final class WebappPluginResponses {

  private WebappPluginResponses() {}

  public static Response json(ObjectMapper mapper, int status, Object value) {
    return Response.status(status)
        .entity(bytes(mapper, value))
        .type(MediaType.APPLICATION_JSON_VALUE + ";charset=UTF-8")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .build();
  }

  public static Response problem(
      ObjectMapper mapper, int status, String title, String detail, String field) {
    Map<String, Object> body = Problems.body(status, title, detail, field);
    body.put("message", detail);
    return Response.status(status)
        .entity(bytes(mapper, body))
        .type(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8")
        .build();
  }

  /** A refusal of the domain as the problem its kind calls for (400, 403, 404, 409). */
  public static Response problem(ObjectMapper mapper, DomainException refusal) {
    return problem(
        mapper,
        Problems.status(refusal).value(),
        refusal.title(),
        refusal.getMessage(),
        refusal.field());
  }

  private static byte[] bytes(ObjectMapper mapper, Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
