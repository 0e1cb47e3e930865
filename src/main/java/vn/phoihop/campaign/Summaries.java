package vn.phoihop.campaign;

import java.util.ArrayList;
import java.util.List;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/** What a report and a campaign's totals say, in Vietnamese, for the forms that show them. */
final class Summaries {

  private Summaries() {}

  static String report(CampaignKind kind, CampaignSubmission s) {
    List<String> lines = new ArrayList<>();
    if (kind == CampaignKind.BCD389_PERIODIC) {
      lines.add(Texts.text("campaign.summary.inspections", count(s.getInspections())));
      lines.add(Texts.text("campaign.summary.violationsHandled", count(s.getViolationsHandled())));
      lines.add(Texts.text("campaign.summary.budgetPaid", money(s.getBudgetPaidVnd())));
      lines.add(Texts.text("campaign.summary.confiscatedGoods", money(s.getConfiscatedGoodsVnd())));
      lines.add(Texts.text("campaign.summary.casesTransferred", count(s.getCasesTransferred())));
      lines.add(Texts.text("campaign.summary.casesProsecuted", count(s.getCasesProsecuted())));
    } else if (Boolean.TRUE.equals(s.getPlanIssued())) {
      lines.add(
          Texts.text(
              "campaign.summary.planIssued",
              s.getPlanNumber(),
              VietnameseFormats.date(s.getPlanDate())));
    } else {
      lines.add(
          Texts.text(
              "campaign.summary.planNotIssued",
              s.getPlanExpectedDate() == null
                  ? Texts.text("campaign.summary.noDate")
                  : VietnameseFormats.date(s.getPlanExpectedDate()),
              s.getPlanNotIssuedReason() == null ? "" : s.getPlanNotIssuedReason()));
    }
    lines.add(Texts.text("campaign.summary.narrative", text(s.getNarrative())));
    if (s.getDifficulties() != null) {
      lines.add(Texts.text("campaign.summary.difficulties", s.getDifficulties()));
    }
    return String.join("\n\n", lines);
  }

  static String totals(CampaignKind kind, CampaignTotals t) {
    List<String> lines = new ArrayList<>();
    lines.add(
        Texts.text(
            "campaign.summary.submitted",
            String.valueOf(t.submitted()),
            String.valueOf(t.total())));
    if (kind == CampaignKind.BCD389_PERIODIC) {
      lines.add(Texts.text("campaign.summary.inspections", count(t.inspections())));
      lines.add(Texts.text("campaign.summary.violationsHandled", count(t.violationsHandled())));
      lines.add(Texts.text("campaign.summary.budgetPaid", money(t.budgetPaidVnd())));
      lines.add(Texts.text("campaign.summary.confiscatedGoods", money(t.confiscatedGoodsVnd())));
      lines.add(Texts.text("campaign.summary.casesTransferred", count(t.casesTransferred())));
      lines.add(Texts.text("campaign.summary.casesProsecuted", count(t.casesProsecuted())));
    } else {
      lines.add(
          Texts.text(
              "campaign.summary.plansIssued",
              String.valueOf(t.plansIssued()),
              String.valueOf(t.submitted())));
    }
    return String.join("\n\n", lines);
  }

  private static String count(Long value) {
    return value == null ? "–" : VietnameseFormats.grouped(value);
  }

  private static String money(Long value) {
    return value == null ? "–" : VietnameseFormats.vnd(value);
  }

  private static String text(String value) {
    return value == null ? "–" : value;
  }
}
