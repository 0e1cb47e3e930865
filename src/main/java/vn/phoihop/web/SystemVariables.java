package vn.phoihop.web;

import java.util.Set;

/**
 * Process variables that only PhoiHop itself sets: aggregate ids, the agencies that candidate
 * groups are computed from, legal clocks. Each feature declares its own as a bean; no client of the
 * engine may write them, whatever the entry point (the engine boundary, {@code
 * vn.phoihop.boundary.EngineBoundary}).
 */
public interface SystemVariables {

  Set<String> names();
}
