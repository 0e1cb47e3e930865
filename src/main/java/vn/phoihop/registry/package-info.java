/**
 * Administrators keep the agency registry: the {@code /api/v1} endpoints that add, rename, move and
 * close agencies and read the audit of those changes, and the "Danh mục đơn vị" page of the Admin
 * webapp, which does the same over the webapp session. The work itself is the agency module's
 * {@code AgencyAdministration}; this module decides who may ask.
 */
@ApplicationModule(
    displayName = "Registry administration",
    allowedDependencies = {"shared", "agency", "identity", "web"})
package vn.phoihop.registry;

import org.springframework.modulith.ApplicationModule;
