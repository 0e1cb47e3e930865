/**
 * The engine boundary: every command a signed-in user sends to the engine, by whatever path, is
 * judged against one allowlist and the features' rules.
 */
@ApplicationModule(
    displayName = "Engine boundary",
    allowedDependencies = {"shared", "engine", "identity", "web"})
package vn.phoihop.boundary;

import org.springframework.modulith.ApplicationModule;
