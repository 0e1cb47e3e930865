package vn.phoihop.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.phoihop.evaluation.RatingFacts.PartyOutcome;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;

/** One party of an evaluation period and the report it files (KPIs, narrative, difficulties). */
@Entity
@Table(name = "evaluation_report")
class PartyReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "evaluation_id")
  private Evaluation evaluation;

  private String agencyCode;

  /**
   * The party's province when the period opened: managers of that province may read the evaluation.
   */
  private String provinceCode;

  private boolean lead;

  @Enumerated(EnumType.STRING)
  private ReportStatus status;

  private Instant overdueSince;
  private Instant filedAt;
  private String filedBy;

  /** Filed after the deadline (still accepted until the lead closed the period). */
  private boolean late;

  /** Calendar days between the deadline's day and the filing day, when late. */
  private Integer daysLate;

  @Embedded private Kpis kpis;

  @Column(columnDefinition = "varchar")
  private String narrative;

  @Column(columnDefinition = "varchar")
  private String difficulties;

  @Version private long version;

  protected PartyReport() {}

  PartyReport(Evaluation evaluation, String agencyCode, String provinceCode, boolean lead) {
    this.evaluation = evaluation;
    this.agencyCode = agencyCode;
    this.provinceCode = provinceCode;
    this.lead = lead;
    this.status = ReportStatus.PENDING;
  }

  void file(
      Kpis kpis, String narrative, String difficulties, String actor, Instant now, Instant dueAt) {
    if (status == ReportStatus.FILED) {
      throw DomainException.conflict(Texts.text("evaluation.report.alreadyFiled", agencyCode));
    }
    if (status == ReportStatus.MISSING) {
      throw DomainException.conflict(Texts.text("evaluation.report.closed", agencyCode));
    }
    this.kpis = kpis;
    this.narrative = narrative;
    this.difficulties = difficulties;
    this.filedBy = actor;
    this.filedAt = now;
    this.late = now.isAfter(dueAt);
    this.daysLate = late ? (int) Math.max(1, ChronoUnit.DAYS.between(day(dueAt), day(now))) : null;
    this.status = ReportStatus.FILED;
  }

  /** The deadline passed without a report. */
  boolean markOverdue(Instant now) {
    if (status != ReportStatus.PENDING) {
      return false;
    }
    status = ReportStatus.OVERDUE;
    overdueSince = now;
    return true;
  }

  /** The lead closed the period before this party filed. */
  boolean markMissing() {
    if (status == ReportStatus.FILED || status == ReportStatus.MISSING) {
      return false;
    }
    status = ReportStatus.MISSING;
    return true;
  }

  PartyOutcome outcome() {
    return new PartyOutcome(status == ReportStatus.FILED, late, kpis);
  }

  private static LocalDate day(Instant instant) {
    return instant.atZone(Clocks.ZONE).toLocalDate();
  }

  Long getId() {
    return id;
  }

  Evaluation getEvaluation() {
    return evaluation;
  }

  String getAgencyCode() {
    return agencyCode;
  }

  String getProvinceCode() {
    return provinceCode;
  }

  boolean isLead() {
    return lead;
  }

  ReportStatus getStatus() {
    return status;
  }

  Instant getOverdueSince() {
    return overdueSince;
  }

  Instant getFiledAt() {
    return filedAt;
  }

  String getFiledBy() {
    return filedBy;
  }

  boolean isLate() {
    return late;
  }

  Integer getDaysLate() {
    return daysLate;
  }

  Kpis getKpis() {
    return kpis;
  }

  String getNarrative() {
    return narrative;
  }

  String getDifficulties() {
    return difficulties;
  }
}
