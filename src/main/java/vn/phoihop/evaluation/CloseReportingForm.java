package vn.phoihop.evaluation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.EvaluationProcess.Elements;
import vn.phoihop.evaluation.EvaluationProcess.FormFields;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;

/** {@code Task_CloseReporting}: the lead stops waiting for the missing reports. */
@Component
class CloseReportingForm implements TaskForm {

  private final EvaluationService service;

  CloseReportingForm(EvaluationService service) {
    this.service = service;
  }

  @Override
  public String taskKey() {
    return Elements.CLOSE_REPORTING;
  }

  @Override
  public void complete(DelegateTask task, long evaluationId, String actor) {
    if (!FormInput.checked(
        FormFields.CLOSE_CONFIRMED, task.getVariable(FormFields.CLOSE_CONFIRMED))) {
      throw DomainException.invalid(
          FormFields.CLOSE_CONFIRMED, Texts.text("evaluation.form.closeConfirmed"));
    }
    String note =
        FormInput.optionalText(
            FormFields.CLOSE_NOTE,
            task.getVariable(FormFields.CLOSE_NOTE),
            LONG_TEXT,
            Texts.text("evaluation.form.closeNote"));
    service.closeReporting(evaluationId, note, actor);
    TaskForm.consume(task, FormFields.CLOSE_CONFIRMED, FormFields.CLOSE_NOTE);
  }
}
