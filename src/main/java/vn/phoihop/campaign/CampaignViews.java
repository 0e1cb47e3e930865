package vn.phoihop.campaign;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Builds {@link CampaignView}s, showing only the submissions the reader may see. */
final class CampaignViews {

  private CampaignViews() {}

  static CampaignView of(
      ReportCampaign c,
      Predicate<CampaignSubmission> visible,
      Function<String, String> names,
      Function<String, String> current) {
    List<CampaignSubmission> shown = c.getSubmissions().stream().filter(visible).toList();
    List<CampaignView.AgencyRef> late =
        shown.stream()
            .filter(CampaignSubmission::isLate)
            .map(s -> ref(s.getAgencyCode(), names))
            .toList();
    List<CampaignView.AgencyRef> missing =
        shown.stream()
            .filter(s -> !s.getStatus().submitted())
            .map(s -> ref(s.getAgencyCode(), names))
            .toList();
    return new CampaignView(
        c.getId(),
        c.getCode(),
        c.getKind().name(),
        c.getKind().label(),
        c.getTitle(),
        c.getRequesterCode(),
        names.apply(c.getRequesterCode()),
        c.getPeriodKind().name(),
        c.period().label(),
        c.getPeriodStart(),
        c.getPeriodEnd(),
        c.getDeadline(),
        c.getRound(),
        c.getStatus().name(),
        c.getStatus().label(),
        c.isImported(),
        c.getStartedAt(),
        c.getClosedAt(),
        c.submittedCount(),
        c.getSubmissions().size(),
        CampaignService.submittedLabel(c),
        late,
        missing,
        c.getConsolidatedText(),
        shown.stream().map(s -> submission(s, names, current)).toList());
  }

  private static CampaignView.AgencyRef ref(String code, Function<String, String> names) {
    return new CampaignView.AgencyRef(code, names.apply(code));
  }

  private static CampaignView.Submission submission(
      CampaignSubmission s, Function<String, String> names, Function<String, String> current) {
    boolean submitted = s.getStatus().submitted();
    String today = current.apply(s.getAgencyCode());
    return new CampaignView.Submission(
        s.getAgencyCode(),
        names.apply(s.getAgencyCode()),
        today,
        names.apply(today),
        s.getStatus().name(),
        s.getStatus().label(),
        submitted,
        s.isLate(),
        s.getRemindedRounds(),
        s.getSubmittedAt(),
        submitted ? s.getSubmittedBy() : null,
        submitted ? s.getApprovedBy() : null,
        s.getReturnedReason(),
        submitted ? s.getInspections() : null,
        submitted ? s.getViolationsHandled() : null,
        submitted ? s.getBudgetPaidVnd() : null,
        submitted ? s.getConfiscatedGoodsVnd() : null,
        submitted ? s.getCasesTransferred() : null,
        submitted ? s.getCasesProsecuted() : null,
        submitted ? s.getPlanIssued() : null,
        submitted ? s.getPlanNumber() : null,
        submitted ? s.getPlanDate() : null,
        submitted ? s.getPlanExpectedDate() : null,
        submitted ? s.getPlanNotIssuedReason() : null,
        submitted ? s.getNarrative() : null,
        submitted ? s.getDifficulties() : null);
  }
}
