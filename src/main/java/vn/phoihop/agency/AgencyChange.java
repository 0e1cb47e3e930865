package vn.phoihop.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One administrator's change to the registry, kept for the audit: who, when, why and what. */
@Entity
@Table(name = "agency_change")
class AgencyChange {

  enum Action {
    CREATED,
    RENAMED,
    MOVED,
    CLOSED,
    /** A province given to this customs branch. */
    COVERAGE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String agencyCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "action")
  private Action action;

  private String changedBy;

  private Instant changedAt;

  private String reason;

  private String details;

  protected AgencyChange() {}

  AgencyChange(
      String agencyCode,
      Action action,
      String changedBy,
      Instant changedAt,
      String reason,
      String details) {
    this.agencyCode = agencyCode;
    this.action = action;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
    this.reason = reason;
    this.details = details;
  }

  AgencyChangeView toView() {
    return new AgencyChangeView(
        id, agencyCode, action.name(), changedBy, changedAt, reason, details);
  }
}
