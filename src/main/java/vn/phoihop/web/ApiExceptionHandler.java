package vn.phoihop.web;

import static vn.phoihop.web.Problems.text;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.phoihop.shared.DomainException;

/**
 * The one error handler of PhoiHop's REST API: every failure becomes an RFC 7807 problem ({@link
 * Problems}). It applies to every request Spring MVC serves, not only to PhoiHop's controllers: an
 * unknown path, a wrong method or media type and an upload over the multipart limit fail before any
 * controller is chosen. Expected refusals are not logged above DEBUG; anything unexpected answers
 * 500 and is logged once, at ERROR, with the request's method and path.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** The multipart part every upload endpoint takes its file from. */
  private static final String UPLOAD_PART = "file";

  private final DataSize maxFileSize;

  ApiExceptionHandler(
      @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
    this.maxFileSize = maxFileSize;
  }

  @ExceptionHandler(DomainException.class)
  ProblemDetail handleApi(DomainException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(Problems.status(e), e.getMessage());
    problem.setTitle(e.title());
    if (e.field() != null) {
      problem.setProperty("field", e.field());
      problem.setProperty("errors", List.of(error(e.field(), e.getMessage())));
    }
    log.debug("Refused request: {} {}", e.field(), e.getMessage());
    return problem;
  }

  /** A refusal of PhoiHop's own validation that reached the REST API wrapped by the engine. */
  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<Object> handleEngine(ProcessEngineException e, HttpServletRequest request) {
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof DomainException api) {
        return ResponseEntity.status(Problems.status(api)).body(handleApi(api));
      }
    }
    return handleUnexpected(e, request);
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
  ProblemDetail handleDenied(RuntimeException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text("access.denied"));
    problem.setTitle("Forbidden");
    return problem;
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail handleConstraint(ConstraintViolationException e) {
    List<Map<String, String>> errors =
        e.getConstraintViolations().stream()
            .map(v -> error(lastNode(v.getPropertyPath().toString()), v.getMessage()))
            .toList();
    return badRequest(errors);
  }

  @ExceptionHandler(NullValueException.class)
  ProblemDetail handleEngineNotFound(NullValueException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("engine.notFound"));
    problem.setTitle("Not found");
    return problem;
  }

  /**
   * Two users changed the same agreement, referral or report at once (JPA version check, or the
   * engine's own): the loser is told to reload, nothing of their change is stored.
   */
  @ExceptionHandler({
    ObjectOptimisticLockingFailureException.class,
    jakarta.persistence.OptimisticLockException.class,
    OptimisticLockingException.class
  })
  ProblemDetail handleConcurrentChange(RuntimeException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, Problems.detail(409));
    problem.setTitle("Conflict");
    return problem;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail handleTypeMismatch(MethodArgumentTypeMismatchException e) {
    return invalid(
        e.getName(),
        text(
            "param.type",
            e.getName(),
            String.valueOf(e.getValue()),
            RequestValues.describe(e.getRequiredType())));
  }

  /** Anything no other handler knows: a real server error, logged once with the request path. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> handleUnexpected(Exception e, HttpServletRequest request) {
    log.error(
        "Unexpected failure answering {} {}", request.getMethod(), request.getRequestURI(), e);
    return ResponseEntity.internalServerError()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, null, Problems.detail(500), null));
  }

  // Overrides, not @ExceptionHandlers: the base class already maps these exceptions, and two
  // handlers for one type make the context fail to start.

  /**
   * Over {@code spring.servlet.multipart.max-file-size}: 413. Tomcat reports a part header over its
   * limit (a file name of some hundred characters) the same way; that one is the file name's fault,
   * 400.
   */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (mentionsHeader(e)) {
      return ResponseEntity.badRequest().body(invalid(UPLOAD_PART, text("upload.headerTooLong")));
    }
    ProblemDetail problem =
        problem(
            HttpStatus.PAYLOAD_TOO_LARGE,
            null,
            text("upload.tooLarge", readable(maxFileSize)),
            UPLOAD_PART);
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(
      MissingServletRequestPartException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest()
        .body(invalid(e.getRequestPartName(), text("upload.missingPart", e.getRequestPartName())));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> error(f.getField(), String.valueOf(f.getDefaultMessage())))
            .toList();
    return ResponseEntity.badRequest().body(badRequest(errors));
  }

  /**
   * Malformed JSON: "Malformed request body" with the line and column. A value of the wrong type:
   * "Invalid input" naming the field by Jackson's path as the client wrote it ({@code
   * partnerAgencies[0]}, {@code termStart}).
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Throwable cause = e.getCause();
    if (cause instanceof JsonMappingException mapping && !(cause instanceof JsonParseException)) {
      String field = RequestValues.path(mapping.getPath());
      Class<?> target =
          mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
      if (field == null) {
        ProblemDetail problem =
            problem(
                HttpStatus.BAD_REQUEST,
                null,
                text("body.root", RequestValues.describe(target)),
                null);
        return ResponseEntity.badRequest().body(problem);
      }
      return ResponseEntity.badRequest()
          .body(invalid(field, text("body.field", field, RequestValues.describe(target))));
    }
    if (cause == null) {
      return ResponseEntity.badRequest()
          .body(problem(HttpStatus.BAD_REQUEST, null, text("body.missing"), null));
    }
    String detail;
    if (cause instanceof JsonParseException parse && parse.getLocation() != null) {
      JsonLocation at = parse.getLocation();
      detail = text("body.malformed", at.getLineNr(), at.getColumnNr());
    } else {
      detail = text("body.malformedNoLocation");
    }
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Malformed request body", detail, null);
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest()
        .body(invalid(e.getParameterName(), text("param.missing", e.getParameterName())));
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND)
        .body(problem(HttpStatus.NOT_FOUND, null, Problems.detail(404), null));
  }

  @Override
  protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
      HttpRequestMethodNotSupportedException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String detail =
        e.getSupportedMethods() == null
            ? Problems.detail(405)
            : text("method.notAllowed", e.getMethod(), String.join(", ", e.getSupportedMethods()));
    return handleExceptionInternal(
        e, problem(status, null, detail, null), e.getHeaders(), status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String detail =
        text(
            "media.unsupported",
            e.getContentType() == null ? "—" : e.getContentType().toString(),
            e.getSupportedMediaTypes().isEmpty()
                ? "application/json"
                : MediaType.toString(e.getSupportedMediaTypes()));
    return handleExceptionInternal(
        e, problem(status, null, detail, null), e.getHeaders(), status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
      HttpMediaTypeNotAcceptableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String detail =
        e.getSupportedMediaTypes().isEmpty()
            ? Problems.detail(406)
            : text("media.notAcceptable", MediaType.toString(e.getSupportedMediaTypes()));
    return handleExceptionInternal(
        e, problem(status, null, detail, null), e.getHeaders(), status, request);
  }

  /**
   * Every other exception the base class maps (missing path variable, binding, async timeout, …)
   * gets PhoiHop's body instead of Spring's English one; a 5xx among them is logged once.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (status.is5xxServerError() && request instanceof ServletWebRequest servlet) {
      log.error(
          "Failure answering {} {}",
          servlet.getRequest().getMethod(),
          servlet.getRequest().getRequestURI(),
          e);
    }
    if (body == null) {
      body = problem(status, null, Problems.detail(status.value()), null);
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && problem.getDetail() != null
        && problem.getTitle() == null) {
      problem.setTitle(Problems.title(statusCode.value()));
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  // --------------------------------------------------------------------------------- helpers

  private static ProblemDetail problem(
      HttpStatusCode status, String title, String detail, String field) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title == null ? Problems.title(status.value()) : title);
    if (field != null) {
      problem.setProperty("field", field);
      problem.setProperty("errors", List.of(error(field, detail)));
    }
    return problem;
  }

  private static Map<String, String> error(String field, String message) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("message", message);
    return error;
  }

  private static ProblemDetail invalid(String field, String detail) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", detail, field);
    log.debug("Rejected request: {} {}", field, detail);
    return problem;
  }

  private static ProblemDetail badRequest(List<Map<String, String>> errors) {
    String detail =
        errors.isEmpty()
            ? text("validation.invalid")
            : text(
                "validation.invalidField",
                errors.get(0).get("field"),
                errors.get(0).get("message"));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Invalid input");
    if (!errors.isEmpty()) {
      problem.setProperty("field", errors.get(0).get("field"));
    }
    problem.setProperty("errors", errors);
    log.debug("Rejected request: {}", errors);
    return problem;
  }

  private static boolean mentionsHeader(Throwable e) {
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().toLowerCase().contains("header")) {
        return true;
      }
    }
    return false;
  }

  private static String readable(DataSize size) {
    long bytes = size.toBytes();
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " byte";
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
