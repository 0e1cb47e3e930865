package vn.phoihop.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock a user out. Camunda's own throttling
 * counts failures per account, from anywhere, so a stranger could keep any account (the
 * administrator's too) locked; it is switched off (application.yaml) and this counts instead:
 *
 * <ul>
 *   <li>per client address: {@code address-max-failures} failed logins within {@code
 *       address-window}, whatever accounts they name, and the address is refused for {@code
 *       address-block};
 *   <li>per (account, client address): after {@code account-max-failures} failures that pair waits
 *       {@code account-delay}, doubled with each further failure up to {@code account-max-delay}; a
 *       successful login from the address resets the pair; failures are forgotten {@code
 *       account-forget-after} after the last one.
 * </ul>
 *
 * <p>Failures from one address never refuse the same account from another address. IPv6 clients are
 * counted by their /64 network (one host can use any address in it). Attempts under way count
 * against the limits, so parallel requests cannot guess past them. A refused attempt checks no
 * password and counts as nothing.
 *
 * <p>State is in memory, at most {@code max-entries} addresses and as many pairs (least recently
 * used first out), and per node: in a cluster each node throttles on its own.
 */
@Component
public class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

  /** How soon to retry when attempts under way could reach a limit. */
  static final Duration IN_FLIGHT_RETRY = Duration.ofSeconds(1);

  /** Attempts under way from one address, or for one account from it, before any failure. */
  static final int IN_FLIGHT_CAP = 64;

  /** Attempts under way longer than this are no longer counted (an attempt never closed). */
  static final Duration IN_FLIGHT_TIMEOUT = Duration.ofMinutes(1);

  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private enum Outcome {
    SUCCESS,
    FAILURE,
    NONE
  }

  private final LoginThrottleProperties settings;
  private final Clock clock;
  private final LoginThrottleTable<String, AddressState> addresses;
  private final LoginThrottleTable<Pair, PairState> pairs;

  @Autowired
  LoginThrottle(LoginThrottleProperties settings) {
    this(settings, Clock.systemUTC());
  }

  LoginThrottle(LoginThrottleProperties settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.addresses = new LoginThrottleTable<>(settings.maxEntries());
    this.pairs = new LoginThrottleTable<>(settings.maxEntries());
  }

  /**
   * Asks to check a password of {@code account} for a client at {@code clientAddress}. When {@link
   * Attempt#allowed()}, check it and report {@link Attempt#succeeded()} or {@link
   * Attempt#failed()}; always {@link Attempt#close()} it (try-with-resources), which releases an
   * attempt that was neither.
   */
  public Attempt begin(String account, String clientAddress) {
    String address = LoginThrottleKeys.address(clientAddress);
    Pair pair = new Pair(address, LoginThrottleKeys.account(account));
    Instant now = clock.instant();
    synchronized (this) {
      AddressState a = addresses.get(address);
      if (a != null) {
        a.expire(now);
        if (a.blocked(now)) {
          return Attempt.refused(Duration.between(now, a.blockedUntil));
        }
        if (holdsInFlight(a.failures, a.pending, settings.addressMaxFailures())) {
          return Attempt.refused(IN_FLIGHT_RETRY);
        }
      }
      PairState p = pairs.get(pair);
      if (p != null) {
        p.expire(now);
        if (p.blocked(now)) {
          return Attempt.refused(Duration.between(now, p.blockedUntil));
        }
        if (holdsInFlight(p.failures, p.pending, settings.accountMaxFailures())) {
          return Attempt.refused(IN_FLIGHT_RETRY);
        }
      }
      if (a == null) {
        a = addresses.put(address, new AddressState());
      }
      if (p == null) {
        p = pairs.put(pair, new PairState());
      }
      a.started(now);
      p.started(now);
      addresses.trim(now);
      pairs.trim(now);
      return new Attempt(this, address, pair);
    }
  }

  /**
   * Attempts under way count against the limit once the address (or pair) has failed: a guesser
   * cannot send many guesses at once past it. A client that has not failed — an integration or a
   * busy office behind one address sending many authenticated requests at once, each a "login"
   * under HTTP Basic — is held only beyond {@link #IN_FLIGHT_CAP} requests under way.
   */
  private static boolean holdsInFlight(int failures, int pending, int maxFailures) {
    if (pending == 0) {
      return false; // nothing under way: the failures themselves decide (blockedUntil)
    }
    return failures > 0 ? failures + pending >= maxFailures : pending >= IN_FLIGHT_CAP;
  }

  private synchronized void finish(Attempt attempt, Outcome outcome) {
    Instant now = clock.instant();
    AddressState a = addresses.get(attempt.address);
    PairState p = pairs.get(attempt.pair);
    if (outcome == Outcome.FAILURE) {
      // Counted even if the entries were pushed out meanwhile.
      if (a == null) {
        a = addresses.put(attempt.address, new AddressState());
      }
      if (p == null) {
        p = pairs.put(attempt.pair, new PairState());
      }
    }
    if (a != null) {
      a.pending = Math.max(0, a.pending - 1);
      if (outcome == Outcome.FAILURE) {
        addressFailed(a, attempt.address, now);
      }
    }
    if (p != null) {
      p.pending = Math.max(0, p.pending - 1);
      if (outcome == Outcome.FAILURE) {
        pairFailed(p, attempt.pair, now);
      } else if (outcome == Outcome.SUCCESS) {
        p.failures = 0;
        p.lastFailure = null;
        p.blockedUntil = null;
        if (p.pending == 0) {
          pairs.remove(attempt.pair);
        }
      }
    }
    addresses.trim(now);
    pairs.trim(now);
  }

  private void addressFailed(AddressState a, String address, Instant now) {
    a.expire(now);
    if (a.windowStart == null) {
      a.windowStart = now;
    }
    a.failures++;
    if (a.failures >= settings.addressMaxFailures()) {
      a.blockedUntil = now.plus(settings.addressBlock());
      a.failures = 0;
      a.windowStart = null;
      log.warn(
          "Logins from {} refused for {}: {} failed logins within {}",
          address,
          settings.addressBlock(),
          settings.addressMaxFailures(),
          settings.addressWindow());
    }
  }

  private void pairFailed(PairState p, Pair pair, Instant now) {
    p.expire(now);
    p.failures++;
    p.lastFailure = now;
    if (p.failures >= settings.accountMaxFailures()) {
      Duration delay = delayAfter(p.failures);
      p.blockedUntil = now.plus(delay);
      log.info(
          "Logins as '{}' from {} refused for {} after {} failed logins",
          CONTROL.matcher(pair.account).replaceAll("?"),
          pair.address,
          delay,
          p.failures);
    }
  }

  /** The wait after the {@code failures}-th failure of a pair (at least account-max-failures). */
  Duration delayAfter(int failures) {
    int doublings = Math.min(failures - settings.accountMaxFailures(), 30);
    Duration delay = settings.accountDelay().multipliedBy(1L << Math.max(doublings, 0));
    return delay.compareTo(settings.accountMaxDelay()) > 0 ? settings.accountMaxDelay() : delay;
  }

  /** Forgets everything (tests). */
  synchronized void clear() {
    addresses.map.clear();
    pairs.map.clear();
  }

  synchronized int trackedAddresses() {
    return addresses.map.size();
  }

  synchronized int trackedPairs() {
    return pairs.map.size();
  }

  /**
   * One login attempt: refused (with the time to wait), or allowed until its outcome is reported.
   */
  public static final class Attempt implements AutoCloseable {
    private final LoginThrottle throttle;
    private final String address;
    private final Pair pair;
    private final Duration retryAfter;
    private boolean done;

    private Attempt(LoginThrottle throttle, String address, Pair pair) {
      this.throttle = throttle;
      this.address = address;
      this.pair = pair;
      this.retryAfter = null;
    }

    private Attempt(Duration retryAfter) {
      this.throttle = null;
      this.address = null;
      this.pair = null;
      this.retryAfter = retryAfter;
      this.done = true;
    }

    private static Attempt refused(Duration retryAfter) {
      return new Attempt(retryAfter);
    }

    /** Whether the password may be checked. */
    public boolean allowed() {
      return retryAfter == null;
    }

    /** How long a refused client must wait; null when allowed. */
    public Duration retryAfter() {
      return retryAfter;
    }

    /** The password was right: resets this account's failures from this address. */
    public void succeeded() {
      end(Outcome.SUCCESS);
    }

    /** The password (or the account) was wrong. */
    public void failed() {
      end(Outcome.FAILURE);
    }

    /** Releases an attempt whose outcome was not reported (no password checked, an error). */
    @Override
    public void close() {
      end(Outcome.NONE);
    }

    private void end(Outcome outcome) {
      synchronized (this) {
        if (done) {
          return;
        }
        done = true;
      }
      throttle.finish(this, outcome);
    }
  }

  private record Pair(String address, String account) {}

  private final class AddressState extends LoginThrottleTable.State {
    Instant windowStart;
    int failures;

    @Override
    void expire(Instant now) {
      super.expire(now);
      if (windowStart != null && !now.isBefore(windowStart.plus(settings.addressWindow()))) {
        windowStart = null;
        failures = 0;
      }
    }

    @Override
    boolean forgettable(Instant now) {
      expire(now);
      return pending == 0 && !blocked(now) && failures == 0;
    }
  }

  private final class PairState extends LoginThrottleTable.State {
    Instant lastFailure;
    int failures;

    @Override
    void expire(Instant now) {
      super.expire(now);
      if (lastFailure != null && !now.isBefore(lastFailure.plus(settings.accountForgetAfter()))) {
        lastFailure = null;
        failures = 0;
      }
    }

    @Override
    boolean forgettable(Instant now) {
      expire(now);
      return pending == 0 && !blocked(now) && failures == 0;
    }
  }
}
