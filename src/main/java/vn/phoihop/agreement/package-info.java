/**
 * Coordination agreements: opening, drafting, consultation, signing, entry into force, evaluation
 * cycle, amendment, renewal and termination.
 */
@ApplicationModule(
    displayName = "Coordination agreement",
    allowedDependencies = {
      "shared",
      "engine",
      "agency",
      "code",
      "identity",
      "deadline",
      "notification",
      "evaluation",
      "web"
    })
package vn.phoihop.agreement;

import org.springframework.modulith.ApplicationModule;
