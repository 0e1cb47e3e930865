package vn.phoihop.referral;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.phoihop.identity.InstanceAccess;
import vn.phoihop.shared.DomainException;

/**
 * The service tasks and the start listener of {@code case-referral}: each calls one service method.
 */
final class ReferralDelegates {

  private ReferralDelegates() {}

  static long referralId(DelegateExecution execution) {
    return ((Number) execution.getVariable(ReferralProcess.Vars.REFERRAL_ID)).longValue();
  }

  /**
   * Start event: when the dossier comes from the Tasklist start form (no aggregate yet), opens it
   * for the starting officer's team, sets the business key to its code and replaces the form's
   * fields with the instance's variables. A start through the REST API arrives with the id already.
   * Either way, the managers of the team's province may then read the instance.
   */
  @Component("openReferralListener")
  static class OpenReferralListener implements ExecutionListener {

    private final ReferralService service;
    private final InstanceAccess instanceAccess;

    OpenReferralListener(ReferralService service, InstanceAccess instanceAccess) {
      this.service = service;
      this.instanceAccess = instanceAccess;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (execution.getVariable(ReferralProcess.Vars.REFERRAL_ID) == null) {
        open(execution);
      }
      // The managers of the opening team's (and its Chi cục's) province may read the instance.
      instanceAccess.grantProvinces(
          execution.getProcessInstanceId(),
          java.util.Arrays.asList(
              (String) execution.getVariable(ReferralProcess.Vars.OPENING_AGENCY),
              (String) execution.getVariable(ReferralProcess.Vars.SUB_DEPARTMENT)));
    }

    private void open(DelegateExecution execution) {
      Authentication starter =
          execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      if (starter == null || starter.getUserId() == null) {
        throw DomainException.forbidden(
            "Hồ sơ chuyển vụ việc phải do cán bộ Đội QLTT đã đăng nhập lập.");
      }
      String team =
          service.openingTeamOf(
              starter.getGroupIds() == null ? java.util.List.of() : starter.getGroupIds());
      CaseReferral referral =
          service.open(
              DossierInput.fromVariables(execution.getVariables()), team, starter.getUserId());
      execution.setProcessBusinessKey(referral.getCode());
      execution.removeVariables(ReferralTaskListener.DOSSIER_FIELDS);
      execution.setVariables(service.startVariables(referral));
    }
  }

  @Component("resolveReceivingAgencyDelegate")
  static class ResolveReceivingAgencyDelegate implements JavaDelegate {

    private final ReferralService service;
    private final InstanceAccess instanceAccess;

    ResolveReceivingAgencyDelegate(ReferralService service, InstanceAccess instanceAccess) {
      this.service = service;
      this.instanceAccess = instanceAccess;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String proposed =
          service.route(
              referralId(execution),
              (String) execution.getVariable(ReferralProcess.Vars.RECEIVING_AGENCY_TYPE),
              (String) execution.getVariable(ReferralProcess.Vars.LEGAL_BASIS));
      execution.setVariable(ReferralProcess.Vars.RECEIVING_AGENCY, proposed);
      instanceAccess.grantProvinces(
          execution.getProcessInstanceId(), java.util.Collections.singletonList(proposed));
    }
  }

  @Component("transferReferralDelegate")
  static class TransferReferralDelegate implements JavaDelegate {

    private final ReferralService service;

    TransferReferralDelegate(ReferralService service) {
      this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
      service.transfer(referralId(execution));
    }
  }

  @Component("notifyDecisionDelegate")
  static class NotifyDecisionDelegate implements JavaDelegate {

    private final ReferralService service;

    NotifyDecisionDelegate(ReferralService service) {
      this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
      service.notifyDecision(referralId(execution));
    }
  }
}
