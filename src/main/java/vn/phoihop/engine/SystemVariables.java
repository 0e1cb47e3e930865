package vn.phoihop.engine;

import java.util.Set;

/**
 * Process variables that only PhoiHop itself sets: aggregate ids, the agencies that candidate
 * groups are computed from, routing results, legal clocks, values shown by forms. Each feature
 * declares its own as a bean next to its process class ({@code AgreementSystemVariables} beside
 * {@code AgreementProcess}); no client of the engine may write them, whatever the entry point
 * ({@code vn.phoihop.boundary.EngineBoundary}). A declaration must be complete — a variable the
 * model reads but nobody lists can be written by whoever works on a task — and must not name a
 * field a task form submits; {@code ModelExpressionsTests} checks both against the models and
 * forms.
 */
public interface SystemVariables {

  /** Key of the process whose variables these are (the feature's {@code *Process.KEY}). */
  String processKey();

  Set<String> names();
}
