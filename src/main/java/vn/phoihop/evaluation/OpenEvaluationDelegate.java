package vn.phoihop.evaluation;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.EvaluationProcess.Vars;
import vn.phoihop.identity.InstanceAccess;
import vn.phoihop.shared.ProcessVariable;

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
                EvaluationVariables.optionalLong(execution, Vars.AGREEMENT_ID),
                EvaluationVariables.string(execution, Vars.AGREEMENT_CODE),
                EvaluationVariables.string(execution, Vars.LEAD_AGENCY),
                EvaluationVariables.codes(execution, Vars.PARTIES),
                EvaluationVariables.string(execution, Vars.PERIOD_KIND),
                EvaluationVariables.optionalInteger(execution, Vars.PERIOD_YEAR),
                EvaluationVariables.optionalInteger(execution, Vars.PERIOD_NUMBER)),
            execution.getProcessInstanceId());
    EvaluationPeriod period = evaluation.period();
    List<String> parties =
        evaluation.getReports().stream().map(PartyReport::getAgencyCode).toList();
    execution.setVariable(Vars.EVALUATION_ID, evaluation.getId());
    execution.setVariable(Vars.LEAD_AGENCY, evaluation.getLeadAgency());
    execution.setVariable(Vars.PARTIES, ProcessVariable.jsonList(parties));
    execution.setVariable(Vars.PERIOD_KIND, period.kind().name());
    execution.setVariable(Vars.PERIOD_LABEL, period.label());
    Date reportingFrom = EvaluationService.reportingFrom(period);
    execution.setVariable(Vars.REPORTING_FROM, reportingFrom);
    execution.setVariable(Vars.REVIEW_CONFERENCE, period.kind().conference() != null);
    List<String> agencies = new ArrayList<>(parties);
    agencies.add(evaluation.getLeadAgency());
    instanceAccess.grantProvinces(execution.getProcessInstanceId(), agencies);
  }
}
