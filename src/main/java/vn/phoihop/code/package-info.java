/** Yearly case codes (QC-2026-0001, CHS-...) from one race-free counter. */
@ApplicationModule(
    displayName = "Yearly codes",
    allowedDependencies = {"shared"})
package vn.phoihop.code;

import org.springframework.modulith.ApplicationModule;
