package vn.phoihop.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.identity.CurrentUser;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(
    name = "Notifications",
    description = "Reminders, escalations and notices addressed to the caller")
class NotificationController {

  private final NotificationRepository repository;
  private final CurrentUser currentUser;

  NotificationController(NotificationRepository repository, CurrentUser currentUser) {
    this.repository = repository;
    this.currentUser = currentUser;
  }

  @GetMapping
  @Transactional(readOnly = true)
  @Operation(
      summary = "The caller's own notifications, newest first, with their delivery state",
      description =
          "deliveryState and deliveryDetail say in Vietnamese where the e-mail is; the server's"
              + " error text (lastError) is shown to administrators only.")
  List<NotificationView> mine(@RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > 500) {
      throw DomainException.invalid("limit", Texts.text("notification.limit.range"));
    }
    boolean admin = currentUser.isAdmin();
    return repository
        .findByRecipientUserIdOrderByCreatedAtDesc(currentUser.userId(), PageRequest.of(0, limit))
        .stream()
        .map(n -> NotificationView.of(n, admin))
        .toList();
  }

  record NotificationView(
      Long id,
      NotificationKind kind,
      String subject,
      String body,
      String link,
      String businessKey,
      String taskId,
      DeliveryStatus status,
      @Schema(
              description =
                  "Delivery state in Vietnamese: Đang chờ gửi (pending), Đang chờ gửi lại"
                      + " (retrying), Đã gửi (sent), Không gửi được (undeliverable)")
          String deliveryState,
      @Schema(description = "The delivery state explained to the user, in Vietnamese")
          String deliveryDetail,
      int attempts,
      @Schema(description = "The mail server's error of the last attempt (administrators only)")
          @JsonInclude(JsonInclude.Include.NON_NULL)
          String lastError,
      Instant createdAt,
      Instant sentAt) {

    /** Users read the delivery state in Vietnamese; only administrators see the server's error. */
    static NotificationView of(Notification n, boolean admin) {
      return new NotificationView(
          n.getId(),
          n.getKind(),
          n.getSubject(),
          n.getBody(),
          n.getLink(),
          n.getBusinessKey(),
          n.getTaskId(),
          n.getStatus(),
          deliveryState(n),
          deliveryDetail(n),
          n.getAttempts(),
          admin ? n.getLastError() : null,
          n.getCreatedAt(),
          n.getSentAt());
    }

    static String deliveryState(Notification n) {
      return switch (n.getStatus()) {
        case PENDING ->
            n.getLastError() == null
                ? Texts.text("notification.state.pending")
                : Texts.text("notification.state.retrying");
        case SENT -> Texts.text("notification.state.sent");
        case UNDELIVERABLE, FAILED -> Texts.text("notification.state.failed");
      };
    }

    static String deliveryDetail(Notification n) {
      return switch (n.getStatus()) {
        case PENDING ->
            n.getLastError() == null
                ? Texts.text("notification.detail.pending")
                : Texts.text("notification.detail.retrying");
        case SENT -> Texts.text("notification.detail.sent");
        case UNDELIVERABLE ->
            n.getRecipientEmail() == null
                ? Texts.text("notification.detail.noAddress")
                : Texts.text("notification.detail.noMailServer");
        case FAILED -> Texts.text("notification.detail.failed", String.valueOf(n.getAttempts()));
      };
    }
  }
}
