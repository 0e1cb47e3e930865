package vn.phoihop.referral;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.Texts;

/**
 * Finds a referral: by id for the process (its variables carry the id), by code within the caller's
 * reach for the REST API, and the process instance of a referral that is still running.
 */
@Component
@Transactional(readOnly = true)
class ReferralLookup {

  private final CaseReferralRepository referrals;
  private final ReferralAccess access;
  private final RuntimeService runtimeService;
  private final SystemEngine system;

  ReferralLookup(
      CaseReferralRepository referrals,
      ReferralAccess access,
      RuntimeService runtimeService,
      SystemEngine system) {
    this.referrals = referrals;
    this.access = access;
    this.runtimeService = runtimeService;
    this.system = system;
  }

  /** The referral a process instance is about; it always exists. */
  CaseReferral require(long id) {
    return referrals
        .findById(id)
        .orElseThrow(() -> new IllegalStateException("No case referral with id " + id));
  }

  /** The referral if the user may read it; 404 otherwise (its existence is not revealed). */
  CaseReferral requireReadable(String code, PhoiHopUser user) {
    return referrals
        .findByCode(code)
        .filter(r -> access.reads(user, r))
        .orElseThrow(() -> DomainException.notFound(Texts.text("referral.notFound", code)));
  }

  /** The process instance of a referral, if it is still running. */
  Optional<ProcessInstance> runningInstance(String code) {
    return Optional.ofNullable(
        system.call(
            () ->
                runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionKey(ReferralProcess.KEY)
                    .processInstanceBusinessKey(code)
                    .singleResult()));
  }
}
