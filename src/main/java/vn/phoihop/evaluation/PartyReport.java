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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.phoihop.evaluation.EvaluationProcess.FormFields;
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

  /**
   * The referral figures PhoiHop pre-filled when the report task opened; {@code null} for a report
   * task opened before PhoiHop pre-filled them.
   */
  @Embedded private ReferralPrefill referralPrefill;

  /** When the referral figures were counted. */
  private Instant referralFiguresAt;

  /** Why the party's referral figures differ from the pre-filled ones; null when they do not. */
  @Column(columnDefinition = "varchar")
  private String referralFiguresCorrection;

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

  /**
   * Keeps the referral figures counted for this party's report when its task opened (again, with
   * fresh figures, if the task is opened again before the report is filed).
   */
  void prefill(ReferralPrefill prefill, Instant now) {
    if (status == ReportStatus.FILED || status == ReportStatus.MISSING) {
      return;
    }
    this.referralPrefill = prefill;
    this.referralFiguresAt = now;
  }

  /**
   * Files the report. A referral figure that differs from the pre-filled one needs {@code
   * correction}, the party's reason (refused naming {@code referralFiguresCorrection} otherwise);
   * the reason is kept only then.
   */
  void file(
      Kpis kpis,
      String correction,
      String narrative,
      String difficulties,
      String actor,
      Instant now,
      Instant dueAt) {
    if (status == ReportStatus.FILED) {
      throw DomainException.conflict(Texts.text("evaluation.report.alreadyFiled", agencyCode));
    }
    if (status == ReportStatus.MISSING) {
      throw DomainException.conflict(Texts.text("evaluation.report.closed", agencyCode));
    }
    List<String> corrected = correctedFigures(kpis);
    if (!corrected.isEmpty() && correction == null) {
      throw DomainException.invalid(
          FormFields.REFERRAL_FIGURES_CORRECTION,
          Texts.text("evaluation.input.correctionRequired", String.join("; ", corrected)));
    }
    this.kpis = kpis;
    // a reason is kept for a correction only: with the figures as pre-filled there is none
    this.referralFiguresCorrection = corrected.isEmpty() ? null : correction;
    this.narrative = narrative;
    this.difficulties = difficulties;
    this.filedBy = actor;
    this.filedAt = now;
    this.late = now.isAfter(dueAt);
    this.daysLate = late ? (int) Math.max(1, ChronoUnit.DAYS.between(day(dueAt), day(now))) : null;
    this.status = ReportStatus.FILED;
  }

  /** The referral figures of {@code kpis} that differ from the pre-filled ones, in words. */
  List<String> correctedFigures(Kpis kpis) {
    List<String> corrected = new ArrayList<>();
    if (referralPrefill == null) {
      return corrected;
    }
    for (Kpi kpi : Kpi.values()) {
      Long prefilled = kpi.prefilled(referralPrefill);
      Long reported = kpi.of(kpis);
      if (kpi.fromReferrals() && !Objects.equals(prefilled, reported)) {
        corrected.add(
            Texts.text(
                "evaluation.input.correctedFigure",
                kpi.label(),
                prefilled == null ? "—" : String.valueOf(prefilled),
                reported == null ? "—" : String.valueOf(reported)));
      }
    }
    return corrected;
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

  ReferralPrefill getReferralPrefill() {
    return referralPrefill;
  }

  Instant getReferralFiguresAt() {
    return referralFiguresAt;
  }

  String getReferralFiguresCorrection() {
    return referralFiguresCorrection;
  }

  String getNarrative() {
    return narrative;
  }

  String getDifficulties() {
    return difficulties;
  }
}
