package vn.phoihop.campaign;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.campaign.CampaignProcess.Elements;
import vn.phoihop.campaign.CampaignProcess.FormFields;
import vn.phoihop.campaign.CampaignProcess.Variables;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.InputProperties;
import vn.phoihop.shared.Texts;

/**
 * {@code Task_PreparePlanReport}: whether the plan is issued — its number and date (not in the
 * future) — or when it is expected and why not yet; and the results.
 */
@Component
class PreparePlanForm implements CampaignTaskForm {

  private final CampaignService service;
  private final InputProperties input;

  PreparePlanForm(CampaignService service, InputProperties input) {
    this.service = service;
    this.input = input;
  }

  @Override
  public String taskKey() {
    return Elements.PREPARE_PLAN;
  }

  @Override
  public void created(DelegateTask task, ReportCampaign campaign) {
    Recipients.showHeader(task, service);
  }

  @Override
  public void complete(DelegateTask task, ReportCampaign campaign, String actor) {
    LocalDate today = Clocks.today();
    boolean issued =
        FormInput.checked(FormFields.PLAN_ISSUED, task.getVariable(FormFields.PLAN_ISSUED));
    String narrative =
        FormInput.requiredText(
            FormFields.NARRATIVE,
            task.getVariable(FormFields.NARRATIVE),
            LONG_TEXT,
            Texts.text("campaign.form.narrative"));
    ReportContent content;
    if (issued) {
      String number =
          FormInput.requiredLine(
              FormFields.PLAN_NUMBER,
              task.getVariable(FormFields.PLAN_NUMBER),
              100,
              Texts.text("campaign.form.planNumber"));
      LocalDate date =
          FormInput.requiredFormDate(
              FormFields.PLAN_DATE,
              task.getVariable(FormFields.PLAN_DATE),
              Texts.text("campaign.form.planDate"),
              input.earliestDate(),
              today);
      content = ReportContent.planIssued(number, date, narrative);
    } else {
      LocalDate expected =
          FormInput.requiredFormDate(
              FormFields.EXPECTED_DATE,
              task.getVariable(FormFields.EXPECTED_DATE),
              Texts.text("campaign.form.expectedDate"),
              today,
              today.plusYears(2));
      String reason =
          FormInput.requiredText(
              FormFields.NOT_ISSUED_REASON,
              task.getVariable(FormFields.NOT_ISSUED_REASON),
              LONG_TEXT,
              Texts.text("campaign.form.notIssuedReason"));
      content = ReportContent.planNotIssued(expected, reason, narrative);
    }
    service.prepare(campaign.getId(), Variables.RECIPIENT.get(task), content, actor);
    CampaignTaskForm.consume(
        task,
        FormFields.PLAN_ISSUED,
        FormFields.PLAN_NUMBER,
        FormFields.PLAN_DATE,
        FormFields.EXPECTED_DATE,
        FormFields.NOT_ISSUED_REASON,
        FormFields.NARRATIVE);
  }
}
