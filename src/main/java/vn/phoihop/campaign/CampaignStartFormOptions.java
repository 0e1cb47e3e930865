package vn.phoihop.campaign;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.engine.StartFormOptions;
import vn.phoihop.shared.Clocks;

/**
 * The recipients picker of {@code campaign-start}: every agency in force today, by Vietnamese name,
 * its code as the value, read from the registry each time the form opens; {@link CampaignService}
 * still checks each submitted code.
 */
@Component
class CampaignStartFormOptions implements StartFormOptions {

  private final AgencyRegistry registry;

  CampaignStartFormOptions(AgencyRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String processKey() {
    return CampaignProcess.KEY;
  }

  @Override
  public Map<String, List<Option>> options() {
    List<Option> agencies =
        registry.inForceByName(Clocks.today()).stream()
            .map(a -> new Option(a.pickerLabel(), a.code()))
            .toList();
    return Map.of(CampaignProcess.Vars.RECIPIENT_OPTIONS, agencies);
  }
}
