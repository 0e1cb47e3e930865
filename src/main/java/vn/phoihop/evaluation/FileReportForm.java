package vn.phoihop.evaluation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.EvaluationProcess.Elements;
import vn.phoihop.evaluation.EvaluationProcess.FormFields;
import vn.phoihop.evaluation.EvaluationProcess.Variables;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;

/**
 * {@code Task_FileReport}: one party's period report (KPIs, narrative, difficulties), its referral
 * figures pre-filled from the party's referrals (docs/domain.md#referral-figures), its information
 * items exchanged suggested from the information requests PhoiHop carried.
 */
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

  /**
   * Pre-fills the party's referral figures: stored with its report, and set where the form reads
   * them. The KPI fields go on the task's execution, not the task: a submission writes its values
   * there (task completion sets them on the task's parent scope), so the submitted value replaces
   * the pre-filled one whichever way the task is completed, and a field left out keeps it.
   */
  @Override
  public void created(DelegateTask task, long evaluationId) {
    ReferralPrefill prefill =
        service.prefillReferralFigures(evaluationId, Variables.PARTY.get(task));
    for (Kpi kpi : Kpi.values()) {
      if (kpi.fromReferrals()) {
        task.getExecution().setVariableLocal(kpi.field(), kpi.prefilled(prefill));
      }
    }
    Variables.REFERRAL_FIGURES_SUMMARY.setLocal(task, prefill.describe());
    Long exchanged = service.informationExchanged(evaluationId, Variables.PARTY.get(task));
    if (exchanged != null) {
      task.getExecution().setVariableLocal(Kpi.INFORMATION_EXCHANGED.field(), exchanged);
    }
  }

  @Override
  public void complete(DelegateTask task, long evaluationId, String actor) {
    String party = Variables.PARTY.get(task);
    Kpis kpis = ReportInput.kpis(task::getVariable, service.referralPrefill(evaluationId, party));
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
    String correction =
        FormInput.optionalText(
            FormFields.REFERRAL_FIGURES_CORRECTION,
            task.getVariable(FormFields.REFERRAL_FIGURES_CORRECTION),
            LONG_TEXT,
            Texts.text("evaluation.form.referralFiguresCorrection"));
    service.fileReport(evaluationId, party, kpis, correction, narrative, difficulties, actor);
    for (Kpi kpi : Kpi.values()) {
      TaskForm.consume(task, kpi.field());
    }
    TaskForm.consume(
        task,
        FormFields.NARRATIVE,
        FormFields.DIFFICULTIES,
        FormFields.REFERRAL_FIGURES_CORRECTION);
  }
}
