package vn.phoihop.referral;

import static vn.phoihop.referral.ReferralTaskHandler.text;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.identity.InstanceAccess;
import vn.phoihop.referral.ReferralProcess.Elements;
import vn.phoihop.referral.ReferralProcess.FormFields;
import vn.phoihop.referral.ReferralProcess.Variables;
import vn.phoihop.referral.ReferralProcess.Vars;

/**
 * {@code Task_RerouteReferral}: the receiving unit refused the dossier; the Chi cục leader sends it
 * to another competent body (a new handover follows) or keeps the case as an administrative one.
 */
@Component
class RerouteReferralHandler implements ReferralTaskHandler {

  private final ReferralRouting routing;
  private final ReferralClocks clocks;
  private final InstanceAccess instanceAccess;

  RerouteReferralHandler(
      ReferralRouting routing, ReferralClocks clocks, InstanceAccess instanceAccess) {
    this.routing = routing;
    this.clocks = clocks;
    this.instanceAccess = instanceAccess;
  }

  @Override
  public String taskKey() {
    return Elements.REROUTE_REFERRAL;
  }

  @Override
  public void created(DelegateTask task, long referralId) {
    AgencyOptions.offer(
        task, FormFields.COMPETENT_BODY_OPTIONS, routing.competentBodies(referralId));
  }

  @Override
  public void completed(DelegateTask task, long referralId, String actor) {
    String agency =
        routing.reroute(
            referralId,
            text(task, Vars.REROUTE_DECISION),
            text(task, FormFields.REROUTE_AGENCY),
            text(task, FormFields.REROUTE_REASON),
            actor);
    if (agency != null) {
      Variables.RECEIVING_AGENCY.set(task, agency);
      instanceAccess.grantProvinces(task.getProcessInstanceId(), List.of(agency));
    } else {
      Variables.SANCTION_DUE_AT.set(task, clocks.administrativeDue());
    }
    ReferralTaskHandler.removeFields(
        task,
        List.of(
            FormFields.COMPETENT_BODY_OPTIONS,
            FormFields.REROUTE_AGENCY,
            FormFields.REROUTE_REASON));
  }
}
