package vn.phoihop.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One point of a KPI series: one party's figures for one period of one agreement, its referral
 * shares in time ({@code null} when nothing was due), and the referral figures PhoiHop pre-filled
 * with the party's reason for correcting them.
 */
record KpiRow(
    String agreementCode,
    Long evaluationId,
    PeriodKind periodKind,
    String periodLabel,
    LocalDate periodStart,
    LocalDate periodEnd,
    String agencyCode,
    String agencyName,
    boolean lead,
    ReportStatus reportStatus,
    Instant filedAt,
    boolean late,
    Integer daysLate,
    Map<String, Long> kpis,
    Integer referralsAcknowledgedInTimePercent,
    Integer referralsDecidedInTimePercent,
    Map<String, Long> referralFigures,
    String referralFiguresCorrection,
    Rating periodRating) {

  static KpiRow of(Evaluation evaluation, PartyReport report, String agencyName) {
    return new KpiRow(
        evaluation.getAgreementCode(),
        evaluation.getId(),
        evaluation.getPeriodKind(),
        evaluation.period().label(),
        evaluation.getPeriodStart(),
        evaluation.getPeriodEnd(),
        report.getAgencyCode(),
        agencyName,
        report.isLead(),
        report.getStatus(),
        report.getFiledAt(),
        report.isLate(),
        report.getDaysLate(),
        EvaluationView.kpis(report.getKpis()),
        report.getKpis() == null ? null : report.getKpis().referralsAcknowledgedInTimePercent(),
        report.getKpis() == null ? null : report.getKpis().referralsDecidedInTimePercent(),
        EvaluationView.referralFigures(report.getReferralPrefill()),
        report.getReferralFiguresCorrection(),
        evaluation.getRating());
  }
}
