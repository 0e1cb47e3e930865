package vn.phoihop.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "notification")
class Notification {

  private static final int MAX_ERROR_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String recipientUserId;

  private String recipientEmail;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NotificationKind kind;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String body;

  private String link;

  private String businessKey;

  private String taskId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeliveryStatus status;

  private int attempts;

  private String lastError;

  @Column(nullable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant nextAttemptAt;

  private Instant sentAt;

  protected Notification() {}

  Notification(
      String recipientUserId,
      String recipientEmail,
      NotificationKind kind,
      String subject,
      String body,
      String link,
      String businessKey,
      String taskId,
      Instant now) {
    this.recipientUserId = recipientUserId;
    this.recipientEmail = recipientEmail;
    this.kind = kind;
    this.subject = subject;
    this.body = body;
    this.link = link;
    this.businessKey = businessKey;
    this.taskId = taskId;
    this.status = DeliveryStatus.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  void markSent(Instant now) {
    status = DeliveryStatus.SENT;
    sentAt = now;
    lastError = null;
  }

  void markUndeliverable(String reason) {
    status = DeliveryStatus.UNDELIVERABLE;
    lastError = truncate(reason);
  }

  /** A failed attempt: try again later, or give up after {@code maxAttempts}. */
  void markAttemptFailed(String error, int maxAttempts, Instant retryAt) {
    lastError = truncate(error);
    if (attempts >= maxAttempts) {
      status = DeliveryStatus.FAILED;
    } else {
      nextAttemptAt = retryAt;
    }
  }

  private static String truncate(String text) {
    if (text == null) {
      return null;
    }
    return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
  }

  Long getId() {
    return id;
  }

  String getRecipientUserId() {
    return recipientUserId;
  }

  String getRecipientEmail() {
    return recipientEmail;
  }

  NotificationKind getKind() {
    return kind;
  }

  String getSubject() {
    return subject;
  }

  String getBody() {
    return body;
  }

  String getLink() {
    return link;
  }

  String getBusinessKey() {
    return businessKey;
  }

  String getTaskId() {
    return taskId;
  }

  DeliveryStatus getStatus() {
    return status;
  }

  int getAttempts() {
    return attempts;
  }

  String getLastError() {
    return lastError;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  Instant getSentAt() {
    return sentAt;
  }
}
