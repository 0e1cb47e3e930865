package vn.phoihop.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An evaluation period as the REST API shows it. Codes with their Vietnamese labels; a share of
 * nothing (no referral decision due) is {@code null}, not 100. Each party's report shows the
 * referral figures PhoiHop pre-filled beside those it filed, and its reason when they differ.
 */
record EvaluationView(
    Long id,
    Long agreementId,
    String agreementCode,
    String leadAgency,
    PeriodKind periodKind,
    int periodYear,
    Integer periodNumber,
    String periodLabel,
    LocalDate periodStart,
    LocalDate periodEnd,
    Instant reportDueAt,
    EvaluationStatus status,
    String statusLabel,
    Rating rating,
    String ratingLabel,
    Integer onTimeReportPercent,
    Integer missingReports,
    Integer informationExchangedTotal,
    Integer jointInspectionsHeld,
    Integer referralsAnsweredInTimePercent,
    Instant reportingClosedAt,
    String reportingClosedBy,
    Conclusion conclusion,
    String conclusionLabel,
    String conclusionNote,
    String concludedBy,
    Instant concludedAt,
    List<Party> parties,
    Conference conference) {

  record Party(
      String agencyCode,
      String agencyName,
      boolean lead,
      ReportStatus status,
      String statusLabel,
      Instant overdueSince,
      Instant filedAt,
      String filedBy,
      boolean late,
      Integer daysLate,
      Map<String, Long> kpis,
      Integer referralsAcknowledgedInTimePercent,
      Integer referralsDecidedInTimePercent,
      Map<String, Long> referralFigures,
      Instant referralFiguresAt,
      String referralFiguresCorrection,
      String narrative,
      String difficulties) {}

  record Conference(
      ConferenceKind kind,
      String kindLabel,
      Instant heldAt,
      String venue,
      String chair,
      String participants,
      String minutes,
      String conclusions,
      Instant recordedAt) {}

  static EvaluationView of(Evaluation e, Function<String, String> agencyName) {
    List<Party> parties =
        e.getReports().stream()
            .map(
                r ->
                    new Party(
                        r.getAgencyCode(),
                        agencyName.apply(r.getAgencyCode()),
                        r.isLead(),
                        r.getStatus(),
                        r.getStatus().label(),
                        r.getOverdueSince(),
                        r.getFiledAt(),
                        r.getFiledBy(),
                        r.isLate(),
                        r.getDaysLate(),
                        kpis(r.getKpis()),
                        r.getKpis() == null
                            ? null
                            : r.getKpis().referralsAcknowledgedInTimePercent(),
                        r.getKpis() == null ? null : r.getKpis().referralsDecidedInTimePercent(),
                        referralFigures(r.getReferralPrefill()),
                        r.getReferralFiguresAt(),
                        r.getReferralFiguresCorrection(),
                        r.getNarrative(),
                        r.getDifficulties()))
            .toList();
    Conference conference =
        e.getConference()
            .map(
                c ->
                    new Conference(
                        c.getKind(),
                        c.getKind().label(),
                        c.getHeldAt(),
                        c.getVenue(),
                        c.getChair(),
                        c.getParticipants(),
                        c.getMinutes(),
                        c.getConclusions(),
                        c.getRecordedAt()))
            .orElse(null);
    return new EvaluationView(
        e.getId(),
        e.getAgreementId(),
        e.getAgreementCode(),
        e.getLeadAgency(),
        e.getPeriodKind(),
        e.getPeriodYear(),
        e.getPeriodNumber(),
        e.period().label(),
        e.getPeriodStart(),
        e.getPeriodEnd(),
        e.getReportDueAt(),
        e.getStatus(),
        e.getStatus().label(),
        e.getRating(),
        e.getRating() == null ? null : e.getRating().label(),
        e.getOnTimeReportPercent(),
        e.getMissingReports(),
        e.getInformationExchanged(),
        e.getJointInspections(),
        e.getReferralsAnsweredInTimePercent(),
        e.getReportingClosedAt(),
        e.getReportingClosedBy(),
        e.getConclusion(),
        e.getConclusion() == null ? null : e.getConclusion().label(),
        e.getConclusionNote(),
        e.getConcludedBy(),
        e.getConcludedAt(),
        parties,
        conference);
  }

  /**
   * The pre-filled referral figures keyed as the KPIs they pre-fill; {@code null} without a
   * pre-fill.
   */
  static Map<String, Long> referralFigures(ReferralPrefill prefill) {
    if (prefill == null) {
      return null;
    }
    Map<String, Long> figures = new LinkedHashMap<>();
    for (Kpi kpi : Kpi.values()) {
      if (kpi.fromReferrals()) {
        figures.put(kpi.field(), kpi.prefilled(prefill));
      }
    }
    return figures;
  }

  /**
   * The figures keyed by their JSON names, in form order; {@code null} before the report is filed.
   */
  static Map<String, Long> kpis(Kpis kpis) {
    if (kpis == null) {
      return null;
    }
    Map<String, Long> figures = new LinkedHashMap<>();
    for (Kpi kpi : Kpi.values()) {
      figures.put(kpi.field(), kpi.of(kpis));
    }
    return figures;
  }
}
