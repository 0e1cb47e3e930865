/**
 * Report campaigns: a requesting body asks N agencies for a report of one kind for one period by a
 * deadline, follows up the missing ones and consolidates (docs/report-campaigns.md).
 */
@ApplicationModule(
    displayName = "Report campaigns",
    allowedDependencies = {
      "shared",
      "engine",
      "agency",
      "identity",
      "code",
      "web",
      "deadline",
      "notification",
      "evaluation"
    })
package vn.phoihop.campaign;

import org.springframework.modulith.ApplicationModule;
