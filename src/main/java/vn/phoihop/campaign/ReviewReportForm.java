package vn.phoihop.campaign;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.campaign.CampaignProcess.Elements;
import vn.phoihop.campaign.CampaignProcess.FormFields;
import vn.phoihop.campaign.CampaignProcess.Variables;
import vn.phoihop.campaign.CampaignProcess.Vars;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;

/**
 * {@code Task_ReviewReport}: the requester's staff accept a submitted report or return it with a
 * reason; a returned report no longer counts as submitted.
 */
@Component
class ReviewReportForm implements CampaignTaskForm {

  private final CampaignService service;

  ReviewReportForm(CampaignService service) {
    this.service = service;
  }

  @Override
  public String taskKey() {
    return Elements.REVIEW;
  }

  @Override
  public void created(DelegateTask task, ReportCampaign campaign) {
    Recipients.declare(task, Vars.REVIEW_DECISION);
    String recipient = Variables.RECIPIENT.get(task);
    Variables.RECIPIENT_NAME.setLocal(Recipients.scope(task), service.agencyName(recipient));
    Variables.REPORT_SUMMARY.setLocal(
        task, Summaries.report(campaign.getKind(), campaign.submission(recipient)));
  }

  @Override
  public void complete(DelegateTask task, ReportCampaign campaign, String actor) {
    Decisions.Review decision =
        FormInput.requiredChoice(
            Vars.REVIEW_DECISION,
            task.getVariable(Vars.REVIEW_DECISION),
            Decisions.Review.class,
            Texts.text("campaign.form.reviewDecision"));
    String recipient = Variables.RECIPIENT.get(task);
    if (decision == Decisions.Review.RETURN) {
      String reason =
          FormInput.requiredText(
              FormFields.RETURN_REASON,
              task.getVariable(FormFields.RETURN_REASON),
              LONG_TEXT,
              Texts.text("campaign.form.returnReason"));
      service.returnReport(campaign.getId(), recipient, reason, actor);
      Recipients.returned(task, Texts.text("campaign.returned.byRequester", reason));
    } else {
      service.accept(campaign.getId(), recipient, actor);
    }
    CampaignTaskForm.consume(task, FormFields.RETURN_REASON);
  }
}
