package vn.phoihop.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the outbox sender on a schedule; off in tests, which call the sender themselves. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(
    name = "phoihop.scheduling.enabled",
    havingValue = "true",
    matchIfMissing = true)
class NotificationScheduling {

  private final NotificationSender sender;

  NotificationScheduling(NotificationSender sender) {
    this.sender = sender;
  }

  @Scheduled(
      fixedDelayString = "${phoihop.notification.send-interval:PT30S}",
      initialDelayString = "${phoihop.notification.send-interval:PT30S}")
  void sendDue() {
    sender.sendDue();
  }
}
