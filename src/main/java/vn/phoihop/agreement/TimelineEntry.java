package vn.phoihop.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in an agreement's life: who did what, when, on behalf of which agency, and why. */
@Entity
@Table(name = "agreement_timeline")
class TimelineEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(name = "agency_code")
  private String agencyCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TimelineAction action;

  @Column(name = "version_no")
  private Integer versionNo;

  private String detail;

  private String reason;

  protected TimelineEntry() {}

  TimelineEntry(
      Instant occurredAt,
      String actor,
      String agencyCode,
      TimelineAction action,
      Integer versionNo,
      String detail,
      String reason) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.agencyCode = agencyCode;
    this.action = action;
    this.versionNo = versionNo;
    this.detail = detail;
    this.reason = reason;
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAgencyCode() {
    return agencyCode;
  }

  public TimelineAction getAction() {
    return action;
  }

  public Integer getVersionNo() {
    return versionNo;
  }

  public String getDetail() {
    return detail;
  }

  public String getReason() {
    return reason;
  }
}
