package vn.phoihop.evaluation;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.EvaluationProcess.Elements;
import vn.phoihop.evaluation.EvaluationProcess.FormFields;
import vn.phoihop.evaluation.EvaluationProcess.Variables;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;

/**
 * {@code Task_ScheduleConference}: when, where and with whom the review conference meets; sets the
 * day its minutes' timer waits for.
 */
@Component
class ScheduleConferenceForm implements TaskForm {

  private final EvaluationService service;

  ScheduleConferenceForm(EvaluationService service) {
    this.service = service;
  }

  @Override
  public String taskKey() {
    return Elements.SCHEDULE_CONFERENCE;
  }

  @Override
  public void complete(DelegateTask task, long evaluationId, String actor) {
    Instant heldAt =
        FormInput.requiredFormDateTime(
            FormFields.CONFERENCE_DATE,
            task.getVariable(FormFields.CONFERENCE_DATE),
            Texts.text("evaluation.form.conferenceDate"),
            LocalTime.of(8, 0));
    String venue =
        FormInput.requiredLine(
            FormFields.CONFERENCE_VENUE,
            task.getVariable(FormFields.CONFERENCE_VENUE),
            SHORT_TEXT,
            Texts.text("evaluation.form.conferenceVenue"));
    String chair =
        FormInput.optionalLine(
            FormFields.CONFERENCE_CHAIR,
            task.getVariable(FormFields.CONFERENCE_CHAIR),
            200,
            Texts.text("evaluation.form.conferenceChair"));
    String participants =
        FormInput.requiredText(
            FormFields.CONFERENCE_PARTICIPANTS,
            task.getVariable(FormFields.CONFERENCE_PARTICIPANTS),
            LONG_TEXT,
            Texts.text("evaluation.form.conferenceParticipants"));
    ReviewConference conference =
        service.scheduleConference(evaluationId, heldAt, venue, chair, participants, actor);
    Variables.CONFERENCE_AT.set(task, Date.from(conference.getHeldAt()));
    TaskForm.consume(
        task,
        FormFields.CONFERENCE_DATE,
        FormFields.CONFERENCE_VENUE,
        FormFields.CONFERENCE_CHAIR,
        FormFields.CONFERENCE_PARTICIPANTS);
  }
}
