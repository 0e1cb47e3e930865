package vn.phoihop.evaluation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.EvaluationProcess.Elements;
import vn.phoihop.evaluation.EvaluationProcess.FormFields;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;

/** {@code Task_RecordConferenceMinutes}: the review conference's minutes and conclusions. */
@Component
class RecordMinutesForm implements TaskForm {

  private final EvaluationService service;

  RecordMinutesForm(EvaluationService service) {
    this.service = service;
  }

  @Override
  public String taskKey() {
    return Elements.RECORD_MINUTES;
  }

  @Override
  public void complete(DelegateTask task, long evaluationId, String actor) {
    String minutes =
        FormInput.requiredText(
            FormFields.CONFERENCE_MINUTES,
            task.getVariable(FormFields.CONFERENCE_MINUTES),
            LONG_TEXT,
            Texts.text("evaluation.form.conferenceMinutes"));
    String conclusions =
        FormInput.requiredText(
            FormFields.CONFERENCE_CONCLUSIONS,
            task.getVariable(FormFields.CONFERENCE_CONCLUSIONS),
            LONG_TEXT,
            Texts.text("evaluation.form.conferenceConclusions"));
    service.recordConference(evaluationId, minutes, conclusions, actor);
    TaskForm.consume(task, FormFields.CONFERENCE_MINUTES, FormFields.CONFERENCE_CONCLUSIONS);
  }
}
