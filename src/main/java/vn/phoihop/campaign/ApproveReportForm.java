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
 * {@code Task_ApproveReport}: the recipient's leader sends the report or returns it, saying why.
 */
@Component
class ApproveReportForm implements CampaignTaskForm {

  private final CampaignService service;

  ApproveReportForm(CampaignService service) {
    this.service = service;
  }

  @Override
  public String taskKey() {
    return Elements.APPROVE;
  }

  @Override
  public void created(DelegateTask task, ReportCampaign campaign) {
    Recipients.declare(task, Vars.APPROVAL_DECISION);
    String recipient = Variables.RECIPIENT.get(task);
    Variables.REPORT_SUMMARY.setLocal(
        task, Summaries.report(campaign.getKind(), campaign.submission(recipient)));
  }

  @Override
  public void complete(DelegateTask task, ReportCampaign campaign, String actor) {
    Decisions.Approval decision =
        FormInput.requiredChoice(
            Vars.APPROVAL_DECISION,
            task.getVariable(Vars.APPROVAL_DECISION),
            Decisions.Approval.class,
            Texts.text("campaign.form.approvalDecision"));
    String recipient = Variables.RECIPIENT.get(task);
    if (decision == Decisions.Approval.RETURN) {
      String reason =
          FormInput.requiredText(
              FormFields.RETURN_REASON,
              task.getVariable(FormFields.RETURN_REASON),
              LONG_TEXT,
              Texts.text("campaign.form.returnReason"));
      Recipients.returned(task, Texts.text("campaign.returned.byLeader", reason));
    } else {
      service.approve(campaign.getId(), recipient, actor);
    }
    CampaignTaskForm.consume(task, FormFields.RETURN_REASON);
  }
}
