package vn.phoihop.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.phoihop.referral.ReferralFigures;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * The referral figures PhoiHop computed for one party's report when its report task opened ({@link
 * vn.phoihop.referral.ReferralStatistics}, docs/domain.md#referral-figures), kept beside what the
 * party filed: the party confirms them or corrects them with a reason. Named as the KPIs they
 * pre-fill ({@link Kpi#prefilled}).
 */
@Embeddable
record ReferralPrefill(
    @Column(name = "prefilled_cases_transferred") Long casesTransferred,
    @Column(name = "prefilled_acknowledged_in_time") Long referralsAcknowledgedInTime,
    @Column(name = "prefilled_decisions_due") Long referralDecisionsDue,
    @Column(name = "prefilled_answered_in_time") Long referralsAnsweredInTime,
    @Column(name = "prefilled_cases_prosecuted") Long casesProsecuted,
    @Column(name = "prefilled_cases_returned") Long casesReturned,
    @Column(name = "prefilled_cases_sanctioned") Long casesSanctioned) {

  static ReferralPrefill of(ReferralFigures figures) {
    return new ReferralPrefill(
        figures.transferred(),
        figures.acknowledgedInTime(),
        figures.decisionsDue(),
        figures.decidedInTime(),
        figures.prosecuted(),
        figures.returned(),
        figures.sanctioned());
  }

  ReferralFigures figures() {
    return new ReferralFigures(
        casesTransferred,
        referralsAcknowledgedInTime,
        referralDecisionsDue,
        referralsAnsweredInTime,
        casesProsecuted,
        casesReturned,
        casesSanctioned);
  }

  /**
   * The figures in one Vietnamese sentence, for the report form: "đã chuyển 3 vụ, tiếp nhận đúng
   * hạn 3 vụ (100%), …"; a share is a dash when nothing was due.
   */
  String describe() {
    ReferralFigures figures = figures();
    return Texts.text(
        "evaluation.referrals.summary",
        VietnameseFormats.grouped(figures.transferred()),
        VietnameseFormats.grouped(figures.acknowledgedInTime()),
        percent(figures.acknowledgedInTimePercent()),
        VietnameseFormats.grouped(figures.decisionsDue()),
        VietnameseFormats.grouped(figures.decidedInTime()),
        percent(figures.decidedInTimePercent()),
        VietnameseFormats.grouped(figures.prosecuted()),
        VietnameseFormats.grouped(figures.returned()),
        VietnameseFormats.grouped(figures.sanctioned()));
  }

  private static String percent(Integer percent) {
    return percent == null
        ? Texts.text("evaluation.referrals.nothingDue")
        : Texts.text("evaluation.referrals.percent", String.valueOf(percent));
  }
}
