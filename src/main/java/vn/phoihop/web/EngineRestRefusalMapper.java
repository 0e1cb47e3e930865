package vn.phoihop.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import vn.phoihop.shared.DomainException;

/**
 * When a form submitted through {@code /engine-rest} (as Tasklist does) is refused by PhoiHop's
 * server-side validation, the engine wraps the refusal and Camunda's REST layer answers 500. This
 * answers 400 instead, with both Camunda's error fields ({@code type}, {@code message}: Tasklist
 * shows the message) and the RFC 7807 fields PhoiHop's own API uses. Other errors keep Camunda's
 * handling.
 */
@Priority(1)
class EngineRestRefusalMapper implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    DomainException refusal = findRefusal(exception);
    if (refusal == null) {
      RuntimeException clientError = findClientError(exception);
      if (clientError != null) {
        // A refusal wrapped by the REST layer as a server error: answered as what it is, and not
        // logged as a failure (the engine boundary rewrites the body into a problem).
        return Response.status(clientError instanceof AuthorizationException ? 403 : 400)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(
                Map.of(
                    "type", clientError.getClass().getSimpleName(),
                    "message", clientError.getMessage()))
            .build();
      }
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", refusal.getMessage());
    body.put("title", refusal.title());
    body.put("status", Problems.status(refusal).value());
    body.put("detail", refusal.getMessage());
    if (refusal.field() != null) {
      body.put("field", refusal.field());
    }
    return Response.status(Problems.status(refusal).value())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(body)
        .build();
  }

  private static RuntimeException findClientError(Throwable throwable) {
    for (Throwable t = throwable.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof BadUserRequestException || t instanceof AuthorizationException) {
        return (RuntimeException) t;
      }
    }
    return null;
  }

  private static DomainException findRefusal(Throwable throwable) {
    for (Throwable t = throwable; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof DomainException api) {
        return api;
      }
    }
    return null;
  }
}
