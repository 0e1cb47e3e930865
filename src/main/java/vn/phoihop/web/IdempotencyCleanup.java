package vn.phoihop.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Deletes expired {@code Idempotency-Key} rows on a schedule; off in tests (they call it). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(
    name = "phoihop.scheduling.enabled",
    havingValue = "true",
    matchIfMissing = true)
class IdempotencyCleanup {

  private static final Logger log = LoggerFactory.getLogger(IdempotencyCleanup.class);

  private final IdempotentRequests requests;

  IdempotencyCleanup(IdempotentRequests requests) {
    this.requests = requests;
  }

  @Scheduled(
      fixedDelayString = "${phoihop.idempotency.cleanup-interval:PT1H}",
      initialDelayString = "${phoihop.idempotency.cleanup-interval:PT1H}")
  void deleteExpired() {
    int deleted = requests.deleteExpired();
    if (deleted > 0) {
      log.info("Deleted {} expired idempotency keys", deleted);
    }
  }
}
