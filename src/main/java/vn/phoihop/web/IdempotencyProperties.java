package vn.phoihop.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code Idempotency-Key} of PhoiHop's creating requests ({@link IdempotentRequests}).
 *
 * @param retention how long a key and its first answer are kept: a repeat within it gets the same
 *     answer
 * @param concurrentWait how long a request waits for another one with the same key that is still
 *     running before answering 409
 * @param lease after this long, a key whose request never finished (its node stopped) is given to
 *     the next request with that key; the unfinished request wrote nothing (its record and the
 *     key's answer are written in one transaction)
 * @param cleanupInterval how often expired keys are deleted
 */
@ConfigurationProperties("phoihop.idempotency")
record IdempotencyProperties(
    Duration retention, Duration concurrentWait, Duration lease, Duration cleanupInterval) {

  public IdempotencyProperties {
    retention = retention == null ? Duration.ofHours(24) : retention;
    concurrentWait = concurrentWait == null ? Duration.ofSeconds(30) : concurrentWait;
    lease = lease == null ? Duration.ofMinutes(5) : lease;
    cleanupInterval = cleanupInterval == null ? Duration.ofHours(1) : cleanupInterval;
  }
}
