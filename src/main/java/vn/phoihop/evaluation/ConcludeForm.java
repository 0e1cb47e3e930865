package vn.phoihop.evaluation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.EvaluationProcess.Elements;
import vn.phoihop.evaluation.EvaluationProcess.FormFields;
import vn.phoihop.evaluation.EvaluationProcess.Variables;
import vn.phoihop.evaluation.EvaluationProcess.Vars;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;

/**
 * {@code Task_ConcludeEvaluation}: the lead's leader concludes the period; the conclusion is what
 * the calling process routes on.
 */
@Component
class ConcludeForm implements TaskForm {

  private final EvaluationService service;

  ConcludeForm(EvaluationService service) {
    this.service = service;
  }

  @Override
  public String taskKey() {
    return Elements.CONCLUDE;
  }

  @Override
  public void complete(DelegateTask task, long evaluationId, String actor) {
    Conclusion conclusion =
        FormInput.requiredChoice(
            Vars.EVALUATION_CONCLUSION,
            task.getVariable(Vars.EVALUATION_CONCLUSION),
            Conclusion.class,
            Texts.text("evaluation.form.conclusion"),
            Conclusion::label);
    Object submitted = task.getVariable(FormFields.CONCLUSION_NOTE);
    String note =
        conclusion == Conclusion.CONTINUE
            ? FormInput.optionalText(
                FormFields.CONCLUSION_NOTE,
                submitted,
                LONG_TEXT,
                Texts.text("evaluation.form.conclusionNote"))
            : FormInput.requiredText(
                FormFields.CONCLUSION_NOTE,
                submitted,
                LONG_TEXT,
                Texts.text("evaluation.form.conclusionReason"));
    Evaluation evaluation = service.conclude(evaluationId, conclusion, note, actor);
    Variables.EVALUATION_CONCLUSION.set(task, conclusion.name());
    // The form shows the rating read-only; what the process carries is always the table's result.
    Variables.EVALUATION_RATING.set(task, evaluation.getRating().name());
    TaskForm.consume(task, FormFields.CONCLUSION_NOTE);
  }
}
