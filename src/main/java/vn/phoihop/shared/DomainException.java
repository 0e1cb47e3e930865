package vn.phoihop.shared;

/**
 * A refusal of the domain: the input is not acceptable, the thing does not exist, the caller may
 * not do it, or the state forbids it. It carries the Vietnamese sentence the user reads and, when
 * the input was wrong, the field as the client named it. The web layer turns it into an RFC 7807
 * problem ({@code Kind} to HTTP status, English title); the domain knows nothing of HTTP.
 */
public class DomainException extends RuntimeException {

  /** What kind of refusal this is; each kind has one English title. */
  public enum Kind {
    INVALID("Invalid input"),
    NOT_FOUND("Not found"),
    FORBIDDEN("Forbidden"),
    CONFLICT("Conflict");

    private final String title;

    Kind(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  private final Kind kind;
  private final String field;

  protected DomainException(Kind kind, String field, String detail) {
    super(detail);
    this.kind = kind;
    this.field = field;
  }

  /** The input named by {@code field} is not acceptable; {@code detail} says why, in Vietnamese. */
  public static DomainException invalid(String field, String detail) {
    return new DomainException(Kind.INVALID, field, detail);
  }

  public static DomainException notFound(String detail) {
    return new DomainException(Kind.NOT_FOUND, null, detail);
  }

  public static DomainException forbidden(String detail) {
    return new DomainException(Kind.FORBIDDEN, null, detail);
  }

  public static DomainException conflict(String detail) {
    return new DomainException(Kind.CONFLICT, null, detail);
  }

  /**
   * The same refusal naming the field as this request calls it (a form and a REST body may name one
   * value differently); {@code null} when the request has no such field.
   */
  public DomainException withField(String requestField) {
    DomainException renamed = new DomainException(kind, requestField, getMessage());
    renamed.initCause(this);
    return renamed;
  }

  public Kind kind() {
    return kind;
  }

  public String title() {
    return kind.title();
  }

  public String field() {
    return field;
  }
}
