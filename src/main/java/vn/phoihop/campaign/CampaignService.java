package vn.phoihop.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyType;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.campaign.CampaignProcess.Vars;
import vn.phoihop.code.YearlyCodes;
import vn.phoihop.deadline.DeadlineUnit;
import vn.phoihop.deadline.Deadlines;
import vn.phoihop.evaluation.EvaluationPeriod;
import vn.phoihop.evaluation.PeriodKind;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * The steps of a report campaign: opened by hand (REST) or by the BCĐ 389 period timer, then driven
 * by the process's delegates and form listener (docs/report-campaigns.md).
 */
@Service
@Transactional
class CampaignService {

  /** Campaign codes are {@code DBC-<year>-<nnnn>} ("đợt báo cáo"). */
  static final String CODE_PREFIX = "DBC";

  /** More recipients than this is a mistake, not a campaign (the whole country is under 200). */
  static final int MAX_RECIPIENTS = 300;

  /** Requesting bodies: a Ministry unit, a steering committee 389, a Chi cục QLTT. */
  static final Set<AgencyType> REQUESTER_TYPES =
      Set.of(
          AgencyType.MINISTRY_AGENCY,
          AgencyType.STEERING_COMMITTEE_389,
          AgencyType.QLTT_SUB_DEPARTMENT);

  private static final Logger log = LoggerFactory.getLogger(CampaignService.class);

  private final CampaignRepository campaigns;
  private final AgencyRegistry agencies;
  private final Deadlines deadlines;
  private final YearlyCodes codes;
  private final int submissionWorkingDays;

  CampaignService(
      CampaignRepository campaigns,
      AgencyRegistry agencies,
      Deadlines deadlines,
      YearlyCodes codes,
      @Value("${phoihop.campaign.submission-working-days:5}") int submissionWorkingDays) {
    this.campaigns = campaigns;
    this.agencies = agencies;
    this.deadlines = deadlines;
    this.codes = codes;
    this.submissionWorkingDays = submissionWorkingDays;
  }

  /** What a requester asks for; {@code deadline} may be {@code null} (the default is counted). */
  record OpenRequest(
      String requester,
      CampaignKind kind,
      String title,
      EvaluationPeriod period,
      LocalDate deadline,
      List<String> recipients) {}

  /**
   * Opens a campaign: checks who asks whom (recipients in force today, none twice, not the
   * requester), fixes the deadline and creates one submission per recipient.
   */
  ReportCampaign open(OpenRequest request, String actor) {
    LocalDate today = Clocks.today();
    AgencyView requester =
        agencies.requireActive(request.requester(), CampaignApi.REQUESTER, today);
    if (!REQUESTER_TYPES.contains(requester.type())) {
      throw DomainException.invalid(
          CampaignApi.REQUESTER,
          Texts.text("campaign.open.requesterType", requester.name(), requester.typeLabel()));
    }
    String title =
        FormInput.requiredLine(
            CampaignApi.TITLE, request.title(), 500, Texts.text("campaign.open.title"));
    List<String> recipients = recipients(request.recipients(), requester.code(), today);
    LocalDate deadlineDay = request.deadline();
    Date deadline;
    if (deadlineDay == null) {
      LocalDate from = request.period().end().isBefore(today) ? today : request.period().end();
      deadline = deadlines.dueAfter(from, submissionWorkingDays, DeadlineUnit.WORKING_DAYS);
    } else {
      FormInput.within(
          CampaignApi.DEADLINE,
          deadlineDay,
          today.plusDays(1),
          today.plusYears(1),
          Texts.text("campaign.open.deadline"));
      deadline = deadlines.dueAfter(deadlineDay, 0, DeadlineUnit.CALENDAR_DAYS);
    }
    EvaluationPeriod period = request.period();
    campaigns
        .findByRequesterCodeAndKindAndPeriodKindAndPeriodStart(
            requester.code(), request.kind(), period.kind(), period.start())
        .ifPresent(
            existing -> {
              throw DomainException.conflict(
                  Texts.text(
                      "campaign.open.duplicate",
                      requester.name(),
                      period.label(),
                      existing.getCode()));
            });
    Instant now = Clocks.now();
    ReportCampaign campaign =
        new ReportCampaign(
            codes.next(CODE_PREFIX, Clocks.dayOf(now).getYear()),
            request.kind(),
            title,
            requester.code(),
            period,
            deadline.toInstant(),
            actor,
            now);
    for (String code : recipients) {
      campaign.addRecipient(code, agencies.find(code).map(AgencyView::provinceCode).orElse(null));
    }
    campaign = campaigns.saveAndFlush(campaign);
    log.info(
        "Opened campaign {} of {} for {} to {} recipients, due {}",
        campaign.getCode(),
        requester.code(),
        period.label(),
        recipients.size(),
        deadline.toInstant());
    return campaign;
  }

  private List<String> recipients(List<String> given, String requester, LocalDate today) {
    if (given == null || given.isEmpty()) {
      throw DomainException.invalid(
          CampaignApi.RECIPIENTS, Texts.text("campaign.open.recipientsRequired"));
    }
    if (given.size() > MAX_RECIPIENTS) {
      throw DomainException.invalid(
          CampaignApi.RECIPIENTS,
          Texts.text(
              "campaign.open.recipientsTooMany",
              String.valueOf(given.size()),
              String.valueOf(MAX_RECIPIENTS)));
    }
    Set<String> codes = new LinkedHashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String field = CampaignApi.RECIPIENTS + "[" + i + "]";
      AgencyView recipient = agencies.requireActive(given.get(i), field, today);
      if (recipient.code().equals(requester)) {
        throw DomainException.invalid(field, Texts.text("campaign.open.recipientIsRequester"));
      }
      if (!codes.add(recipient.code())) {
        throw DomainException.invalid(
            field, Texts.text("campaign.open.recipientTwice", recipient.name()));
      }
    }
    return List.copyOf(codes);
  }

  /**
   * The BCĐ 389 periodic campaign of one provincial committee for the window that just ended, to
   * its members in the province; empty when it exists already (another node, a retried job) or the
   * committee has no member in the registry.
   */
  Optional<ReportCampaign> openPeriodic(AgencyView committee, EvaluationPeriod window) {
    if (campaigns
        .findByRequesterCodeAndKindAndPeriodKindAndPeriodStart(
            committee.code(), CampaignKind.BCD389_PERIODIC, window.kind(), window.start())
        .isPresent()) {
      return Optional.empty();
    }
    List<String> members = committeeMembers(committee.provinceCode(), Clocks.today());
    if (members.isEmpty()) {
      log.warn("Steering committee {} has no member in the registry: no campaign", committee);
      return Optional.empty();
    }
    return Optional.of(
        open(
            new OpenRequest(
                committee.code(),
                CampaignKind.BCD389_PERIODIC,
                Texts.text("campaign.periodic.title", window.label()),
                window,
                null,
                members),
            SystemEngine.ACTOR));
  }

  /**
   * The members of a provincial steering committee 389 who report to it: the Chi cục QLTT, the
   * police, the customs branch serving the province, the border guard (border provinces) and the Sở
   * Công Thương.
   */
  List<String> committeeMembers(String province, LocalDate on) {
    List<String> members = new ArrayList<>();
    agencies
        .findActive(AgencyType.QLTT_SUB_DEPARTMENT, province, on)
        .ifPresent(a -> members.add(a.code()));
    agencies
        .findActive(AgencyType.PROVINCIAL_POLICE, province, on)
        .ifPresent(a -> members.add(a.code()));
    agencies
        .servingBody(AgencyType.CUSTOMS_BRANCH, province, on)
        .ifPresent(a -> members.add(a.code()));
    agencies
        .findActive(AgencyType.BORDER_GUARD, province, on)
        .ifPresent(a -> members.add(a.code()));
    agencies
        .findActive(AgencyType.INDUSTRY_TRADE_DEPARTMENT, province, on)
        .ifPresent(a -> members.add(a.code()));
    return members;
  }

  /** Provincial steering committees 389 in force today. */
  List<AgencyView> provincialCommittees() {
    return agencies.search(AgencyType.STEERING_COMMITTEE_389, null, Clocks.today()).stream()
        .filter(a -> a.provinceCode() != null)
        .toList();
  }

  /**
   * Records a campaign run before PhoiHop (the demo's): closed as it was, its code from the year it
   * was opened, the reports it did not get marked missing.
   */
  ReportCampaign saveImported(ReportCampaign campaign, Instant closedAt) {
    campaign.markImported(codes.next(CODE_PREFIX, Clocks.dayOf(campaign.getStartedAt()).getYear()));
    for (CampaignSubmission submission : campaign.getSubmissions()) {
      if (!submission.getStatus().submitted()) {
        submission.deadlinePassed();
      }
      submission.endCollection();
    }
    campaign.closeImported(
        Texts.text("campaign.demo.consolidated", submittedLabel(campaign)), closedAt);
    return campaigns.saveAndFlush(campaign);
  }

  ReportCampaign get(long id) {
    return campaigns
        .findById(id)
        .orElseThrow(
            () -> DomainException.notFound(Texts.text("campaign.notFound", String.valueOf(id))));
  }

  void attachProcess(long id, String processInstanceId) {
    get(id).attachProcess(processInstanceId);
  }

  /** The variables an instance starts with: the campaign's id and routing inputs. */
  Map<String, Object> startVariables(ReportCampaign campaign) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Vars.CAMPAIGN_ID, campaign.getId());
    variables.put(Vars.CAMPAIGN_CODE, campaign.getCode());
    return variables;
  }

  void prepare(long id, String agency, ReportContent content, String actor) {
    get(id).submission(agency).prepare(content, actor);
  }

  void approve(long id, String agency, String actor) {
    get(id).submission(agency).approve(actor);
  }

  /** The leader approved: the report reaches the requester. */
  void submit(long id, String agency) {
    get(id).submission(agency).submit(Clocks.now());
    log.info("Campaign {}: {} submitted its report", id, agency);
  }

  void accept(long id, String agency, String actor) {
    get(id).submission(agency).accept(actor, Clocks.now());
  }

  void returnReport(long id, String agency, String reason, String actor) {
    get(id).submission(agency).returnWith(reason, actor, Clocks.now());
  }

  /** A deadline passed: the recipients still missing, now marked late. */
  List<String> markLate(long id) {
    List<String> late = new ArrayList<>();
    for (CampaignSubmission submission : get(id).getSubmissions()) {
      if (submission.deadlinePassed()) {
        late.add(submission.getAgencyCode());
      }
    }
    return late;
  }

  /** A reminder round: the new deadline, and the recipients it is for. */
  List<String> newRound(long id, Instant newDeadline) {
    ReportCampaign campaign = get(id);
    campaign.newRound(newDeadline);
    return missing(campaign);
  }

  /** Collection ended: the figures of the submitted reports, summed. */
  CampaignTotals endCollection(long id) {
    ReportCampaign campaign = get(id);
    campaign.endCollection();
    return CampaignTotals.of(campaign);
  }

  void close(long id, String text, String actor) {
    get(id).close(text, actor, Clocks.now());
  }

  static List<String> missing(ReportCampaign campaign) {
    return campaign.getSubmissions().stream()
        .filter(s -> !s.getStatus().submitted())
        .map(CampaignSubmission::getAgencyCode)
        .toList();
  }

  /** "40/49 đã nộp". */
  static String submittedLabel(ReportCampaign campaign) {
    return Texts.text(
        "campaign.submittedLabel",
        String.valueOf(campaign.submittedCount()),
        String.valueOf(campaign.getSubmissions().size()));
  }

  String names(List<String> codes) {
    if (codes.isEmpty()) {
      return Texts.text("campaign.none");
    }
    return String.join("; ", codes.stream().map(agencies::nameOf).toList());
  }

  String agencyName(String code) {
    return agencies.nameOf(code);
  }

  static String deadlineLabel(ReportCampaign campaign) {
    return VietnameseFormats.date(campaign.getDeadline());
  }

  static PeriodKind periodKind(String value) {
    return FormInput.requiredChoice(
        CampaignApi.PERIOD_KIND, value, PeriodKind.class, Texts.text("campaign.open.periodKind"));
  }
}
