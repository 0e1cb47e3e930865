package vn.phoihop.web;

import java.util.Set;

/**
 * Process variables that only PhoiHop itself sets: aggregate ids, the agencies that candidate
 * groups are computed from, legal clocks. Each feature declares its own as a bean; no task
 * submission through the engine's REST APIs may write them ({@link SystemVariablesGuard}).
 */
public interface SystemVariables {

  Set<String> names();
}
