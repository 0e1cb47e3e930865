package vn.phoihop.campaign;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.phoihop.campaign.CampaignProcess.Variables;

/** The "x/N đã nộp" and the missing names the requester's forms show, kept current. */
final class Progress {

  private Progress() {}

  static void set(VariableScope scope, CampaignService service, ReportCampaign campaign) {
    Variables.SUBMITTED_LABEL.set(scope, CampaignService.submittedLabel(campaign));
    Variables.MISSING_NAMES.set(scope, service.names(CampaignService.missing(campaign)));
  }
}
