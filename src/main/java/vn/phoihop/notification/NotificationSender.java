package vn.phoihop.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.Templates;

/**
 * Delivers due outbox rows by e-mail. Each message is claimed, sent and marked in its own
 * transaction; a failed attempt is retried with backoff, and nothing is ever deleted.
 */
@Component
class NotificationSender {

  private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

  private final NotificationRepository repository;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final NotificationProperties properties;
  private final TransactionTemplate transactions;

  NotificationSender(
      NotificationRepository repository,
      ObjectProvider<JavaMailSender> mailSender,
      NotificationProperties properties,
      TransactionTemplate transactions) {
    this.repository = repository;
    this.mailSender = mailSender;
    this.properties = properties;
    this.transactions = transactions;
  }

  /** Sends every due message once; returns how many were sent. */
  int sendDue() {
    Instant now = Clocks.now();
    List<Long> due = repository.findDueIds(now, PageRequest.of(0, properties.batchSize()));
    int sent = 0;
    for (Long id : due) {
      if (deliver(id)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean deliver(Long id) {
    Instant now = Clocks.now();
    Integer claimed =
        transactions.execute(tx -> repository.claim(id, now, now.plus(properties.lease())));
    if (claimed == null || claimed == 0) {
      return false; // another node has it
    }
    Notification notification = repository.findById(id).orElseThrow();
    Attempt attempt = send(notification);
    transactions.executeWithoutResult(
        tx -> {
          Notification current = repository.findById(id).orElseThrow();
          switch (attempt.outcome()) {
            case SENT -> current.markSent(Clocks.now());
            case UNDELIVERABLE -> current.markUndeliverable(attempt.error());
            case FAILED ->
                current.markAttemptFailed(
                    attempt.error(),
                    properties.maxAttempts(),
                    Clocks.now().plus(properties.backoffAfter(current.getAttempts())));
          }
        });
    return attempt.outcome() == Outcome.SENT;
  }

  private enum Outcome {
    SENT,
    /** Retrying cannot help as things stand. */
    UNDELIVERABLE,
    /** Worth another attempt later. */
    FAILED
  }

  private record Attempt(Outcome outcome, String error) {}

  private Attempt send(Notification notification) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (!configured(sender)) {
      return new Attempt(
          Outcome.UNDELIVERABLE, "No SMTP server configured (PHOIHOP_MAIL_HOST, spring.mail.host)");
    }
    if (notification.getRecipientEmail() == null) {
      return new Attempt(
          Outcome.UNDELIVERABLE,
          "Recipient " + notification.getRecipientUserId() + " has no e-mail address");
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(notification.getRecipientEmail());
      helper.setSubject(notification.getSubject());
      helper.setText(text(notification), false);
      sender.send(message);
      log.info(
          "Sent notification {} ({}) for {} to {}",
          notification.getId(),
          notification.getKind(),
          notification.getBusinessKey(),
          notification.getRecipientUserId());
      return new Attempt(Outcome.SENT, null);
    } catch (MailException | MessagingException e) {
      log.warn(
          "Delivery of notification {} for {} failed (attempt {}): {}",
          notification.getId(),
          notification.getBusinessKey(),
          notification.getAttempts() + 1,
          e.getMessage());
      return new Attempt(Outcome.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /**
   * Whether there is a mail server to send to. Without PHOIHOP_MAIL_HOST, application.yaml still
   * sets spring.mail.host (to the empty string) and Boot's auto-configuration, which only asks
   * whether the property is present, creates a sender with an empty host: JavaMail would then try
   * localhost:25 on every attempt. A sender without a host (in itself or in its session's
   * properties) counts as no mail server, so the message is kept as UNDELIVERABLE at once.
   */
  static boolean configured(JavaMailSender sender) {
    if (sender == null) {
      return false;
    }
    if (!(sender instanceof JavaMailSenderImpl impl)) {
      return true;
    }
    if (StringUtils.hasText(impl.getHost())) {
      return true;
    }
    String protocol = impl.getProtocol() == null ? "smtp" : impl.getProtocol();
    var session = impl.getSession().getProperties();
    return StringUtils.hasText(session.getProperty("mail." + protocol + ".host"))
        || StringUtils.hasText(session.getProperty("mail.host"));
  }

  /** The e-mail's text: the body, the task's link when there is one, the footer. */
  private static String text(Notification notification) {
    Map<String, Object> values = new HashMap<>();
    values.put("body", notification.getBody());
    values.put("link", notification.getLink());
    return Templates.render("notification/mail", values).stripTrailing();
  }
}
