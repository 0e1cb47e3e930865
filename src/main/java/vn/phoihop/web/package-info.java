/**
 * HTTP concerns only: the RFC 7807 error model, strict JSON input, paging, Idempotency-Key, request
 * guards and the engine REST error bodies. It knows no feature and no security rule.
 */
@ApplicationModule(
    displayName = "HTTP",
    allowedDependencies = {"shared"})
package vn.phoihop.web;

import org.springframework.modulith.ApplicationModule;
