package vn.phoihop.inforequest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

  @Column(name = "requester_province")
  private String requesterProvince;

  @Column(name = "receiver_agency", nullable = false)
  private String receiverAgency;

  @Column(name = "receiver_province")
  private String receiverProvince;

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

  @OneToMany(cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "request_id", nullable = false)
  @OrderBy("id")
  private List<InformationExchange> items = new ArrayList<>();

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
    items.add(
        new InformationExchange(
            InformationExchange.Kind.REQUESTED, requesterAgency, createdBy, createdAt));
  }

  /** The provinces the two parties lie in (for the managers who read the request). */
  void locate(String requesterProvince, String receiverProvince) {
    this.requesterProvince = requesterProvince;
    this.receiverProvince = receiverProvince;
  }

  /** A reply by the receiver, by {@code actor}, at {@code at}. */
  void reply(
      ReplyKind kind, String text, String reason, LocalDate restDue, String actor, Instant at) {
    exchanges++;
    items.add(
        new InformationExchange(
            switch (kind) {
              case FULL -> InformationExchange.Kind.ANSWERED;
              case PARTIAL -> InformationExchange.Kind.PARTLY_ANSWERED;
              case REFUSED -> InformationExchange.Kind.REFUSED;
            },
            receiverAgency,
            actor,
            at));
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

  String getRequesterProvince() {
    return requesterProvince;
  }

  String getReceiverProvince() {
    return receiverProvince;
  }

  String getCreatedBy() {
    return createdBy;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  List<InformationExchange> getItems() {
    return Collections.unmodifiableList(items);
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
