package vn.phoihop.web;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** The one error handler of PhoiHop's REST API: every failure becomes an RFC 7807 problem. */
@RestControllerAdvice(basePackages = "vn.phoihop")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiException.class)
  ProblemDetail handleApi(ApiException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    problem.setTitle(e.title());
    if (e.field() != null) {
      problem.setProperty("field", e.field());
      problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
    }
    return problem;
  }

  /** A refusal of PhoiHop's own validation that reached the REST API wrapped by the engine. */
  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<ProblemDetail> handleEngine(ProcessEngineException e) {
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof ApiException api) {
        return ResponseEntity.status(api.status()).body(handleApi(api));
      }
    }
    throw e;
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
  ProblemDetail handleDenied(RuntimeException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.FORBIDDEN, "Bạn không có quyền thực hiện thao tác này.");
    problem.setTitle("Forbidden");
    return problem;
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail handleConstraint(ConstraintViolationException e) {
    List<Map<String, String>> errors =
        e.getConstraintViolations().stream()
            .map(
                v ->
                    Map.of(
                        "field",
                        lastNode(v.getPropertyPath().toString()),
                        "message",
                        v.getMessage()))
            .toList();
    return badRequest(errors);
  }

  @ExceptionHandler(NullValueException.class)
  ProblemDetail handleEngineNotFound(NullValueException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Không tìm thấy đối tượng yêu cầu.");
    problem.setTitle("Not found");
    return problem;
  }

  // An override, not an @ExceptionHandler: the base class already maps this exception, and two
  // handlers for one type make the context fail to start.
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "Tệp tải lên vượt quá dung lượng cho phép.");
    problem.setTitle("Invalid input");
    problem.setProperty("field", "file");
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, String>> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(
                f ->
                    Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
            .toList();
    return ResponseEntity.badRequest().body(badRequest(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "Nội dung yêu cầu không đúng định dạng JSON hoặc có giá trị sai kiểu dữ liệu.");
    problem.setTitle("Malformed request body");
    return ResponseEntity.badRequest().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest()
        .body(
            badRequest(
                List.of(
                    Map.of("field", e.getParameterName(), "message", "Thiếu tham số bắt buộc."))));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail handleTypeMismatch(MethodArgumentTypeMismatchException e) {
    return badRequest(
        List.of(Map.of("field", e.getName(), "message", "Giá trị không đúng định dạng.")));
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Không tìm thấy địa chỉ yêu cầu.");
    problem.setTitle("Not found");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail problem
        && problem.getDetail() != null
        && problem.getTitle() == null) {
      problem.setTitle(HttpStatus.valueOf(statusCode.value()).getReasonPhrase());
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  private static ProblemDetail badRequest(List<Map<String, String>> errors) {
    String detail =
        errors.isEmpty()
            ? "Dữ liệu không hợp lệ."
            : "Dữ liệu không hợp lệ: "
                + errors.get(0).get("field")
                + " — "
                + errors.get(0).get("message");
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Invalid input");
    if (!errors.isEmpty()) {
      problem.setProperty("field", errors.get(0).get("field"));
    }
    problem.setProperty("errors", errors);
    log.debug("Rejected request: {}", errors);
    return problem;
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
