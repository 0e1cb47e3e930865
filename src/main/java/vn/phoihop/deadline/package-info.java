/** Working-day calendar, the deadline policy, reminders and escalations. */
@ApplicationModule(
    displayName = "Deadlines",
    allowedDependencies = {"shared", "engine", "identity", "notification"})
package vn.phoihop.deadline;

import org.springframework.modulith.ApplicationModule;
