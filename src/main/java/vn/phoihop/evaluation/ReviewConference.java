package vn.phoihop.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The review conference (sơ kết / tổng kết) that closes a half-year or a year: when, who, minutes,
 * conclusions.
 */
@Entity
@Table(name = "evaluation_conference")
class ReviewConference {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "evaluation_id")
  private Evaluation evaluation;

  @Enumerated(EnumType.STRING)
  private ConferenceKind kind;

  private Instant heldAt;
  private String venue;
  private String chair;

  /** One participant (person and agency) per line. */
  @Column(columnDefinition = "varchar")
  private String participants;

  private String scheduledBy;
  private Instant scheduledAt;

  @Column(columnDefinition = "varchar")
  private String minutes;

  @Column(columnDefinition = "varchar")
  private String conclusions;

  private String recordedBy;
  private Instant recordedAt;

  @Version private long version;

  protected ReviewConference() {}

  ReviewConference(
      Evaluation evaluation,
      ConferenceKind kind,
      Instant heldAt,
      String venue,
      String chair,
      String participants,
      String scheduledBy,
      Instant scheduledAt) {
    this.evaluation = evaluation;
    this.kind = kind;
    this.heldAt = heldAt;
    this.venue = venue;
    this.chair = chair;
    this.participants = participants;
    this.scheduledBy = scheduledBy;
    this.scheduledAt = scheduledAt;
  }

  void recordMinutes(String minutes, String conclusions, String actor, Instant now) {
    this.minutes = minutes;
    this.conclusions = conclusions;
    this.recordedBy = actor;
    this.recordedAt = now;
  }

  Long getId() {
    return id;
  }

  ConferenceKind getKind() {
    return kind;
  }

  Instant getHeldAt() {
    return heldAt;
  }

  String getVenue() {
    return venue;
  }

  String getChair() {
    return chair;
  }

  String getParticipants() {
    return participants;
  }

  String getScheduledBy() {
    return scheduledBy;
  }

  Instant getScheduledAt() {
    return scheduledAt;
  }

  String getMinutes() {
    return minutes;
  }

  String getConclusions() {
    return conclusions;
  }

  String getRecordedBy() {
    return recordedBy;
  }

  Instant getRecordedAt() {
    return recordedAt;
  }
}
