/**
 * Information requests between the parties of one agreement: a party asks another for information
 * (a repeat offender, delivery times and places, a vehicle) with a response deadline; the receiver
 * replies, replies in part with a date for the rest, or refuses with a reason.
 */
@ApplicationModule(
    displayName = "Information request",
    allowedDependencies = {
      "shared",
      "engine",
      "identity",
      "deadline",
      "agreement",
      "notification",
      "web"
    })
package vn.phoihop.inforequest;

import org.springframework.modulith.ApplicationModule;
