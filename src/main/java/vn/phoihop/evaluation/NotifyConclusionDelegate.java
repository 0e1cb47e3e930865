package vn.phoihop.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.Role;
import vn.phoihop.notification.NotificationKind;
import vn.phoihop.notification.Notifications;

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
    Evaluation evaluation = service.get(EvaluationVariables.evaluationId(execution));
    List<String> groups = new ArrayList<>();
    for (PartyReport report : evaluation.getReports()) {
      groups.add(Groups.unitRole(report.getAgencyCode(), Role.STAFF));
      groups.add(Groups.unitRole(report.getAgencyCode(), Role.LEADER));
    }
    String code = evaluation.getAgreementCode();
    String period = evaluation.period().label();
    StringBuilder body =
        new StringBuilder("Kính gửi đồng chí,\n\nKỳ đánh giá ")
            .append(period)
            .append(" của quy chế phối hợp ")
            .append(code)
            .append(" đã có kết luận của lãnh đạo ")
            .append(service.agencyName(evaluation.getLeadAgency()))
            .append(".\n\nXếp loại: ")
            .append(evaluation.getRating().label())
            .append("\nKết luận: ")
            .append(evaluation.getConclusion().label());
    if (evaluation.getConclusionNote() != null) {
      body.append("\nÝ kiến: ").append(evaluation.getConclusionNote());
    }
    notifications.toGroups(
        groups,
        NotificationKind.INFO,
        "[PhoiHop] Kết luận kỳ đánh giá "
            + period
            + " ("
            + code
            + "): "
            + evaluation.getConclusion().label(),
        body.toString(),
        code,
        null);
  }
}
