package vn.phoihop.agreement;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call as the application rather than as the REST caller, for calls whose rights the
 * agreement services have already checked (starting an instance for lead staff, correlating a
 * party's request, listing an agreement's open tasks for every party that can see it).
 */
@Component
class EngineCalls {

  private final IdentityService identityService;

  EngineCalls(IdentityService identityService) {
    this.identityService = identityService;
  }

  <T> T asApplication(Supplier<T> call) {
    Authentication current = identityService.getCurrentAuthentication();
    if (current == null) {
      return call.get();
    }
    identityService.clearAuthentication();
    try {
      return call.get();
    } finally {
      identityService.setAuthentication(current);
    }
  }
}
