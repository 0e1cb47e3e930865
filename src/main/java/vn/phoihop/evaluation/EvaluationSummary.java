package vn.phoihop.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One evaluated period of an agreement in brief, for the agreement's own process and detail view:
 * the period, where it stands, its rating and conclusion, its review conference and the parties
 * that reported late or not at all. The full period is at {@link #href()}.
 */
public record EvaluationSummary(
    long id,
    PeriodKind periodKind,
    int periodYear,
    Integer periodNumber,
    String periodLabel,
    LocalDate periodStart,
    LocalDate periodEnd,
    EvaluationStatus status,
    String statusLabel,
    Rating rating,
    String ratingLabel,
    Conclusion conclusion,
    String conclusionLabel,
    String conclusionNote,
    String concludedBy,
    Instant concludedAt,
    ConferenceKind conferenceKind,
    String conferenceKindLabel,
    Instant conferenceAt,
    List<String> lateParties,
    List<String> missingParties,
    String href) {

  static EvaluationSummary of(Evaluation e) {
    ReviewConference conference = e.getConference().orElse(null);
    return new EvaluationSummary(
        e.getId(),
        e.getPeriodKind(),
        e.getPeriodYear(),
        e.getPeriodNumber(),
        e.period().label(),
        e.getPeriodStart(),
        e.getPeriodEnd(),
        e.getStatus(),
        e.getStatus().label(),
        e.getRating(),
        e.getRating() == null ? null : e.getRating().label(),
        e.getConclusion(),
        e.getConclusion() == null ? null : e.getConclusion().label(),
        e.getConclusionNote(),
        e.getConcludedBy(),
        e.getConcludedAt(),
        conference == null ? null : conference.getKind(),
        conference == null ? null : conference.getKind().label(),
        conference == null ? null : conference.getHeldAt(),
        e.getReports().stream()
            .filter(PartyReport::isLate)
            .map(PartyReport::getAgencyCode)
            .toList(),
        e.getReports().stream()
            .filter(r -> r.getStatus() == ReportStatus.MISSING)
            .map(PartyReport::getAgencyCode)
            .toList(),
        "/api/v1/evaluations/" + e.getId());
  }
}
