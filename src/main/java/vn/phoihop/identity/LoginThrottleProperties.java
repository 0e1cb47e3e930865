package vn.phoihop.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of {@link LoginThrottle} ({@code phoihop.login-throttle.*}).
 *
 * @param addressMaxFailures failed logins from one client address, whatever accounts they name,
 *     within {@code addressWindow} after which that address is refused for {@code addressBlock}
 * @param addressWindow the window that counts an address's failures, from its first failure
 * @param addressBlock how long an address that reached {@code addressMaxFailures} is refused
 * @param accountMaxFailures failed logins for one account from one client address after which that
 *     pair waits {@code accountDelay}, doubled with every further failure
 * @param accountDelay the first wait of a pair
 * @param accountMaxDelay the longest wait of a pair
 * @param accountForgetAfter a pair's failures are forgotten this long after its last failure (at
 *     least {@code accountMaxDelay})
 * @param maxEntries the most addresses, and the most (account, address) pairs, kept in memory
 */
@ConfigurationProperties("phoihop.login-throttle")
record LoginThrottleProperties(
    Integer addressMaxFailures,
    Duration addressWindow,
    Duration addressBlock,
    Integer accountMaxFailures,
    Duration accountDelay,
    Duration accountMaxDelay,
    Duration accountForgetAfter,
    Integer maxEntries) {

  public LoginThrottleProperties {
    addressMaxFailures = positive(addressMaxFailures, 20, "address-max-failures");
    addressWindow = positive(addressWindow, Duration.ofMinutes(10), "address-window");
    addressBlock = positive(addressBlock, Duration.ofMinutes(15), "address-block");
    accountMaxFailures = positive(accountMaxFailures, 5, "account-max-failures");
    accountDelay = positive(accountDelay, Duration.ofSeconds(30), "account-delay");
    accountMaxDelay = positive(accountMaxDelay, Duration.ofMinutes(15), "account-max-delay");
    if (accountMaxDelay.compareTo(accountDelay) < 0) {
      accountMaxDelay = accountDelay;
    }
    accountForgetAfter = positive(accountForgetAfter, Duration.ofHours(1), "account-forget-after");
    if (accountForgetAfter.compareTo(accountMaxDelay) < 0) {
      accountForgetAfter = accountMaxDelay;
    }
    maxEntries = positive(maxEntries, 10_000, "max-entries");
  }

  /** The defaults documented in application.yaml. */
  public static LoginThrottleProperties defaults() {
    return new LoginThrottleProperties(null, null, null, null, null, null, null, null);
  }

  private static Integer positive(Integer value, int fallback, String name) {
    if (value == null) {
      return fallback;
    }
    if (value < 1) {
      throw new IllegalArgumentException("phoihop.login-throttle." + name + " must be at least 1");
    }
    return value;
  }

  private static Duration positive(Duration value, Duration fallback, String name) {
    if (value == null) {
      return fallback;
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("phoihop.login-throttle." + name + " must be positive");
    }
    return value;
  }
}
