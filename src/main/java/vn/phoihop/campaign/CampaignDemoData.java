package vn.phoihop.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyType;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.evaluation.EvaluationPeriod;
import vn.phoihop.evaluation.PeriodKind;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.Texts;

/**
 * Situation 4 of the demo data (docs/report-campaigns.md#the-demo): the Ministry's consumer
 * protection department asked 49 localities' Sở Công Thương for their plans implementing the
 * consumer-protection resolution, and 40 submitted. The source report predates the 2025 mergers (63
 * provinces), so the campaign is recorded as it was in spring 2025, when the department and the 63
 * former Sở were all in force: opened 01/04/2025, due 30/04/2025, closed 20/05/2025. It is imported
 * (no process instance); the 49 are the first by code of the 63 former Sở, the 9 missing the last
 * of those. Created once; only when demo data is on.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "phoihop.demo.enabled", havingValue = "true")
class CampaignDemoData implements ApplicationRunner {

  static final String REQUESTER = "BCT-CTBVNTD";
  static final LocalDate OPENED = LocalDate.of(2025, 4, 1);
  static final LocalDate DUE = LocalDate.of(2025, 4, 30);
  static final LocalDate CLOSED = LocalDate.of(2025, 5, 20);
  static final int ASKED = 49;
  static final int SUBMITTED = 40;

  private static final Logger log = LoggerFactory.getLogger(CampaignDemoData.class);

  private final CampaignService service;
  private final CampaignRepository campaigns;
  private final AgencyRegistry agencies;

  CampaignDemoData(CampaignService service, CampaignRepository campaigns, AgencyRegistry agencies) {
    this.service = service;
    this.campaigns = campaigns;
    this.agencies = agencies;
  }

  /** The demo's period: quarter I of 2025 (15/12/2024 – 14/03/2025). */
  static EvaluationPeriod period() {
    return EvaluationPeriod.of(PeriodKind.QUARTER, 2025, 1);
  }

  /** The 49 localities asked, by code. */
  List<AgencyView> asked() {
    return agencies.search(AgencyType.INDUSTRY_TRADE_DEPARTMENT, null, OPENED).stream()
        .sorted(Comparator.comparing(AgencyView::code))
        .limit(ASKED)
        .toList();
  }

  @Override
  public void run(ApplicationArguments args) {
    EvaluationPeriod period = period();
    if (campaigns
        .findByRequesterCodeAndKindAndPeriodKindAndPeriodStart(
            REQUESTER, CampaignKind.PLAN_IMPLEMENTATION, period.kind(), period.start())
        .isPresent()) {
      return;
    }
    List<AgencyView> asked = asked();
    if (asked.size() < ASKED) {
      log.warn("Demo campaign not created: only {} former Sở Công Thương found", asked.size());
      return;
    }
    ReportCampaign campaign =
        new ReportCampaign(
            null,
            CampaignKind.PLAN_IMPLEMENTATION,
            Texts.text("campaign.demo.title"),
            REQUESTER,
            period,
            at(DUE, LocalTime.of(23, 59, 59)),
            "demo",
            at(OPENED, LocalTime.of(8, 0)));
    for (int i = 0; i < asked.size(); i++) {
      AgencyView sct = asked.get(i);
      campaign.addRecipient(sct.code(), sct.provinceCode());
      if (i < SUBMITTED) {
        // spread over April; the last four after the deadline, in May
        int onTime = SUBMITTED - 4;
        LocalDate day =
            i < onTime ? OPENED.plusDays(3 + (i * 26L) / onTime) : DUE.plusDays(1 + i - onTime);
        campaign
            .submission(sct.code())
            .recordImported(
                ReportContent.planIssued(
                    (100 + i) + "/KH-SCT",
                    LocalDate.of(2025, 1, 6).plusDays(i * 2L),
                    Texts.text("campaign.demo.narrative", sct.name())),
                "demo",
                at(day, LocalTime.of(9, 30)),
                day.isAfter(DUE));
      }
    }
    try {
      ReportCampaign saved = service.saveImported(campaign, at(CLOSED, LocalTime.of(16, 0)));
      log.info(
          "Demo campaign {} created: {}", saved.getCode(), CampaignService.submittedLabel(saved));
    } catch (DataIntegrityViolationException e) {
      log.info("Demo campaign created by another node meanwhile");
    }
  }

  private static Instant at(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(Clocks.ZONE).toInstant();
  }
}
