package vn.phoihop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The throttling rule on its own, with a clock the tests move. */
class LoginThrottleTests {

  private static final String A = "198.51.100.7";
  private static final String B = "203.0.113.9";

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle =
      new LoginThrottle(LoginThrottleProperties.defaults(), clock);

  @Test
  void defaultsAreTheDocumentedOnes() {
    LoginThrottleProperties d = LoginThrottleProperties.defaults();
    assertThat(d.addressMaxFailures()).isEqualTo(20);
    assertThat(d.addressWindow()).isEqualTo(Duration.ofMinutes(10));
    assertThat(d.addressBlock()).isEqualTo(Duration.ofMinutes(15));
    assertThat(d.accountMaxFailures()).isEqualTo(5);
    assertThat(d.accountDelay()).isEqualTo(Duration.ofSeconds(30));
    assertThat(d.accountMaxDelay()).isEqualTo(Duration.ofMinutes(15));
    assertThat(d.accountForgetAfter()).isEqualTo(Duration.ofHours(1));
    assertThat(d.maxEntries()).isEqualTo(10_000);
  }

  @Test
  void anAddressIsRefusedAfterTwentyFailuresWhateverAccountsItTries() {
    // Four failures each for five accounts: no pair reaches its own limit.
    for (int i = 0; i < 19; i++) {
      fail("user" + (i / 4), A);
    }
    assertThat(allowed("someone-else", A)).isTrue();
    fail("user4", A);

    LoginThrottle.Attempt refused = throttle.begin("someone-else", A);
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfter()).isEqualTo(Duration.ofMinutes(15));
    assertThat(allowed("quantri", A)).isFalse();

    clock.move(Duration.ofMinutes(15).minusSeconds(1));
    assertThat(retryAfter("quantri", A)).isEqualTo(Duration.ofSeconds(1));
    clock.move(Duration.ofSeconds(1));
    assertThat(allowed("quantri", A)).isTrue();
  }

  @Test
  void anAddressesFailuresCountOnlyWithinTheWindow() {
    for (int i = 0; i < 19; i++) {
      fail("user" + i, A);
    }
    clock.move(Duration.ofMinutes(10));
    for (int i = 0; i < 19; i++) {
      fail("other" + i, A);
    }
    assertThat(allowed("quantri", A)).isTrue();
    fail("other19", A);
    assertThat(allowed("quantri", A)).isFalse();
  }

  @Test
  void aPairWaitsLongerWithEveryFailureUpToTheCap() {
    for (int i = 0; i < 4; i++) {
      fail("quantri", A);
    }
    assertThat(allowed("quantri", A)).isTrue();
    fail("quantri", A); // the fifth

    List<Duration> waits = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      LoginThrottle.Attempt refused = throttle.begin("quantri", A);
      assertThat(refused.allowed()).isFalse();
      waits.add(refused.retryAfter());
      clock.move(refused.retryAfter());
      fail("quantri", A);
    }
    assertThat(waits)
        .containsExactly(
            Duration.ofSeconds(30),
            Duration.ofSeconds(60),
            Duration.ofSeconds(120),
            Duration.ofSeconds(240),
            Duration.ofSeconds(480),
            Duration.ofMinutes(15),
            Duration.ofMinutes(15));
  }

  @Test
  void aSuccessResetsThePairButNotTheAddress() {
    for (int i = 0; i < 5; i++) {
      fail("quantri", A);
    }
    clock.move(Duration.ofSeconds(30));
    try (LoginThrottle.Attempt attempt = throttle.begin("quantri", A)) {
      assertThat(attempt.allowed()).isTrue();
      attempt.succeeded();
    }
    fail("quantri", A);
    assertThat(allowed("quantri", A)).isTrue();

    // The address still remembers its six failures: fourteen more (other accounts) refuse it.
    for (int i = 0; i < 14; i++) {
      fail("user" + (i / 4), A);
    }
    assertThat(allowed("quantri", A)).isFalse();
  }

  @Test
  void failuresFromOneAddressNeverRefuseTheAccountFromAnother() {
    for (int i = 0; i < 5; i++) {
      fail("quantri", A);
    }
    assertThat(allowed("quantri", A)).isFalse();
    assertThat(allowed("quantri", B)).isTrue();

    for (int i = 0; i < 15; i++) {
      fail("user" + (i / 4), A);
    }
    assertThat(allowed("canbo.qltttni", A)).isFalse();
    try (LoginThrottle.Attempt attempt = throttle.begin("quantri", B)) {
      assertThat(attempt.allowed()).isTrue();
      attempt.succeeded();
    }
    // ...and a success elsewhere does not free the refused address either.
    assertThat(allowed("quantri", A)).isFalse();
  }

  @Test
  void afterAFailureAttemptsUnderWayCountSoParallelGuessesCannotPassTheLimit() {
    fail("quantri", A);
    List<LoginThrottle.Attempt> underWay = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      LoginThrottle.Attempt attempt = throttle.begin("quantri", A);
      assertThat(attempt.allowed()).isTrue();
      underWay.add(attempt);
    }
    LoginThrottle.Attempt sixth = throttle.begin("quantri", A);
    assertThat(sixth.allowed()).isFalse();
    assertThat(sixth.retryAfter()).isEqualTo(LoginThrottle.IN_FLIGHT_RETRY);

    underWay.forEach(LoginThrottle.Attempt::failed);
    assertThat(retryAfter("quantri", A)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void aClientThatHasNotFailedSendsManyRequestsAtOnceUpToTheCap() {
    List<LoginThrottle.Attempt> underWay = new ArrayList<>();
    for (int i = 0; i < LoginThrottle.IN_FLIGHT_CAP; i++) {
      LoginThrottle.Attempt attempt = throttle.begin("canbo.qltttni", A);
      assertThat(attempt.allowed()).as("request %d under way", i + 1).isTrue();
      underWay.add(attempt);
    }
    assertThat(throttle.begin("canbo.qltttni", A).allowed()).isFalse();
    underWay.forEach(LoginThrottle.Attempt::succeeded);
    assertThat(allowed("canbo.qltttni", A)).isTrue();
  }

  @Test
  void anAttemptClosedWithoutOutcomeCountsAsNothing() {
    for (int i = 0; i < 30; i++) {
      throttle.begin("quantri", A).close();
    }
    for (int i = 0; i < 4; i++) {
      fail("quantri", A);
    }
    assertThat(allowed("quantri", A)).isTrue();
  }

  @Test
  void aRefusedAttemptCannotBeCountedAsAFailure() {
    for (int i = 0; i < 5; i++) {
      fail("quantri", A);
    }
    LoginThrottle.Attempt refused = throttle.begin("quantri", A);
    refused.failed();
    clock.move(Duration.ofSeconds(30));
    // Still the wait after the fifth failure, not after a sixth: the refused one was not counted.
    LoginThrottle.Attempt next = throttle.begin("quantri", A);
    assertThat(next.allowed()).isTrue();
    next.failed();
    assertThat(retryAfter("quantri", A)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void aPairsFailuresAreForgottenAfterAnHourOfQuiet() {
    for (int i = 0; i < 4; i++) {
      fail("quantri", A);
    }
    clock.move(Duration.ofMinutes(59));
    fail("quantri", A);
    assertThat(allowed("quantri", A)).isFalse();

    clock.move(Duration.ofHours(1));
    fail("quantri", A);
    assertThat(allowed("quantri", A)).isTrue();
  }

  @Test
  void memoryIsBoundedAndEmptyEntriesGoFirst() {
    LoginThrottle small =
        new LoginThrottle(
            new LoginThrottleProperties(null, null, null, null, null, null, null, 100), clock);
    for (int i = 0; i < 1000; i++) {
      try (LoginThrottle.Attempt attempt = small.begin("user" + i, "10.0." + (i / 250) + "." + i)) {
        attempt.failed();
      }
      assertThat(small.trackedAddresses()).isLessThanOrEqualTo(100);
      assertThat(small.trackedPairs()).isLessThanOrEqualTo(100);
    }

    // Entries with nothing to remember go before the least recently used ones: address A's five
    // failures are kept while two hundred addresses with only a success pass through.
    small.clear();
    for (int i = 0; i < 5; i++) {
      try (LoginThrottle.Attempt attempt = small.begin("user" + i, A)) {
        attempt.failed();
      }
    }
    for (int i = 0; i < 200; i++) {
      clock.move(Duration.ofSeconds(1));
      try (LoginThrottle.Attempt attempt = small.begin("user" + i, "10.1.0." + i)) {
        attempt.succeeded();
      }
    }
    assertThat(small.trackedAddresses()).isLessThanOrEqualTo(100);
    for (int i = 0; i < 15; i++) {
      try (LoginThrottle.Attempt attempt = small.begin("other" + i, A)) {
        assertThat(attempt.allowed()).isTrue();
        attempt.failed();
      }
    }
    assertThat(small.begin("someone", A).allowed()).isFalse();
  }

  @Test
  void ipv6ClientsAreCountedByTheirSlash64() {
    for (int i = 0; i < 5; i++) {
      fail("quantri", "2001:db8:1:2::" + Integer.toHexString(i + 1));
    }
    assertThat(allowed("quantri", "2001:db8:1:2:ffff::9")).isFalse();
    assertThat(allowed("quantri", "[2001:db8:1:2::77]")).isFalse();
    assertThat(allowed("quantri", "2001:db8:1:3::1")).isTrue();

    assertThat(LoginThrottleKeys.address("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
        .isEqualTo("2001:db8:1:2:0:0:0:0/64");
    assertThat(LoginThrottleKeys.address("::ffff:198.51.100.7")).isEqualTo(A);
    assertThat(LoginThrottleKeys.address(A)).isEqualTo(A);
    assertThat(LoginThrottleKeys.address(null)).isEqualTo("unknown");
    assertThat(LoginThrottleKeys.address("not:an:address:zz")).isEqualTo("not:an:address:zz");
  }

  @Test
  void accountNamesDifferingOnlyInCaseOrSpacesAreOneAccount() {
    fail("quantri", A);
    fail("QuanTri", A);
    fail(" quantri ", A);
    fail("QUANTRI", A);
    fail("quantri\t", A);
    assertThat(allowed("quantri", A)).isFalse();
  }

  /** Asks and lets go at once: a probe that leaves no attempt under way. */
  private boolean allowed(String account, String address) {
    try (LoginThrottle.Attempt attempt = throttle.begin(account, address)) {
      return attempt.allowed();
    }
  }

  private Duration retryAfter(String account, String address) {
    try (LoginThrottle.Attempt attempt = throttle.begin(account, address)) {
      return attempt.retryAfter();
    }
  }

  private void fail(String account, String address) {
    try (LoginThrottle.Attempt attempt = throttle.begin(account, address)) {
      assertThat(attempt.allowed()).as("%s from %s", account, address).isTrue();
      attempt.failed();
    }
  }

  /** A clock the test moves. */
  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-23T02:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
