package vn.phoihop.referral;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.phoihop.identity.InstanceAccess;
import vn.phoihop.referral.ReferralProcess.FormFields;
import vn.phoihop.referral.ReferralProcess.Variables;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;

/**
 * Start event of {@code case-referral}: when the dossier comes from the Tasklist start form (no
 * aggregate yet), opens it for the starting officer's team, sets the business key to its code and
 * replaces the form's fields with the instance's variables. A start through the REST API arrives
 * with the id already. Either way, the managers of the team's province may then read the instance.
 */
@Component("openReferralListener")
class OpenReferralListener implements ExecutionListener {

  private final ReferralOpening opening;
  private final InstanceAccess instanceAccess;

  OpenReferralListener(ReferralOpening opening, InstanceAccess instanceAccess) {
    this.opening = opening;
    this.instanceAccess = instanceAccess;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (Variables.REFERRAL_ID.find(execution).isEmpty()) {
      open(execution);
    }
    // The managers of the opening team's (and its Chi cục's) province may read the instance.
    instanceAccess.grantProvinces(
        execution.getProcessInstanceId(),
        Arrays.asList(
            Variables.OPENING_AGENCY.find(execution).orElse(null),
            Variables.SUB_DEPARTMENT.find(execution).orElse(null)));
  }

  private void open(DelegateExecution execution) {
    Authentication starter =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (starter == null || starter.getUserId() == null) {
      throw DomainException.forbidden(Texts.text("referral.open.notSignedIn"));
    }
    String team =
        opening.openingTeamOf(starter.getGroupIds() == null ? List.of() : starter.getGroupIds());
    CaseReferral referral =
        opening.open(
            DossierInput.fromVariables(execution.getVariables()), team, starter.getUserId());
    execution.setProcessBusinessKey(referral.getCode());
    execution.removeVariables(FormFields.DOSSIER);
    execution.setVariables(opening.startVariables(referral));
  }
}
