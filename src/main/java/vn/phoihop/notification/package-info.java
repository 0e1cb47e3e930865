/** The notification outbox: every reminder stored before it is sent, sent by mail with retries. */
@ApplicationModule(
    displayName = "Notifications",
    allowedDependencies = {"shared", "identity"})
package vn.phoihop.notification;

import org.springframework.modulith.ApplicationModule;
