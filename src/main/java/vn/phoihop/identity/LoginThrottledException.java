package vn.phoihop.identity;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/**
 * A login refused by {@link LoginThrottle} before its password was checked. An account status
 * exception, so that Spring Security's provider manager stops at it instead of asking another
 * provider.
 */
class LoginThrottledException extends AccountStatusException {

  private final transient Duration retryAfter;

  public LoginThrottledException(Duration retryAfter) {
    super("Too many failed logins from this client address; retry after " + retryAfter);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
