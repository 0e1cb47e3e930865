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

/** One item exchanged under a request: the request itself, a reply, or the refusal. */
@Entity
@Table(name = "information_exchange")
class InformationExchange {

  /** What the item was. */
  enum Kind {
    REQUESTED,
    ANSWERED,
    PARTLY_ANSWERED,
    REFUSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(name = "agency_code", nullable = false)
  private String agencyCode;

  @Column(nullable = false)
  private String actor;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected InformationExchange() {}

  InformationExchange(Kind kind, String agencyCode, String actor, Instant occurredAt) {
    this.kind = kind;
    this.agencyCode = agencyCode;
    this.actor = actor;
    this.occurredAt = occurredAt;
  }

  Kind getKind() {
    return kind;
  }

  String getAgencyCode() {
    return agencyCode;
  }

  String getActor() {
    return actor;
  }

  Instant getOccurredAt() {
    return occurredAt;
  }
}
