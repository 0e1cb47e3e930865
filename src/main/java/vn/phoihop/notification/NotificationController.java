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
      throw DomainException.invalid("limit", "Số bản ghi phải từ 1 đến 500.");
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
                  "Trạng thái gửi thư: Đang chờ gửi, Đang chờ gửi lại, Đã gửi, Không gửi được")
          String deliveryState,
      @Schema(description = "Giải thích trạng thái gửi thư cho người dùng") String deliveryDetail,
      int attempts,
      @Schema(description = "Lỗi kỹ thuật của lần gửi cuối (chỉ quản trị viên thấy)")
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
        case PENDING -> n.getLastError() == null ? "Đang chờ gửi" : "Đang chờ gửi lại";
        case SENT -> "Đã gửi";
        case UNDELIVERABLE, FAILED -> "Không gửi được";
      };
    }

    static String deliveryDetail(Notification n) {
      return switch (n.getStatus()) {
        case PENDING ->
            n.getLastError() == null
                ? "Thư điện tử sẽ được gửi trong ít phút."
                : "Lần gửi thư điện tử trước chưa thành công; hệ thống sẽ tự gửi lại.";
        case SENT -> "Thư điện tử đã được chuyển đến máy chủ thư.";
        case UNDELIVERABLE ->
            n.getRecipientEmail() == null
                ? "Tài khoản của bạn chưa có địa chỉ thư điện tử nên không gửi được thư; thông báo"
                    + " vẫn được lưu tại đây. Hãy đề nghị quản trị viên cập nhật địa chỉ thư."
                : "Hệ thống chưa được cấu hình máy chủ thư nên không gửi được thư; thông báo vẫn"
                    + " được lưu tại đây.";
        case FAILED ->
            "Đã thử gửi thư điện tử "
                + n.getAttempts()
                + " lần không thành công; thông báo vẫn được lưu tại đây. Nếu cần, hãy báo quản"
                + " trị viên.";
      };
    }
  }
}
