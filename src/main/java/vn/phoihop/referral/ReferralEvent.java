package vn.phoihop.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.phoihop.referral.ReferralEnums.Action;
import vn.phoihop.shared.Clocks;

/** One line of a referral's audit trail: who did what, when, and why. */
@Entity
@Table(name = "case_referral_event")
class ReferralEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "referral_id")
  private CaseReferral referral;

  @Column(nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Action action;

  private String reason;

  private String detail;

  /** The legal date the event stands for (a receipt, a decision, …), when it has one. */
  private LocalDate legalDate;

  protected ReferralEvent() {}

  ReferralEvent(
      CaseReferral referral,
      Instant occurredAt,
      String actor,
      Action action,
      String reason,
      String detail,
      LocalDate legalDate) {
    this.referral = referral;
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.reason = reason;
    this.detail = detail;
    this.legalDate = legalDate;
  }

  Instant getOccurredAt() {
    return occurredAt;
  }

  String getActor() {
    return actor;
  }

  Action getAction() {
    return action;
  }

  String getReason() {
    return reason;
  }

  String getDetail() {
    return detail;
  }

  LocalDate getLegalDate() {
    return legalDate;
  }

  /**
   * How many days after the legal date the step was recorded in PhoiHop (Vietnam time); 0 when on
   * the day or when the event has no legal date.
   */
  long recordedLateDays() {
    if (legalDate == null) {
      return 0;
    }
    return Math.max(0, ChronoUnit.DAYS.between(legalDate, Clocks.dayOf(occurredAt)));
  }
}
