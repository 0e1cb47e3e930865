package vn.phoihop.evaluation;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.EvaluationProcess.Variables;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.Role;
import vn.phoihop.notification.NotificationKind;
import vn.phoihop.notification.Notifications;
import vn.phoihop.shared.Templates;
import vn.phoihop.shared.Texts;

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
    long evaluationId = Variables.EVALUATION_ID.get(execution);
    List<PartyReport> overdue = service.markOverdue(evaluationId);
    if (overdue.isEmpty()) {
      return;
    }
    String code = execution.getProcessBusinessKey();
    List<Map<String, String>> parties =
        overdue.stream()
            .map(
                r ->
                    Map.of(
                        "name", service.agencyName(r.getAgencyCode()), "code", r.getAgencyCode()))
            .toList();
    String body =
        Templates.render(
                "evaluation/overdue-reports",
                Map.of(
                    "period", Variables.PERIOD_LABEL.get(execution),
                    "agreementCode", code,
                    "parties", parties))
            .stripTrailing();
    notifications.toGroups(
        List.of(Groups.unitRole(Variables.LEAD_AGENCY.get(execution), Role.STAFF)),
        NotificationKind.INFO,
        Texts.text("evaluation.mail.overdueSubject", code),
        body,
        code,
        null);
  }
}
