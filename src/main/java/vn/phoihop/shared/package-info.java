/**
 * The shared kernel every feature may use: the domain refusal ({@link
 * vn.phoihop.shared.DomainException}), the one clock and time zone ({@link
 * vn.phoihop.shared.Clocks}), running engine calls as PhoiHop ({@link
 * vn.phoihop.shared.SystemEngine}), Vietnamese formats, form-input checks, typed process variables
 * and the message bundle. It depends on no feature.
 */
@ApplicationModule(
    displayName = "Shared kernel",
    allowedDependencies = {})
package vn.phoihop.shared;

import org.springframework.modulith.ApplicationModule;
