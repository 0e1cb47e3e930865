package vn.phoihop.campaign;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.campaign.CampaignProcess.Elements;
import vn.phoihop.campaign.CampaignProcess.FormFields;
import vn.phoihop.campaign.CampaignProcess.Variables;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;

/** {@code Task_PrepareBcd389Report}: the period's figures and the narrative. */
@Component
class PrepareBcd389Form implements CampaignTaskForm {

  private final CampaignService service;

  PrepareBcd389Form(CampaignService service) {
    this.service = service;
  }

  @Override
  public String taskKey() {
    return Elements.PREPARE_BCD389;
  }

  @Override
  public void created(DelegateTask task, ReportCampaign campaign) {
    Recipients.showHeader(task, service);
  }

  @Override
  public void complete(DelegateTask task, ReportCampaign campaign, String actor) {
    ReportContent content =
        ReportContent.bcd389(
            FormInput.requiredCount(
                FormFields.INSPECTIONS,
                task.getVariable(FormFields.INSPECTIONS),
                Texts.text("campaign.form.inspections")),
            FormInput.requiredCount(
                FormFields.VIOLATIONS_HANDLED,
                task.getVariable(FormFields.VIOLATIONS_HANDLED),
                Texts.text("campaign.form.violationsHandled")),
            FormInput.requiredAmount(
                FormFields.BUDGET_PAID_VND,
                task.getVariable(FormFields.BUDGET_PAID_VND),
                Texts.text("campaign.form.budgetPaid")),
            FormInput.requiredAmount(
                FormFields.CONFISCATED_GOODS_VND,
                task.getVariable(FormFields.CONFISCATED_GOODS_VND),
                Texts.text("campaign.form.confiscatedGoods")),
            FormInput.requiredCount(
                FormFields.CASES_TRANSFERRED,
                task.getVariable(FormFields.CASES_TRANSFERRED),
                Texts.text("campaign.form.casesTransferred")),
            FormInput.requiredCount(
                FormFields.CASES_PROSECUTED,
                task.getVariable(FormFields.CASES_PROSECUTED),
                Texts.text("campaign.form.casesProsecuted")),
            FormInput.requiredText(
                FormFields.NARRATIVE,
                task.getVariable(FormFields.NARRATIVE),
                LONG_TEXT,
                Texts.text("campaign.form.narrative")),
            FormInput.optionalText(
                FormFields.DIFFICULTIES,
                task.getVariable(FormFields.DIFFICULTIES),
                LONG_TEXT,
                Texts.text("campaign.form.difficulties")));
    service.prepare(campaign.getId(), Variables.RECIPIENT.get(task), content, actor);
    CampaignTaskForm.consume(
        task,
        FormFields.INSPECTIONS,
        FormFields.VIOLATIONS_HANDLED,
        FormFields.BUDGET_PAID_VND,
        FormFields.CONFISCATED_GOODS_VND,
        FormFields.CASES_TRANSFERRED,
        FormFields.CASES_PROSECUTED,
        FormFields.NARRATIVE,
        FormFields.DIFFICULTIES);
  }
}
