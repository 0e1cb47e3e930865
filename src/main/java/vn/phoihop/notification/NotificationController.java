package vn.phoihop.notification;

import io.swagger.v3.oas.annotations.Operation;
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
import vn.phoihop.web.ApiException;

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
  @Operation(summary = "The caller's own notifications, newest first, with their delivery state")
  List<NotificationView> mine(@RequestParam(defaultValue = "50") int limit) {
    if (limit < 1 || limit > 500) {
      throw ApiException.invalid("limit", "Số bản ghi phải từ 1 đến 500.");
    }
    return repository
        .findByRecipientUserIdOrderByCreatedAtDesc(currentUser.userId(), PageRequest.of(0, limit))
        .stream()
        .map(NotificationView::of)
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
      int attempts,
      String lastError,
      Instant createdAt,
      Instant sentAt) {

    static NotificationView of(Notification n) {
      return new NotificationView(
          n.getId(),
          n.getKind(),
          n.getSubject(),
          n.getBody(),
          n.getLink(),
          n.getBusinessKey(),
          n.getTaskId(),
          n.getStatus(),
          n.getAttempts(),
          n.getLastError(),
          n.getCreatedAt(),
          n.getSentAt());
    }
  }
}
