/**
 * What features declare to the engine: the beans a model may call in expressions and the variables
 * only PhoiHop may write. Depends on no feature.
 */
@ApplicationModule(
    displayName = "Engine contract",
    allowedDependencies = {"shared"})
package vn.phoihop.engine;

import org.springframework.modulith.ApplicationModule;
