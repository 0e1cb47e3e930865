package vn.phoihop.agreement;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
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
    Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
    List<Option> agencies =
        registry.search(null, null, Clocks.today()).stream()
            .sorted(Comparator.comparing(AgencyView::name, vietnamese))
            .map(a -> new Option(a.name() + " (" + a.code() + ")", a.code()))
            .toList();
    return Map.of(AgreementProcess.Vars.AGENCY_OPTIONS, agencies);
  }
}
