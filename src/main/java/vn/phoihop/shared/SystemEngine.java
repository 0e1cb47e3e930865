package vn.phoihop.shared;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as PhoiHop itself rather than as the signed-in caller, for calls whose right
 * the feature has already checked by its own rules (starting an instance for lead staff,
 * withdrawing a dossier, listing a case's open tasks for every party to it, resolving e-mail
 * recipients in other agencies). The caller's engine authentication is restored afterwards, also on
 * failure. Engine commands run this way carry no user, so the engine boundary does not judge them.
 */
@Component
public class SystemEngine {

  /** The actor PhoiHop records in timelines and audit rows for what it does by itself. */
  public static final String ACTOR = "hệ thống";

  private final IdentityService identityService;

  SystemEngine(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The result of {@code call} run without the caller's engine authentication. */
  public <T> T call(Supplier<T> call) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null) {
      return call.get();
    }
    identityService.clearAuthentication();
    try {
      return call.get();
    } finally {
      identityService.setAuthentication(caller);
    }
  }

  /** Runs {@code action} without the caller's engine authentication. */
  public void run(Runnable action) {
    call(
        () -> {
          action.run();
          return null;
        });
  }
}
