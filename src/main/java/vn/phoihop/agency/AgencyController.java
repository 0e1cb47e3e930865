package vn.phoihop.agency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;

/**
 * Reference data for everyone signed in. Unknown {@code type}, a malformed date or an unknown
 * parameter: 400 from the shared handler. Administrators change the registry through {@code
 * registry}'s API.
 */
@Tag(
    name = "Reference data",
    description = "Agencies, provinces, coordination fields and violation categories")
@RestController
@RequestMapping("/api/v1")
class AgencyController {

  private final AgencyRegistry registry;

  AgencyController(AgencyRegistry registry) {
    this.registry = registry;
  }

  @Operation(
      summary =
          "Find agencies by words of their name or code, type, province and a date they are in"
              + " force on",
      description =
          "q matches codes and names without regard to diacritics or case (tien giang, Tiền"
              + " Giang, TGG); a former province's name also finds today's bodies of the province"
              + " it merged into. Bodies in force today come first, then former ones with their"
              + " successor. province honours the 2025 mergers (LAN finds Tây Ninh's bodies) and"
              + " finds a customs branch in every province it serves. Without q: by code.")
  @GetMapping("/agencies")
  List<AgencyView> agencies(
      @Parameter(description = "Words of the name or the code, e.g. tien giang")
          @RequestParam(name = "q", required = false)
          String q,
      @Parameter(description = "Agency type, e.g. PROVINCIAL_POLICE")
          @RequestParam(name = "type", required = false)
          AgencyType type,
      @Parameter(description = "Province code, e.g. TNI (former provinces too, e.g. LAN)")
          @RequestParam(name = "province", required = false)
          String province,
      @Parameter(description = "Only agencies in force on this day (yyyy-MM-dd)")
          @RequestParam(name = "activeOn", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate activeOn) {
    if (activeOn != null) {
      FormInput.within(
          "activeOn",
          activeOn,
          LocalDate.of(2000, 1, 1),
          LocalDate.of(2100, 12, 31),
          Texts.text("agency.what.activeOn"));
    }
    if (province != null && !province.isBlank() && !registry.isKnownProvince(province)) {
      throw DomainException.invalid(
          "province",
          Texts.text("agency.code.unknown", Texts.text("agency.what.province"), province.trim()));
    }
    if (q != null && q.length() > 200) {
      throw DomainException.invalid("q", Texts.text("agency.search.tooLong"));
    }
    return registry.find(q, type, province, activeOn, Clocks.today());
  }

  @Operation(summary = "Get one agency, former ones included")
  @GetMapping("/agencies/{code}")
  AgencyView agency(@PathVariable("code") String code) {
    return registry
        .find(code)
        .orElseThrow(() -> DomainException.notFound(Texts.text("agency.unknown", code)));
  }

  @Operation(summary = "List the 34 current provinces, or with includeMerged also the former ones")
  @GetMapping("/provinces")
  List<ProvinceView> provinces(
      @Parameter(
              description =
                  "Also list the provinces merged on 1 July 2025, with the code they merged into")
          @RequestParam(name = "includeMerged", defaultValue = "false")
          boolean includeMerged) {
    return includeMerged ? registry.allProvinces() : registry.provinces();
  }

  @Operation(summary = "List the coordination fields")
  @GetMapping("/fields")
  List<CodeName> fields() {
    return registry.fields();
  }

  @Operation(
      summary = "List the violation categories with the Criminal Code articles most referred to")
  @GetMapping("/violation-categories")
  List<ViolationCategoryView> violationCategories() {
    return registry.violationCategoryDetails();
  }
}
