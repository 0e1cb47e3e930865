package vn.phoihop.boundary;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import vn.phoihop.shared.DomainException;
import vn.phoihop.web.Problems;

/**
 * A call into the engine that the boundary refuses. The engine's REST layers map the two concrete
 * types to 403 and 400 with the Vietnamese message; {@link EngineProblemFilter} then rewrites the
 * answer as an RFC 7807 problem with this status, title and field.
 */
sealed interface Refusal permits Refusal.Forbidden, Refusal.Invalid {

  int status();

  String title();

  /** The request field the refusal names, as the client sent it; {@code null} if none. */
  String field();

  String getMessage();

  static Forbidden forbidden(String detail) {
    return new Forbidden(detail);
  }

  static Invalid invalid(String field, String detail) {
    return new Invalid(400, "Invalid input", field, detail);
  }

  static Invalid notFound(String detail) {
    return new Invalid(404, "Not found", null, detail);
  }

  static Invalid conflict(String detail) {
    return new Invalid(409, "Conflict", null, detail);
  }

  /** PhoiHop's own refusal raised inside the engine, as the engine boundary answers it. */
  static Refusal of(DomainException refusal) {
    RuntimeException translated =
        Problems.status(refusal).value() == 403
            ? new Forbidden(refusal.getMessage())
            : new Invalid(
                Problems.status(refusal).value(),
                refusal.title(),
                refusal.field(),
                refusal.getMessage());
    translated.initCause(refusal);
    return (Refusal) translated;
  }

  /** 403: the caller's role does not allow this engine operation. */
  final class Forbidden extends AuthorizationException implements Refusal {
    Forbidden(String detail) {
      super(detail);
    }

    @Override
    public int status() {
      return 403;
    }

    @Override
    public String title() {
      return "Forbidden";
    }

    @Override
    public String field() {
      return null;
    }
  }

  /** 400 (or 409): the call's input is not acceptable, or the state does not allow it. */
  final class Invalid extends BadUserRequestException implements Refusal {
    private final int status;
    private final String title;
    private final String field;

    Invalid(int status, String title, String field, String detail) {
      super(detail);
      this.status = status;
      this.title = title;
      this.field = field;
    }

    @Override
    public int status() {
      return status;
    }

    @Override
    public String title() {
      return title;
    }

    @Override
    public String field() {
      return field;
    }
  }
}
