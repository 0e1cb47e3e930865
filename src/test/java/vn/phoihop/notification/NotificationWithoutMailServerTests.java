package vn.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
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
