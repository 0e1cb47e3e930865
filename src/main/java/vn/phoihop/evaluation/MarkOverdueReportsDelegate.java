package vn.phoihop.evaluation;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.EvaluationProcess.Vars;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.Role;
import vn.phoihop.notification.NotificationKind;
import vn.phoihop.notification.Notifications;

/**
 * The reporting deadline passed with reports missing: records the lateness of each such party and
 * tells the lead's staff, who may wait for them or close the period.
 */
@Component("markOverdueReportsDelegate")
class MarkOverdueReportsDelegate implements JavaDelegate {

  private final EvaluationService service;
  private final Notifications notifications;

  MarkOverdueReportsDelegate(EvaluationService service, Notifications notifications) {
    this.service = service;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long evaluationId = EvaluationVariables.evaluationId(execution);
    List<PartyReport> overdue = service.markOverdue(evaluationId);
    if (overdue.isEmpty()) {
      return;
    }
    String code = execution.getProcessBusinessKey();
    String names =
        overdue.stream()
            .map(r -> "- " + service.agencyName(r.getAgencyCode()) + " (" + r.getAgencyCode() + ")")
            .collect(Collectors.joining("\n"));
    notifications.toGroups(
        List.of(
            Groups.unitRole(EvaluationVariables.string(execution, Vars.LEAD_AGENCY), Role.STAFF)),
        NotificationKind.INFO,
        "[PhoiHop] Quá hạn nộp báo cáo kỳ đánh giá (" + code + ")",
        "Kính gửi đồng chí,\n\nĐã hết hạn nộp báo cáo kỳ "
            + EvaluationVariables.string(execution, Vars.PERIOD_LABEL)
            + " của quy chế phối hợp "
            + code
            + " nhưng các đơn vị sau chưa nộp:\n"
            + names
            + "\n\nCác đơn vị này vẫn có thể nộp muộn (được ghi nhận là nộp muộn) cho đến khi đồng chí đóng kỳ báo cáo"
            + " trong Tasklist (việc \"Đóng kỳ báo cáo\").",
        code,
        null);
  }
}
