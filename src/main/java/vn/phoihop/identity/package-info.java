/**
 * Who the caller is and what their role and agency allow: users and groups from the registry, HTTP
 * security, login throttling, province managers, per-instance authorizations.
 */
@ApplicationModule(
    displayName = "Identity and security",
    allowedDependencies = {"shared", "agency", "engine", "web"})
package vn.phoihop.identity;

import org.springframework.modulith.ApplicationModule;
