package vn.phoihop.referral;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls on behalf of the referral service rather than the REST caller, after the
 * service has checked the caller's right to the referral itself: a QLTT officer may withdraw a
 * dossier without holding UPDATE on process instances, which would also let them touch others'.
 */
@Component
class SystemEngine {

  private final IdentityService identityService;

  SystemEngine(IdentityService identityService) {
    this.identityService = identityService;
  }

  <T> T call(Supplier<T> action) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return action.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  void run(Runnable action) {
    call(
        () -> {
          action.run();
          return null;
        });
  }
}
