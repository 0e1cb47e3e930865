/**
 * Case referrals: a dossier with signs of crime transferred to the police, customs or border guard
 * and followed on its legal clocks.
 */
@ApplicationModule(
    displayName = "Case referral",
    allowedDependencies = {
      "shared",
      "engine",
      "document",
      "agency",
      "code",
      "identity",
      "deadline",
      "notification",
      "web"
    })
package vn.phoihop.referral;

import org.springframework.modulith.ApplicationModule;
