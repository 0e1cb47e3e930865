package vn.phoihop.inforequest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One request for information from one party of an agreement to another, and its replies. */
@Entity
@Table(name = "information_request")
class InformationRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "agreement_code", nullable = false)
  private String agreementCode;

  @Column(name = "requester_agency", nullable = false)
  private String requesterAgency;

  @Column(name = "receiver_agency", nullable = false)
  private String receiverAgency;

  @Column(nullable = false)
  private String subject;

  @Column(nullable = false)
  private String question;

  @Column(nullable = false)
  private boolean restricted;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RequestStatus status = RequestStatus.OPEN;

  @Column(name = "reply_text")
  private String replyText;

  @Column(name = "refusal_reason")
  private String refusalReason;

  @Column(name = "rest_due_on")
  private LocalDate restDueOn;

  /** Items exchanged: the request and every reply, for both parties' KPIs. */
  @Column(nullable = false)
  private int exchanges = 1;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected InformationRequest() {}

  InformationRequest(
      String agreementCode,
      String requesterAgency,
      String receiverAgency,
      String subject,
      String question,
      boolean restricted,
      String createdBy,
      Instant createdAt) {
    this.agreementCode = agreementCode;
    this.requesterAgency = requesterAgency;
    this.receiverAgency = receiverAgency;
    this.subject = subject;
    this.question = question;
    this.restricted = restricted;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void reply(ReplyKind kind, String text, String reason, LocalDate restDue) {
    exchanges++;
    switch (kind) {
      case FULL -> {
        replyText = replyText == null ? text : replyText + "\n\n" + text;
        status = RequestStatus.ANSWERED;
        restDueOn = null;
      }
      case PARTIAL -> {
        replyText = replyText == null ? text : replyText + "\n\n" + text;
        status = RequestStatus.PARTLY_ANSWERED;
        restDueOn = restDue;
      }
      case REFUSED -> {
        refusalReason = reason;
        status = RequestStatus.REFUSED;
      }
    }
  }

  /** Whether an agency is one of the two parties of this request. */
  boolean involves(String agencyCode) {
    return requesterAgency.equals(agencyCode) || receiverAgency.equals(agencyCode);
  }

  String code() {
    return "YCTT-" + id;
  }

  Long getId() {
    return id;
  }

  String getAgreementCode() {
    return agreementCode;
  }

  String getRequesterAgency() {
    return requesterAgency;
  }

  String getReceiverAgency() {
    return receiverAgency;
  }

  String getSubject() {
    return subject;
  }

  String getQuestion() {
    return question;
  }

  boolean isRestricted() {
    return restricted;
  }

  RequestStatus getStatus() {
    return status;
  }

  String getReplyText() {
    return replyText;
  }

  String getRefusalReason() {
    return refusalReason;
  }

  LocalDate getRestDueOn() {
    return restDueOn;
  }

  int getExchanges() {
    return exchanges;
  }
}
