/**
 * Periodic evaluation of an agreement: each party reports (its referral figures pre-filled from the
 * referrals it transferred in the period), the lead reviews in conference, KPIs and rating.
 */
@ApplicationModule(
    displayName = "Agreement evaluation",
    allowedDependencies = {
      "shared",
      "engine",
      "agency",
      "identity",
      "deadline",
      "notification",
      "referral"
    })
package vn.phoihop.evaluation;

import org.springframework.modulith.ApplicationModule;
