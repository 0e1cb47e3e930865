package vn.phoihop.campaign;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.campaign.CampaignProcess.Elements;
import vn.phoihop.campaign.CampaignProcess.FormFields;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;

/** {@code Task_ConsolidateReport}: the requester's consolidated report closes the campaign. */
@Component
class ConsolidateReportForm implements CampaignTaskForm {

  private final CampaignService service;

  ConsolidateReportForm(CampaignService service) {
    this.service = service;
  }

  @Override
  public String taskKey() {
    return Elements.CONSOLIDATE;
  }

  @Override
  public void created(DelegateTask task, ReportCampaign campaign) {
    // the totals and the missing names are set by Task_ConsolidateFigures
  }

  @Override
  public void complete(DelegateTask task, ReportCampaign campaign, String actor) {
    String text =
        FormInput.requiredText(
            FormFields.CONSOLIDATED_TEXT,
            task.getVariable(FormFields.CONSOLIDATED_TEXT),
            LONG_TEXT,
            Texts.text("campaign.form.consolidatedText"));
    service.close(campaign.getId(), text, actor);
    CampaignTaskForm.consume(task, FormFields.CONSOLIDATED_TEXT);
  }
}
