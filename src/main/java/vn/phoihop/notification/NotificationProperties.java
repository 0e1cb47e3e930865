package vn.phoihop.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param from sender address of PhoiHop's e-mails
 * @param sendInterval how often the outbox is scanned for due messages
 * @param maxAttempts delivery attempts before a message is marked FAILED (it is kept)
 * @param retryBackoff wait after a failed attempt (doubled per attempt, at most 1 hour)
 * @param batchSize messages handled per scan
 * @param lease how long a claimed message is reserved for the node that claimed it: a node that
 *     dies mid-attempt holds its messages this long, then another node retries them
 */
@ConfigurationProperties("phoihop.notification")
record NotificationProperties(
    String from,
    Duration sendInterval,
    Integer maxAttempts,
    Duration retryBackoff,
    Integer batchSize,
    Duration lease) {

  NotificationProperties {
    from = from == null || from.isBlank() ? "phoihop@localhost" : from;
    sendInterval = sendInterval == null ? Duration.ofSeconds(30) : sendInterval;
    maxAttempts = maxAttempts == null ? 10 : maxAttempts;
    retryBackoff = retryBackoff == null ? Duration.ofMinutes(1) : retryBackoff;
    batchSize = batchSize == null ? 50 : batchSize;
    lease = lease == null ? Duration.ofMinutes(5) : lease;
  }

  Duration backoffAfter(int attempts) {
    long factor = 1L << Math.min(Math.max(attempts - 1, 0), 6);
    Duration backoff = retryBackoff.multipliedBy(factor);
    return backoff.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : backoff;
  }
}
