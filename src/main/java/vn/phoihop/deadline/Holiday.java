package vn.phoihop.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "holiday")
class Holiday {

  @Id
  @Column(name = "holiday_date")
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DayKind kind;

  @Column(nullable = false)
  private String name;

  private boolean provisional;

  private String updatedBy;

  private Instant updatedAt;

  protected Holiday() {}

  Holiday(LocalDate day, DayKind kind, String name, boolean provisional) {
    this.day = day;
    this.kind = kind;
    this.name = name;
    this.provisional = provisional;
  }

  void update(DayKind kind, String name, boolean provisional, String user, Instant at) {
    this.kind = kind;
    this.name = name;
    this.provisional = provisional;
    this.updatedBy = user;
    this.updatedAt = at;
  }

  LocalDate getDay() {
    return day;
  }

  DayKind getKind() {
    return kind;
  }

  String getName() {
    return name;
  }

  boolean isProvisional() {
    return provisional;
  }

  String getUpdatedBy() {
    return updatedBy;
  }

  Instant getUpdatedAt() {
    return updatedAt;
  }
}
