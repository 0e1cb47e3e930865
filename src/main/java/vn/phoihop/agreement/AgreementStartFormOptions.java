package vn.phoihop.agreement;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.engine.StartFormOptions;
import vn.phoihop.shared.Clocks;

/**
 * The agency pickers of {@code agreement-start} (lead and partners): every agency in force today,
 * by Vietnamese name, its code as the value. Read from the registry each time the form opens, so a
 * registry change shows at once; {@link AgreementOpening} still checks each submitted code.
 */
@Component
class AgreementStartFormOptions implements StartFormOptions {

  private final AgencyRegistry registry;

  AgreementStartFormOptions(AgencyRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String processKey() {
    return AgreementProcess.KEY;
  }

  @Override
  public Map<String, List<Option>> options() {
    List<Option> agencies =
        registry.inForceByName(Clocks.today()).stream()
            .map(a -> new Option(a.pickerLabel(), a.code()))
            .toList();
    return Map.of(AgreementProcess.Vars.AGENCY_OPTIONS, agencies);
  }
}
