package vn.phoihop.web;

import org.springframework.http.HttpStatus;

/**
 * A failure that reaches the REST client as an RFC 7807 problem: English {@code title} for
 * developers, Vietnamese {@code detail} for users, and the offending {@code field} when the input
 * was wrong.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String title;
  private final String field;

  protected ApiException(HttpStatus status, String title, String field, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
    this.field = field;
  }

  /**
   * 400: the input named by {@code field} is not acceptable; {@code detail} says why, in
   * Vietnamese.
   */
  public static ApiException invalid(String field, String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, "Invalid input", field, detail);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, "Not found", null, detail);
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, "Forbidden", null, detail);
  }

  public static ApiException conflict(String detail) {
    return new ApiException(HttpStatus.CONFLICT, "Conflict", null, detail);
  }

  /**
   * The same refusal naming the field as this request calls it (a form and a REST body may name one
   * value differently); {@code null} when the request has no such field.
   */
  public ApiException withField(String requestField) {
    ApiException renamed = new ApiException(status, title, requestField, getMessage());
    renamed.initCause(this);
    return renamed;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String field() {
    return field;
  }
}
