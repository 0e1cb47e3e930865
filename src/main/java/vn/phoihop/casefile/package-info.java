/**
 * The case file ("Hồ sơ") beside every Tasklist task: a Tasklist plugin at {@code
 * tasklist.task.detail} with its resources under the webapps' own API, so that the webapp session
 * and CSRF token protect them, showing the task's agreement, evaluation or referral as the
 * signed-in user may read it, and the referral's evidence upload, download and removal.
 */
@ApplicationModule(
    displayName = "Tasklist case file",
    allowedDependencies = {
      "shared",
      "identity",
      "agreement",
      "evaluation",
      "referral",
      "inforequest",
      "web"
    })
package vn.phoihop.casefile;

import org.springframework.modulith.ApplicationModule;
