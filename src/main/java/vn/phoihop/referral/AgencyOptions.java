package vn.phoihop.referral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import vn.phoihop.agency.AgencyView;

/**
 * The options of an agency select on a form (routing override, re-routing after a refusal,
 * forwarding): a JSON list of {label, value} set on the task for the select's {@code valuesKey}.
 */
final class AgencyOptions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AgencyOptions() {}

  static void offer(DelegateTask task, String variable, List<AgencyView> agencies) {
    try {
      task.setVariable(
          variable, SpinValues.jsonValue(JSON.writeValueAsString(options(agencies))).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {label, value} for each unit: "Công an tỉnh Tây Ninh (Công an tỉnh)", its code. */
  static List<Map<String, String>> options(List<AgencyView> agencies) {
    return agencies.stream()
        .map(a -> Map.of("label", a.name() + " (" + a.typeLabel() + ")", "value", a.code()))
        .toList();
  }
}
