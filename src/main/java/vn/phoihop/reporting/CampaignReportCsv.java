package vn.phoihop.reporting;

import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.phoihop.campaign.CampaignView;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.Csv;
import vn.phoihop.shared.Texts;

/** A campaign's reports as CSV, one line per recipient the caller may read. */
final class CampaignReportCsv {

  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private CampaignReportCsv() {}

  static byte[] write(CampaignView campaign) {
    Csv csv = new Csv();
    csv.row(
        List.of(
            Texts.text("reporting.csv.campaignCode"),
            Texts.text("reporting.csv.period"),
            Texts.text("reporting.csv.agencyCode"),
            Texts.text("reporting.csv.agencyName"),
            Texts.text("reporting.csv.status"),
            Texts.text("reporting.csv.submitted"),
            Texts.text("reporting.csv.late"),
            Texts.text("reporting.csv.submittedAt"),
            Texts.text("reporting.csv.inspections"),
            Texts.text("reporting.csv.violationsHandled"),
            Texts.text("reporting.csv.budgetPaidVnd"),
            Texts.text("reporting.csv.confiscatedGoodsVnd"),
            Texts.text("reporting.csv.casesTransferred"),
            Texts.text("reporting.csv.casesProsecuted"),
            Texts.text("reporting.csv.planIssued"),
            Texts.text("reporting.csv.planNumber"),
            Texts.text("reporting.csv.planDate"),
            Texts.text("reporting.csv.narrative")));
    for (CampaignView.Submission s : campaign.submissions()) {
      csv.row(
          java.util.Arrays.asList(
              campaign.code(),
              campaign.periodLabel(),
              s.agencyCode(),
              s.agencyName(),
              s.statusLabel(),
              yesNo(s.submitted()),
              yesNo(s.late()),
              s.submittedAt() == null
                  ? null
                  : TIMESTAMP.format(s.submittedAt().atZone(Clocks.ZONE)),
              text(s.inspections()),
              text(s.violationsHandled()),
              text(s.budgetPaidVnd()),
              text(s.confiscatedGoodsVnd()),
              text(s.casesTransferred()),
              text(s.casesProsecuted()),
              s.planIssued() == null ? null : yesNo(s.planIssued()),
              s.planNumber(),
              s.planDate() == null ? null : s.planDate().toString(),
              s.narrative()));
    }
    return csv.bytes();
  }

  private static String text(Long value) {
    return value == null ? null : value.toString();
  }

  private static String yesNo(boolean value) {
    return value ? Texts.text("reporting.csv.yes") : Texts.text("reporting.csv.no");
  }
}
