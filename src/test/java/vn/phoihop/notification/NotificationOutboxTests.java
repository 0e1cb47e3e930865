package vn.phoihop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * The outbox against a real SMTP server (GreenMail on port 3025, as the test profile configures).
 */
@PhoiHopIntegrationTest
class NotificationOutboxTests {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired Notifications notifications;
  @Autowired NotificationSender sender;
  @Autowired NotificationRepository repository;

  @Test
  void storedNotificationIsDeliveredByEmailInVietnamese() throws Exception {
    String key = "TEST-" + UUID.randomUUID();
    int stored =
        notifications.toUsers(
            List.of("canbo.qltttni"),
            NotificationKind.REMINDER,
            "[PhoiHop] Nhắc việc: Góp ý dự thảo quy chế",
            "Đề nghị đồng chí góp ý trước hạn.",
            key,
            "task-1");
    assertThat(stored).isEqualTo(1);
    Notification row = repository.findByBusinessKeyOrderByCreatedAt(key).get(0);
    assertThat(row.getStatus()).isEqualTo(DeliveryStatus.PENDING);

    sender.sendDue();

    assertThat(repository.findById(row.getId()).orElseThrow().getStatus())
        .isEqualTo(DeliveryStatus.SENT);
    MimeMessage mail = received(key);
    assertThat(mail.getSubject()).isEqualTo("[PhoiHop] Nhắc việc: Góp ý dự thảo quy chế");
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("canbo.qltttni@demo.phoihop.vn");
    assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
    assertThat(mail.getContent().toString())
        .contains("Đề nghị đồng chí góp ý trước hạn.")
        .contains("/camunda/app/tasklist/default/#/?task=task-1");
  }

  @Test
  void messageStaysPendingWhileTheMailServerIsDownAndIsDeliveredWhenItIsBack() throws Exception {
    String key = "TEST-" + UUID.randomUUID();
    greenMail.stop();
    notifications.toGroups(
        List.of("QLTT-TNI.leader"),
        NotificationKind.ESCALATION,
        "[PhoiHop] Quá hạn: " + key,
        "Quá hạn.",
        key,
        null);

    sender.sendDue();

    List<Notification> rows = repository.findByBusinessKeyOrderByCreatedAt(key);
    assertThat(rows).isNotEmpty();
    assertThat(rows)
        .allSatisfy(
            n -> {
              assertThat(n.getStatus()).isEqualTo(DeliveryStatus.PENDING);
              assertThat(n.getAttempts()).isEqualTo(1);
              assertThat(n.getLastError()).isNotBlank();
            });

    greenMail.start();
    sender.sendDue();

    assertThat(repository.findByBusinessKeyOrderByCreatedAt(key))
        .allSatisfy(
            n -> {
              assertThat(n.getStatus()).isEqualTo(DeliveryStatus.SENT);
              assertThat(n.getAttempts()).isEqualTo(2);
            });
    assertThat(received(key).getAllRecipients()[0].toString())
        .isEqualTo("lanhdao.qltttni@demo.phoihop.vn");
  }

  private static MimeMessage received(String key) throws Exception {
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      if (message.getSubject().contains(key)
          || message.getContent().toString().contains("task-1")) {
        return message;
      }
    }
    throw new AssertionError("No mail received for " + key);
  }
}
