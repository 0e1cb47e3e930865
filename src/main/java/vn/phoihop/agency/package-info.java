/**
 * The agency registry: provinces of 1 July 2025 and their predecessors, agencies, their types and
 * successions.
 */
@ApplicationModule(
    displayName = "Agency registry",
    allowedDependencies = {"shared"})
package vn.phoihop.agency;

import org.springframework.modulith.ApplicationModule;
