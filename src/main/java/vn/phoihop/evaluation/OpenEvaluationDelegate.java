package vn.phoihop.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.EvaluationProcess.Variables;
import vn.phoihop.identity.InstanceAccess;

/**
 * First step of {@code agreement-evaluation}: checks the caller's input, opens the period and sets
 * what the rest of the model reads (evaluation id, reporting clock, whether a review conference
 * follows, the canonical list of parties).
 */
@Component("openEvaluationDelegate")
class OpenEvaluationDelegate implements JavaDelegate {

  private final EvaluationService service;
  private final InstanceAccess instanceAccess;

  OpenEvaluationDelegate(EvaluationService service, InstanceAccess instanceAccess) {
    this.service = service;
    this.instanceAccess = instanceAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Evaluation evaluation =
        service.open(
            new EvaluationService.OpenRequest(
                CallInput.whole(execution, Variables.AGREEMENT_ID),
                CallInput.text(execution, Variables.AGREEMENT_CODE),
                CallInput.text(execution, Variables.LEAD_AGENCY),
                CallInput.codes(execution, Variables.PARTIES),
                CallInput.text(execution, Variables.PERIOD_KIND),
                CallInput.integer(execution, Variables.PERIOD_YEAR),
                CallInput.integer(execution, Variables.PERIOD_NUMBER)),
            execution.getProcessInstanceId());
    EvaluationPeriod period = evaluation.period();
    List<String> parties =
        evaluation.getReports().stream().map(PartyReport::getAgencyCode).toList();
    Variables.EVALUATION_ID.set(execution, evaluation.getId());
    Variables.LEAD_AGENCY.set(execution, evaluation.getLeadAgency());
    Variables.PARTIES.set(execution, parties);
    Variables.PERIOD_KIND.set(execution, period.kind().name());
    Variables.PERIOD_LABEL.set(execution, period.label());
    Variables.REPORTING_FROM.set(execution, EvaluationService.reportingFrom(period));
    Variables.REVIEW_CONFERENCE.set(execution, period.kind().conference() != null);
    List<String> agencies = new ArrayList<>(parties);
    agencies.add(evaluation.getLeadAgency());
    instanceAccess.grantProvinces(execution.getProcessInstanceId(), agencies);
  }
}
