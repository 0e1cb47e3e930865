package vn.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.PhoiHopIntegrationTest;

/** An installation without SMTP keeps every message, marked undeliverable, never dropped. */
@PhoiHopIntegrationTest
class NotificationWithoutMailServerTests {

  @Autowired Notifications notifications;
  @Autowired NotificationRepository repository;
  @Autowired NotificationProperties properties;
  @Autowired TransactionTemplate transactions;
  @Autowired TestRestTemplate rest;

  @Value("${phoihop.demo.password}")
  String password;

  @Test
  void withoutMailServerMessagesAreKeptAsUndeliverable() {
    String key = "TEST-" + UUID.randomUUID();
    notifications.toUsers(
        List.of("lanhdao.qltttni"), NotificationKind.INFO, "Thông báo thử", "Nội dung", key, null);
    // The same sender as production, but with no JavaMailSender bean (spring.mail.host unset).
    var noMail = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
    var sender = new NotificationSender(repository, noMail, properties, transactions);

    assertThat(sender.sendDue()).isZero();

    Notification row = repository.findByBusinessKeyOrderByCreatedAt(key).get(0);
    assertThat(row.getStatus()).isEqualTo(DeliveryStatus.UNDELIVERABLE);
    assertThat(row.getLastError()).contains("No SMTP server configured");
    assertThat(row.getSubject()).isEqualTo("Thông báo thử");
  }

  /**
   * What an installation without PHOIHOP_MAIL_HOST runs: application.yaml sets spring.mail.host to
   * the empty variable, and Boot's mail auto-configuration, conditional on the property being
   * present, still creates a sender with an empty host, which JavaMail takes for localhost:25.
   */
  @Test
  void anEmptyMailHostMeansNoMailServerNotLocalhost() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
        .withPropertyValues("spring.mail.host=", "spring.mail.port=25")
        .run(
            context -> {
              assertThat(context).hasSingleBean(JavaMailSender.class);
              JavaMailSender emptyHost = context.getBean(JavaMailSender.class);
              String key = "TEST-" + UUID.randomUUID();
              notifications.toUsers(
                  List.of("lanhdao.qltttni"),
                  NotificationKind.INFO,
                  "Thông báo thử",
                  "Nội dung",
                  key,
                  null);
              var provider =
                  new StaticListableBeanFactory(Map.of("mailSender", emptyHost))
                      .getBeanProvider(JavaMailSender.class);
              var sender = new NotificationSender(repository, provider, properties, transactions);

              assertThat(sender.sendDue()).isZero();

              Notification row = repository.findByBusinessKeyOrderByCreatedAt(key).get(0);
              assertThat(row.getStatus()).isEqualTo(DeliveryStatus.UNDELIVERABLE);
              assertThat(row.getLastError())
                  .as("no connection to localhost:25 attempted")
                  .contains("No SMTP server configured")
                  .doesNotContain("connect");
            });
  }

  @Test
  void usersListOnlyTheirOwnNotificationsWithDeliveryState() {
    String key = "TEST-" + UUID.randomUUID();
    notifications.toUsers(
        List.of("canbo.qlttvlg"),
        NotificationKind.REMINDER,
        "Nhắc việc thử",
        "Nội dung",
        key,
        "t-42");
    JsonNode mine =
        rest.withBasicAuth("canbo.qlttvlg", password)
            .getForObject("/api/v1/notifications", JsonNode.class);
    JsonNode row = null;
    for (JsonNode n : mine) {
      if (key.equals(n.get("businessKey").asText())) {
        row = n;
      }
    }
    assertThat(row).isNotNull();
    assertThat(row.get("status").asText()).isEqualTo("PENDING");
    assertThat(row.get("subject").asText()).isEqualTo("Nhắc việc thử");
    assertThat(row.get("link").asText()).endsWith("/camunda/app/tasklist/default/#/?task=t-42");

    JsonNode others =
        rest.withBasicAuth("lanhdao.qlttvlg", password)
            .getForObject("/api/v1/notifications", JsonNode.class);
    assertThat(others.findValuesAsText("businessKey")).doesNotContain(key);
  }
}
