/**
 * Periodic evaluation of an agreement: each party reports, the lead reviews in conference, KPIs and
 * rating.
 */
@ApplicationModule(
    displayName = "Agreement evaluation",
    allowedDependencies = {"shared", "engine", "agency", "identity", "deadline", "notification"})
package vn.phoihop.evaluation;

import org.springframework.modulith.ApplicationModule;
