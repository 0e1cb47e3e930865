package vn.phoihop.referral;

import static vn.phoihop.referral.ReferralTaskHandler.text;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.identity.InstanceAccess;
import vn.phoihop.referral.ReferralProcess.Elements;
import vn.phoihop.referral.ReferralProcess.FormFields;
import vn.phoihop.referral.ReferralProcess.Variables;
import vn.phoihop.shared.Texts;

/**
 * {@code Task_ConfirmRouting}: the officer confirms the proposed receiving unit or chooses another
 * with a reason. The form shows the proposal and offers the units to choose from; the chosen unit
 * becomes the liaison tasks' candidate, and its province's managers may read the instance.
 */
@Component
class ConfirmRoutingHandler implements ReferralTaskHandler {

  private final ReferralLookup lookup;
  private final ReferralRouting routing;
  private final ReferralDescriptions descriptions;
  private final InstanceAccess instanceAccess;

  ConfirmRoutingHandler(
      ReferralLookup lookup,
      ReferralRouting routing,
      ReferralDescriptions descriptions,
      InstanceAccess instanceAccess) {
    this.lookup = lookup;
    this.routing = routing;
    this.descriptions = descriptions;
    this.instanceAccess = instanceAccess;
  }

  @Override
  public String taskKey() {
    return Elements.CONFIRM_ROUTING;
  }

  @Override
  public void created(DelegateTask task, long referralId) {
    CaseReferral referral = lookup.require(referralId);
    Variables.PROPOSED_AGENCY_NAME.set(
        task,
        referral.getProposedAgency() == null
            ? Texts.text(
                "referral.routing.proposedNotFound",
                descriptions.agencyType(referral.getRoutedAgencyType()))
            : descriptions.agency(referral.getProposedAgency()));
    AgencyOptions.offer(
        task, FormFields.RECEIVING_AGENCY_OPTIONS, routing.receivingOptions(referralId));
  }

  @Override
  public void completed(DelegateTask task, long referralId, String actor) {
    String receiving =
        routing.confirmRouting(
            referralId,
            Boolean.TRUE.equals(
                DossierInput.bool(
                    task.getVariable(FormFields.ROUTING_OVERRIDE), FormFields.ROUTING_OVERRIDE)),
            text(task, FormFields.OVERRIDE_AGENCY),
            text(task, FormFields.OVERRIDE_REASON),
            actor);
    Variables.RECEIVING_AGENCY.set(task, receiving);
    // An overriding unit may sit in another province: its managers may read the instance too.
    instanceAccess.grantProvinces(task.getProcessInstanceId(), List.of(receiving));
    ReferralTaskHandler.removeFields(
        task,
        List.of(
            FormFields.PROPOSED_AGENCY_NAME,
            FormFields.RECEIVING_AGENCY_OPTIONS,
            FormFields.ROUTING_OVERRIDE,
            FormFields.OVERRIDE_AGENCY,
            FormFields.OVERRIDE_REASON));
  }
}
