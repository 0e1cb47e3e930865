package vn.phoihop.campaign;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.campaign.CampaignProcess.Elements;
import vn.phoihop.campaign.CampaignProcess.FormFields;
import vn.phoihop.campaign.CampaignProcess.Variables;
import vn.phoihop.campaign.CampaignProcess.Vars;
import vn.phoihop.deadline.DeadlineUnit;
import vn.phoihop.deadline.Deadlines;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;

/**
 * {@code Task_FollowUp}: with reports missing after a deadline, the requester's staff start a
 * reminder round with a new deadline (a day after today, within a year), or end the collection.
 */
@Component
class FollowUpForm implements CampaignTaskForm {

  private final CampaignService service;
  private final Deadlines deadlines;

  FollowUpForm(CampaignService service, Deadlines deadlines) {
    this.service = service;
    this.deadlines = deadlines;
  }

  @Override
  public String taskKey() {
    return Elements.FOLLOW_UP;
  }

  @Override
  public void created(DelegateTask task, ReportCampaign campaign) {
    Variables.SUBMITTED_LABEL.setLocal(task, CampaignService.submittedLabel(campaign));
    Variables.MISSING_NAMES.setLocal(task, service.names(CampaignService.missing(campaign)));
  }

  @Override
  public void complete(DelegateTask task, ReportCampaign campaign, String actor) {
    Decisions.FollowUp decision =
        FormInput.requiredChoice(
            Vars.FOLLOW_UP_DECISION,
            task.getVariable(Vars.FOLLOW_UP_DECISION),
            Decisions.FollowUp.class,
            Texts.text("campaign.form.followUpDecision"));
    FormInput.optionalText(
        FormFields.FOLLOW_UP_NOTE,
        task.getVariable(FormFields.FOLLOW_UP_NOTE),
        LONG_TEXT,
        Texts.text("campaign.form.followUpNote"));
    if (decision == Decisions.FollowUp.REMIND) {
      LocalDate today = Clocks.today();
      LocalDate day =
          FormInput.requiredFormDate(
              FormFields.NEW_DEADLINE,
              task.getVariable(FormFields.NEW_DEADLINE),
              Texts.text("campaign.form.newDeadline"),
              today.plusDays(1),
              today.plusYears(1));
      service.newRound(
          campaign.getId(), deadlines.dueAfter(day, 0, DeadlineUnit.CALENDAR_DAYS).toInstant());
    }
    CampaignTaskForm.consume(task, FormFields.NEW_DEADLINE, FormFields.FOLLOW_UP_NOTE);
  }
}
