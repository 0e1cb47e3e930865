package vn.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * {@code GET /api/v1/notifications}: a user reads where their e-mail is in Vietnamese, never the
 * mail server's error text; an administrator still sees that error.
 */
@PhoiHopIntegrationTest
class NotificationDeliveryStateTests {

  static final String SMTP_ERROR =
      "MailSendException: Mail server connection failed. Couldn't connect to host, port: localhost, 25";

  @Autowired Notifications notifications;
  @Autowired NotificationRepository repository;
  @Autowired TransactionTemplate transactions;
  @Autowired TestRestTemplate rest;

  @Value("${phoihop.demo.password}")
  String password;

  @Test
  void aUserSeesTheStateInVietnameseNotTheServersError() {
    String key = failedOnce("canbo.qlttvlg");

    JsonNode row = mine("canbo.qlttvlg", key);

    assertThat(row.get("status").asText()).isEqualTo("PENDING");
    assertThat(row.get("deliveryState").asText()).isEqualTo("Đang chờ gửi lại");
    assertThat(row.get("deliveryDetail").asText()).contains("tự gửi lại");
    assertThat(row.has("lastError")).isFalse();
    assertThat(row.toString()).doesNotContain("localhost").doesNotContain("Exception");
  }

  @Test
  void anAdministratorStillSeesTheTechnicalError() {
    String key = failedOnce("quantri");

    JsonNode row = mine("quantri", key);

    assertThat(row.get("deliveryState").asText()).isEqualTo("Đang chờ gửi lại");
    assertThat(row.get("lastError").asText()).isEqualTo(SMTP_ERROR);
  }

  @Test
  void eachStateHasItsVietnameseLabel() {
    String waiting = store("canbo.qlttvlg");
    String sent = store("canbo.qlttvlg");
    String undeliverable = store("canbo.qlttvlg");
    String failed = store("canbo.qlttvlg");
    update(sent, n -> n.markSent(Instant.now()));
    update(undeliverable, n -> n.markUndeliverable("No SMTP server configured"));
    update(failed, n -> n.markAttemptFailed(SMTP_ERROR, 0, Instant.now()));

    assertThat(mine("canbo.qlttvlg", waiting).get("deliveryState").asText())
        .isEqualTo("Đang chờ gửi");
    assertThat(mine("canbo.qlttvlg", sent).get("deliveryState").asText()).isEqualTo("Đã gửi");
    JsonNode notSent = mine("canbo.qlttvlg", undeliverable);
    assertThat(notSent.get("deliveryState").asText()).isEqualTo("Không gửi được");
    assertThat(notSent.get("deliveryDetail").asText()).contains("chưa được cấu hình máy chủ thư");
    JsonNode gaveUp = mine("canbo.qlttvlg", failed);
    assertThat(gaveUp.get("status").asText()).isEqualTo("FAILED");
    assertThat(gaveUp.get("deliveryState").asText()).isEqualTo("Không gửi được");
    assertThat(gaveUp.has("lastError")).isFalse();
  }

  private String store(String userId) {
    String key = "TEST-" + UUID.randomUUID();
    notifications.toUsers(
        List.of(userId), NotificationKind.REMINDER, "Nhắc việc thử", "Nội dung", key, null);
    return key;
  }

  /** A notification whose first delivery failed against an unreachable SMTP server. */
  private String failedOnce(String userId) {
    String key = store(userId);
    update(key, n -> n.markAttemptFailed(SMTP_ERROR, 10, Instant.now()));
    return key;
  }

  private void update(String key, java.util.function.Consumer<Notification> change) {
    transactions.executeWithoutResult(
        tx -> change.accept(repository.findByBusinessKeyOrderByCreatedAt(key).get(0)));
  }

  private JsonNode mine(String userId, String key) {
    JsonNode all =
        rest.withBasicAuth(userId, password)
            .getForObject("/api/v1/notifications?limit=500", JsonNode.class);
    for (JsonNode n : all) {
      if (key.equals(n.get("businessKey").asText())) {
        return n;
      }
    }
    throw new AssertionError(userId + " does not see " + key + ": " + all);
  }
}
