package vn.phoihop.referral;

import java.util.Collections;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.identity.InstanceAccess;
import vn.phoihop.referral.ReferralProcess.Variables;

/**
 * {@code Task_ResolveReceivingAgency}: records the routing table's proposal and resolves it to a
 * unit of the registry (or none), which the officer confirms next; that unit's province managers
 * may read the instance.
 */
@Component("resolveReceivingAgencyDelegate")
class ResolveReceivingAgencyDelegate implements JavaDelegate {

  private final ReferralRouting routing;
  private final InstanceAccess instanceAccess;

  ResolveReceivingAgencyDelegate(ReferralRouting routing, InstanceAccess instanceAccess) {
    this.routing = routing;
    this.instanceAccess = instanceAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String proposed =
        routing.route(
            Variables.REFERRAL_ID.get(execution),
            Variables.RECEIVING_AGENCY_TYPE.get(execution),
            Variables.LEGAL_BASIS.find(execution).orElse(null));
    Variables.RECEIVING_AGENCY.set(execution, proposed);
    instanceAccess.grantProvinces(
        execution.getProcessInstanceId(), Collections.singletonList(proposed));
  }
}
