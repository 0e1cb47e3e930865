package vn.phoihop.evaluation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.EvaluationProcess.Elements;
import vn.phoihop.evaluation.EvaluationProcess.FormFields;
import vn.phoihop.evaluation.EvaluationProcess.Variables;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;

/** {@code Task_FileReport}: one party's period report (KPIs, narrative, difficulties). */
@Component
class FileReportForm implements TaskForm {

  private final EvaluationService service;

  FileReportForm(EvaluationService service) {
    this.service = service;
  }

  @Override
  public String taskKey() {
    return Elements.FILE_REPORT;
  }

  @Override
  public void complete(DelegateTask task, long evaluationId, String actor) {
    Kpis kpis = ReportInput.kpis(task::getVariable);
    String narrative =
        FormInput.requiredText(
            FormFields.NARRATIVE,
            task.getVariable(FormFields.NARRATIVE),
            LONG_TEXT,
            Texts.text("evaluation.form.narrative"));
    String difficulties =
        FormInput.optionalText(
            FormFields.DIFFICULTIES,
            task.getVariable(FormFields.DIFFICULTIES),
            LONG_TEXT,
            Texts.text("evaluation.form.difficulties"));
    service.fileReport(
        evaluationId, Variables.PARTY.get(task), kpis, narrative, difficulties, actor);
    for (Kpi kpi : Kpi.values()) {
      TaskForm.consume(task, kpi.field());
    }
    TaskForm.consume(task, FormFields.NARRATIVE, FormFields.DIFFICULTIES);
  }
}
