package vn.phoihop.engine;

import java.util.List;
import java.util.Map;

/**
 * The choices a process's start form offers that come from PhoiHop's registers (agencies), current
 * when the form opens. A start form has no process variables to take dynamic options from, so each
 * feature declares them here, by the {@code valuesKey} its start form's selects and tag lists name
 * ({@code AgreementStartFormOptions} beside {@code AgreementProcess}); {@code
 * vn.phoihop.boundary.EngineBoundary} adds them to the start form's variables ({@code
 * GetStartFormVariablesCmd}) and writes them into the start form itself as it is handed out ({@code
 * GetDeployedStartFormCmd}), because Tasklist 7.24 loads no variables for a Camunda Forms start
 * form. Options are never accepted back from a client: the start form's listener checks every
 * submitted value against the register.
 */
public interface StartFormOptions {

  /** Key of the process whose start form shows these (the feature's {@code *Process.KEY}). */
  String processKey();

  /** Options by {@code valuesKey}, in the order the form shows them. */
  Map<String, List<Option>> options();

  /**
   * One choice: what users read and what the form submits.
   *
   * @param label Vietnamese, e.g. "Sở Công Thương tỉnh Tây Ninh (SCT-TNI)"
   * @param value the code, e.g. "SCT-TNI"
   */
  record Option(String label, String value) {}
}
