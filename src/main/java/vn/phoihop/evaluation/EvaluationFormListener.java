package vn.phoihop.evaluation;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.EvaluationProcess.Elements;
import vn.phoihop.evaluation.EvaluationProcess.FormFields;
import vn.phoihop.evaluation.EvaluationProcess.Vars;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.SystemEngine;

/**
 * The server side of every form of {@code agreement-evaluation} ({@code complete} listener): checks
 * what was submitted, writes it to the evaluation through {@link EvaluationService} and removes it
 * from the process, so only ids and routing values stay. A refusal throws an {@link
 * DomainException}: the task stays open and nothing is written.
 */
@Component("evaluationFormListener")
class EvaluationFormListener implements TaskListener {

  static final int LONG_TEXT = 20_000;
  static final int SHORT_TEXT = 500;

  private final EvaluationService service;
  private final IdentityService identityService;

  EvaluationFormListener(EvaluationService service, IdentityService identityService) {
    this.service = service;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    long evaluationId = EvaluationVariables.evaluationId(task);
    String actor = actor(task);
    switch (task.getTaskDefinitionKey()) {
      case Elements.FILE_REPORT -> fileReport(task, evaluationId, actor);
      case Elements.CLOSE_REPORTING -> closeReporting(task, evaluationId, actor);
      case Elements.SCHEDULE_CONFERENCE -> scheduleConference(task, evaluationId, actor);
      case Elements.RECORD_MINUTES -> recordMinutes(task, evaluationId, actor);
      case Elements.CONCLUDE -> conclude(task, evaluationId, actor);
      default ->
          throw new IllegalStateException(
              "No form handling for task " + task.getTaskDefinitionKey());
    }
  }

  private void fileReport(DelegateTask task, long evaluationId, String actor) {
    Kpis kpis = ReportInput.kpis(task::getVariable);
    String narrative =
        FormInput.requiredText(
            FormFields.NARRATIVE,
            task.getVariable(FormFields.NARRATIVE),
            LONG_TEXT,
            "kết quả thực hiện trong kỳ");
    String difficulties =
        FormInput.optionalText(
            FormFields.DIFFICULTIES,
            task.getVariable(FormFields.DIFFICULTIES),
            LONG_TEXT,
            "khó khăn, vướng mắc, kiến nghị");
    service.fileReport(
        evaluationId,
        EvaluationVariables.string(task, Vars.PARTY),
        kpis,
        narrative,
        difficulties,
        actor);
    for (Kpi kpi : Kpi.values()) {
      consume(task, kpi.field());
    }
    consume(task, FormFields.NARRATIVE, FormFields.DIFFICULTIES);
  }

  private void closeReporting(DelegateTask task, long evaluationId, String actor) {
    if (!FormInput.checked(
        FormFields.CLOSE_CONFIRMED, task.getVariable(FormFields.CLOSE_CONFIRMED))) {
      throw DomainException.invalid(
          FormFields.CLOSE_CONFIRMED,
          "Vui lòng đánh dấu xác nhận đóng kỳ báo cáo. Nếu còn chờ báo cáo của các bên, hãy để việc này mở.");
    }
    String note =
        FormInput.optionalText(
            FormFields.CLOSE_NOTE, task.getVariable(FormFields.CLOSE_NOTE), LONG_TEXT, "ghi chú");
    service.closeReporting(evaluationId, note, actor);
    consume(task, FormFields.CLOSE_CONFIRMED, FormFields.CLOSE_NOTE);
  }

  private void scheduleConference(DelegateTask task, long evaluationId, String actor) {
    Instant heldAt =
        ReportInput.requiredDateTime(
            FormFields.CONFERENCE_DATE,
            task.getVariable(FormFields.CONFERENCE_DATE),
            "ngày giờ tổ chức hội nghị");
    String venue =
        FormInput.requiredLine(
            FormFields.CONFERENCE_VENUE,
            task.getVariable(FormFields.CONFERENCE_VENUE),
            SHORT_TEXT,
            "địa điểm hội nghị");
    String chair =
        FormInput.optionalLine(
            FormFields.CONFERENCE_CHAIR,
            task.getVariable(FormFields.CONFERENCE_CHAIR),
            200,
            "người chủ trì hội nghị");
    String participants =
        FormInput.requiredText(
            FormFields.CONFERENCE_PARTICIPANTS,
            task.getVariable(FormFields.CONFERENCE_PARTICIPANTS),
            LONG_TEXT,
            "thành phần tham dự");
    ReviewConference conference =
        service.scheduleConference(evaluationId, heldAt, venue, chair, participants, actor);
    task.setVariable(Vars.CONFERENCE_AT, Date.from(conference.getHeldAt()));
    consume(
        task,
        FormFields.CONFERENCE_DATE,
        FormFields.CONFERENCE_VENUE,
        FormFields.CONFERENCE_CHAIR,
        FormFields.CONFERENCE_PARTICIPANTS);
  }

  private void recordMinutes(DelegateTask task, long evaluationId, String actor) {
    String minutes =
        FormInput.requiredText(
            FormFields.CONFERENCE_MINUTES,
            task.getVariable(FormFields.CONFERENCE_MINUTES),
            LONG_TEXT,
            "biên bản hội nghị");
    String conclusions =
        FormInput.requiredText(
            FormFields.CONFERENCE_CONCLUSIONS,
            task.getVariable(FormFields.CONFERENCE_CONCLUSIONS),
            LONG_TEXT,
            "kết luận của hội nghị");
    service.recordConference(evaluationId, minutes, conclusions, actor);
    consume(task, FormFields.CONFERENCE_MINUTES, FormFields.CONFERENCE_CONCLUSIONS);
  }

  private void conclude(DelegateTask task, long evaluationId, String actor) {
    Conclusion conclusion =
        FormInput.requiredChoice(
            Vars.EVALUATION_CONCLUSION,
            task.getVariable(Vars.EVALUATION_CONCLUSION),
            Conclusion.class,
            "kết luận",
            Conclusion::label);
    String note =
        conclusion == Conclusion.CONTINUE
            ? FormInput.optionalText(
                FormFields.CONCLUSION_NOTE,
                task.getVariable(FormFields.CONCLUSION_NOTE),
                LONG_TEXT,
                "ý kiến kết luận")
            : FormInput.requiredText(
                FormFields.CONCLUSION_NOTE,
                task.getVariable(FormFields.CONCLUSION_NOTE),
                LONG_TEXT,
                "lý do và nội dung đề xuất (bắt buộc khi đề xuất sửa đổi hoặc chấm dứt quy chế)");
    Evaluation evaluation = service.conclude(evaluationId, conclusion, note, actor);
    task.setVariable(Vars.EVALUATION_CONCLUSION, conclusion.name());
    // The form shows the rating read-only; what the process carries is always the table's result.
    task.setVariable(Vars.EVALUATION_RATING, evaluation.getRating().name());
    consume(task, FormFields.CONCLUSION_NOTE);
  }

  private void consume(DelegateTask task, String... names) {
    for (String name : names) {
      task.removeVariable(name);
    }
  }

  private String actor(DelegateTask task) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : SystemEngine.ACTOR;
  }
}
