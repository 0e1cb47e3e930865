package vn.phoihop.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
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

/** Tells every party's staff and leaders how the period was rated and what the lead concluded. */
@Component("notifyConclusionDelegate")
class NotifyConclusionDelegate implements JavaDelegate {

  private final EvaluationService service;
  private final Notifications notifications;

  NotifyConclusionDelegate(EvaluationService service, Notifications notifications) {
    this.service = service;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Evaluation evaluation = service.get(Variables.EVALUATION_ID.get(execution));
    List<String> groups = new ArrayList<>();
    for (PartyReport report : evaluation.getReports()) {
      groups.add(Groups.unitRole(report.getAgencyCode(), Role.STAFF));
      groups.add(Groups.unitRole(report.getAgencyCode(), Role.LEADER));
    }
    String code = evaluation.getAgreementCode();
    String period = evaluation.period().label();
    String conclusion = evaluation.getConclusion().label();
    Map<String, Object> values = new HashMap<>();
    values.put("period", period);
    values.put("agreementCode", code);
    values.put("lead", service.agencyName(evaluation.getLeadAgency()));
    values.put("rating", evaluation.getRating().label());
    values.put("conclusion", conclusion);
    values.put("note", evaluation.getConclusionNote());
    notifications.toGroups(
        groups,
        NotificationKind.INFO,
        Texts.text("evaluation.mail.conclusionSubject", period, code, conclusion),
        Templates.render("evaluation/conclusion", values).stripTrailing(),
        code,
        null);
  }
}
