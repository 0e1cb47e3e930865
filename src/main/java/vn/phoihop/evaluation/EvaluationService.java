package vn.phoihop.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.deadline.Deadlines;
import vn.phoihop.evaluation.EvaluationProcess.Elements;
import vn.phoihop.evaluation.EvaluationProcess.Vars;
import vn.phoihop.referral.ReferralStatistics;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.InformationExchangeCounts;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/** The steps of an evaluation period, called by the process's delegates and form listener. */
@Service
@Transactional
class EvaluationService {

  private static final Logger log = LoggerFactory.getLogger(EvaluationService.class);

  private final EvaluationRepository evaluations;
  private final AgencyRegistry agencies;
  private final Deadlines deadlines;
  private final ReferralStatistics referrals;
  private final ObjectProvider<InformationExchangeCounts> exchanges;

  EvaluationService(
      EvaluationRepository evaluations,
      AgencyRegistry agencies,
      Deadlines deadlines,
      ReferralStatistics referrals,
      ObjectProvider<InformationExchangeCounts> exchanges) {
    this.evaluations = evaluations;
    this.agencies = agencies;
    this.deadlines = deadlines;
    this.referrals = referrals;
    this.exchanges = exchanges;
  }

  /** What the calling process hands over (see {@link EvaluationProcess}). */
  record OpenRequest(
      Long agreementId,
      String agreementCode,
      String leadAgency,
      List<String> parties,
      String periodKind,
      Integer periodYear,
      Integer periodNumber) {}

  /**
   * Opens the period: checks the input contract, creates one report per party and fixes the
   * reporting deadline ({@code Task_FileReport}'s policy counted from the period's last day, or
   * from today when the evaluation starts later than that).
   */
  Evaluation open(OpenRequest request, String processInstanceId) {
    if (request.agreementId() == null) {
      throw DomainException.invalid(Vars.AGREEMENT_ID, Texts.text("evaluation.open.agreementId"));
    }
    String code =
        FormInput.requiredText(
            Vars.AGREEMENT_CODE,
            request.agreementCode(),
            40,
            Texts.text("evaluation.open.agreementCode"));
    String lead = agencies.require(request.leadAgency(), Vars.LEAD_AGENCY).code();
    Set<String> parties = new LinkedHashSet<>();
    parties.add(lead);
    boolean leadListed = false;
    for (String party : request.parties() == null ? List.<String>of() : request.parties()) {
      String partyCode = agencies.require(party, Vars.PARTIES).code();
      leadListed |= partyCode.equals(lead);
      parties.add(partyCode);
    }
    if (!leadListed) {
      throw DomainException.invalid(
          Vars.PARTIES, Texts.text("evaluation.open.leadNotListed", lead));
    }
    PeriodKind kind = periodKind(request.periodKind());
    if (request.periodYear() == null) {
      throw DomainException.invalid(Vars.PERIOD_YEAR, Texts.text("evaluation.open.periodYear"));
    }
    EvaluationPeriod period =
        EvaluationPeriod.of(kind, request.periodYear(), request.periodNumber());
    evaluations
        .findByAgreementIdAndPeriodKindAndPeriodStart(request.agreementId(), kind, period.start())
        .ifPresent(
            existing -> {
              throw DomainException.conflict(
                  Texts.text("evaluation.open.duplicate", code, period.label()));
            });

    Instant now = Clocks.now();
    Instant dueAt = deadlines.dueFrom(reportingFrom(period), Elements.FILE_REPORT).toInstant();
    Evaluation evaluation = new Evaluation(request.agreementId(), code, lead, period, dueAt, now);
    for (String party : parties) {
      evaluation.addParty(party, agencies.find(party).map(AgencyView::provinceCode).orElse(null));
    }
    evaluation.attachProcess(processInstanceId);
    evaluation = evaluations.save(evaluation);
    log.info(
        "Opened evaluation {} of {} for {} with parties {}",
        evaluation.getId(),
        code,
        period.label(),
        parties);
    return evaluation;
  }

  /**
   * When the reporting clock starts: the period's last day, or today if the evaluation starts
   * later.
   */
  static Date reportingFrom(EvaluationPeriod period) {
    LocalDate today = Clocks.today();
    LocalDate from = period.end().isAfter(today) ? period.end() : today;
    return Date.from(from.atStartOfDay(Clocks.ZONE).toInstant());
  }

  Evaluation get(long evaluationId) {
    return evaluations
        .findById(evaluationId)
        .orElseThrow(
            () ->
                DomainException.notFound(
                    Texts.text("evaluation.notFound", String.valueOf(evaluationId))));
  }

  /**
   * Counts {@code party}'s referrals handed over in the period's window and keeps the figures with
   * its report, which its report form shows pre-filled (docs/domain.md#referral-figures).
   */
  ReferralPrefill prefillReferralFigures(long evaluationId, String party) {
    Evaluation evaluation = get(evaluationId);
    PartyReport report = evaluation.reportOf(party);
    ReferralPrefill prefill =
        ReferralPrefill.of(
            referrals.figures(
                report.getAgencyCode(), evaluation.getPeriodStart(), evaluation.getPeriodEnd()));
    report.prefill(prefill, Clocks.now());
    return prefill;
  }

  /**
   * The information requests and replies PhoiHop carried for {@code party} under the evaluated
   * agreement in the period's window ({@link InformationExchangeCounts}); {@code null} when no
   * module counts them. The report form shows it as the suggested {@link
   * Kpi#INFORMATION_EXCHANGED}, which the party may raise with what it exchanged outside PhoiHop.
   */
  Long informationExchanged(long evaluationId, String party) {
    InformationExchangeCounts counts = exchanges.getIfAvailable();
    if (counts == null) {
      return null;
    }
    Evaluation evaluation = get(evaluationId);
    PartyReport report = evaluation.reportOf(party);
    return counts.exchanged(
        evaluation.getAgreementCode(),
        report.getAgencyCode(),
        evaluation.getPeriodStart(),
        evaluation.getPeriodEnd());
  }

  /** A party's report without a correction of its referral figures. */
  PartyReport fileReport(
      long evaluationId,
      String party,
      Kpis kpis,
      String narrative,
      String difficulties,
      String actor) {
    return fileReport(evaluationId, party, kpis, null, narrative, difficulties, actor);
  }

  /**
   * A party's report; accepted late (and marked so) until the lead closes the period. Referral
   * figures that differ from the pre-filled ones need {@code correction}, the party's reason.
   */
  PartyReport fileReport(
      long evaluationId,
      String party,
      Kpis kpis,
      String correction,
      String narrative,
      String difficulties,
      String actor) {
    Evaluation evaluation = get(evaluationId);
    PartyReport report = evaluation.reportOf(party);
    report.file(
        kpis,
        correction,
        narrative,
        difficulties,
        actor,
        Clocks.now(),
        evaluation.getReportDueAt());
    if (report.getReferralFiguresCorrection() != null) {
      log.info(
          "{} corrected its referral figures for evaluation {} of {}: {}",
          party,
          evaluationId,
          evaluation.getAgreementCode(),
          report.correctedFigures(kpis));
    }
    if (report.isLate()) {
      log.info(
          "{} filed its report for evaluation {} of {} {} day(s) late",
          party,
          evaluationId,
          evaluation.getAgreementCode(),
          report.getDaysLate());
    }
    return report;
  }

  /** The pre-filled referral figures of {@code party}'s report, if any. */
  ReferralPrefill referralPrefill(long evaluationId, String party) {
    return get(evaluationId).reportOf(party).getReferralPrefill();
  }

  /** The reporting deadline passed: parties without a report are overdue (they may still file). */
  List<PartyReport> markOverdue(long evaluationId) {
    return get(evaluationId).markOverdue(Clocks.now());
  }

  /** The lead stops waiting: parties that have not filed are recorded as missing. */
  List<PartyReport> closeReporting(long evaluationId, String note, String actor) {
    Evaluation evaluation = get(evaluationId);
    List<PartyReport> missing = evaluation.closeReporting(note, actor, Clocks.now());
    log.info(
        "Reporting of evaluation {} of {} closed by {}; missing: {}",
        evaluationId,
        evaluation.getAgreementCode(),
        actor,
        missing.stream().map(PartyReport::getAgencyCode).toList());
    return missing;
  }

  RatingFacts summarize(long evaluationId) {
    return get(evaluationId).summarize();
  }

  /** The parties' reports as forms show them ({@link EvaluationDescriptions}). */
  String describeReports(long evaluationId, EvaluationDescriptions descriptions) {
    return descriptions.reports(get(evaluationId));
  }

  void recordRating(long evaluationId, Rating rating) {
    get(evaluationId).rate(rating);
  }

  ReviewConference scheduleConference(
      long evaluationId,
      Instant heldAt,
      String venue,
      String chair,
      String participants,
      String actor) {
    Evaluation evaluation = get(evaluationId);
    LocalDate day = Clocks.dayOf(heldAt);
    if (!day.isAfter(evaluation.getPeriodEnd())) {
      throw DomainException.invalid(
          EvaluationProcess.FormFields.CONFERENCE_DATE,
          Texts.text(
              "evaluation.conference.tooEarly", VietnameseFormats.date(evaluation.getPeriodEnd())));
    }
    // A review conference follows its period within months: a date years ahead is a typing error.
    LocalDate latest = evaluation.getPeriodEnd().plusYears(1);
    if (day.isAfter(latest)) {
      throw DomainException.invalid(
          EvaluationProcess.FormFields.CONFERENCE_DATE,
          Texts.text("evaluation.conference.tooLate", VietnameseFormats.date(latest.plusDays(1))));
    }
    return evaluation.scheduleConference(heldAt, venue, chair, participants, actor, Clocks.now());
  }

  void recordConference(long evaluationId, String minutes, String conclusions, String actor) {
    get(evaluationId).recordConference(minutes, conclusions, actor, Clocks.now());
  }

  Evaluation conclude(long evaluationId, Conclusion conclusion, String note, String actor) {
    Evaluation evaluation = get(evaluationId);
    evaluation.conclude(conclusion, note, actor, Clocks.now());
    log.info(
        "Evaluation {} of {} concluded by {}: {}",
        evaluationId,
        evaluation.getAgreementCode(),
        actor,
        conclusion);
    return evaluation;
  }

  String agencyName(String code) {
    return agencies.nameOf(code);
  }

  private static PeriodKind periodKind(String value) {
    String text = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    try {
      return PeriodKind.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(
          Vars.PERIOD_KIND, Texts.text("evaluation.open.periodKind", String.valueOf(value)));
    }
  }
}
