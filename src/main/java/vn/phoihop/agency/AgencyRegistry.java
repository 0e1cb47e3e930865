package vn.phoihop.agency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * The reference data other features build on: agencies with their periods in force and succession,
 * provinces, coordination fields and violation categories.
 *
 * <p>The data only changes through migrations, so it is read once, on first use, and served from
 * memory. Codes are looked up trimmed and upper-cased; what comes back carries the canonical code.
 * The {@code require…} methods throw {@link DomainException#invalid} naming the caller's input
 * field, so they can validate form and API input directly.
 */
@Service
public class AgencyRegistry {

  private final AgencyRepository agencies;
  private final AgencySuccessionRepository successions;
  private final ProvinceRepository provinces;
  private final CoordinationFieldRepository fields;
  private final ViolationCategoryRepository categories;

  private volatile Snapshot snapshot;

  AgencyRegistry(
      AgencyRepository agencies,
      AgencySuccessionRepository successions,
      ProvinceRepository provinces,
      CoordinationFieldRepository fields,
      ViolationCategoryRepository categories) {
    this.agencies = agencies;
    this.successions = successions;
    this.provinces = provinces;
    this.fields = fields;
    this.categories = categories;
  }

  // ------------------------------------------------------------------------------------ agencies

  public Optional<AgencyView> find(String code) {
    return Optional.ofNullable(data().agencies().get(normalize(code)));
  }

  /** The agency's name, or the code itself when the registry does not know it. */
  public String nameOf(String code) {
    return find(code).map(AgencyView::name).orElse(code);
  }

  /** The agency with this code, in force or not; 400 on {@code field} if there is none. */
  public AgencyView require(String code, String field) {
    if (code == null || code.isBlank()) {
      throw DomainException.invalid(field, Texts.text("agency.required"));
    }
    return find(code)
        .orElseThrow(
            () -> DomainException.invalid(field, Texts.text("agency.unknown", code.trim())));
  }

  /**
   * The agency with this code if it is in force on {@code on} (today in Vietnam when {@code null});
   * 400 on {@code field} otherwise, naming the successor to choose instead when there is one.
   */
  public AgencyView requireActive(String code, String field, LocalDate on) {
    AgencyView agency = require(code, field);
    LocalDate day = dayOrToday(on);
    if (agency.activeOn(day)) {
      return agency;
    }
    if (day.isBefore(agency.validFrom())) {
      throw DomainException.invalid(
          field,
          Texts.text(
              "agency.notYetActive",
              agency.name(),
              agency.code(),
              VietnameseFormats.date(day),
              VietnameseFormats.date(agency.validFrom())));
    }
    String instead =
        successor(agency.code())
            .map(s -> Texts.text("agency.chooseSuccessor", s.name(), s.code()))
            .orElseGet(() -> Texts.text("agency.chooseActive"));
    throw DomainException.invalid(
        field,
        Texts.text(
            "agency.noLongerActive",
            agency.name(),
            agency.code(),
            VietnameseFormats.date(day),
            VietnameseFormats.date(agency.validTo()),
            instead));
  }

  /** Agencies matching every non-null criterion, by code. */
  public List<AgencyView> search(AgencyType type, String provinceCode, LocalDate activeOn) {
    String province =
        provinceCode == null || provinceCode.isBlank() ? null : normalize(provinceCode);
    return data().agencies().values().stream()
        .filter(a -> type == null || a.type() == type)
        .filter(a -> province == null || province.equals(a.provinceCode()))
        .filter(a -> activeOn == null || a.activeOn(activeOn))
        .toList();
  }

  /**
   * The first agency by code of this type in this province in force on {@code on} (today when
   * {@code null}) — e.g. the provincial police a referral goes to. Null type or province: any.
   */
  public Optional<AgencyView> findActive(AgencyType type, String provinceCode, LocalDate on) {
    return search(type, provinceCode, dayOrToday(on)).stream().findFirst();
  }

  /** Every agency, former ones included, by code. */
  public List<AgencyView> all() {
    return List.copyOf(data().agencies().values());
  }

  /**
   * Every body this agency took over, directly or through earlier successions, nearest first (each
   * generation by code); empty for an unknown code.
   */
  public List<AgencyView> predecessors(String code) {
    Map<String, AgencyView> all = data().agencies();
    List<AgencyView> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> generation = find(code).map(AgencyView::predecessorCodes).orElse(List.of());
    while (!generation.isEmpty()) {
      List<String> next = new ArrayList<>();
      for (String predecessor : generation) {
        if (seen.add(predecessor)) {
          AgencyView view = all.get(predecessor);
          result.add(view);
          next.addAll(view.predecessorCodes());
        }
      }
      generation = next;
    }
    return List.copyOf(result);
  }

  /**
   * The body that now carries on this agency's work: its successor's successor and so on, to the
   * end of the chain. Empty when the agency has no successor or is unknown.
   */
  public Optional<AgencyView> successor(String code) {
    Map<String, AgencyView> all = data().agencies();
    AgencyView current = all.get(normalize(code));
    if (current == null || current.successorCode() == null) {
      return Optional.empty();
    }
    Set<String> seen = new HashSet<>();
    while (current.successorCode() != null && seen.add(current.code())) {
      current = all.get(current.successorCode());
    }
    return Optional.of(current);
  }

  // -------------------------------------------------------------------------- coordination fields

  /** The coordination fields (lĩnh vực phối hợp), in their usual order. */
  public List<CodeName> fields() {
    return List.copyOf(data().fields().values());
  }

  public boolean isField(String code) {
    return data().fields().containsKey(normalize(code));
  }

  /** The canonical code of this coordination field; 400 on {@code field} if there is none. */
  public String requireField(String code, String field) {
    return requireCode(data().fields(), code, field, Texts.text("agency.what.field")).code();
  }

  // ------------------------------------------------------------------------ violation categories

  /** The violation categories of a case, in their usual order. */
  public List<CodeName> violationCategories() {
    return data().categories().values().stream().map(ViolationCategoryView::toCodeName).toList();
  }

  /** The canonical code of this violation category; 400 on {@code field} if there is none. */
  public String requireViolationCategory(String code, String field) {
    return requireCode(
            data().categories(), code, field, Texts.text("agency.what.violationCategory"))
        .code();
  }

  /** With the Criminal Code articles, for the REST API. */
  List<ViolationCategoryView> violationCategoryDetails() {
    return List.copyOf(data().categories().values());
  }

  // ---------------------------------------------------------------------------------- provinces

  /** The 34 provinces and centrally-run cities in force since 1 July 2025, by code. */
  public List<ProvinceView> provinces() {
    return data().provinces().values().stream().filter(ProvinceView::current).toList();
  }

  /**
   * The canonical code of a current province; 400 on {@code field} for an unknown code and for a
   * former province, naming the province it merged into.
   */
  public String requireProvince(String code, String field) {
    ProvinceView province =
        requireCode(data().provinces(), code, field, Texts.text("agency.what.province"));
    if (!province.current()) {
      ProvinceView into = data().provinces().get(province.mergedInto());
      throw DomainException.invalid(
          field,
          Texts.text(
              "agency.province.merged",
              province.name(),
              province.code(),
              into.name(),
              into.code()));
    }
    return province.code();
  }

  /** The current provinces and the former ones (with the code they merged into), by code. */
  List<ProvinceView> allProvinces() {
    return List.copyOf(data().provinces().values());
  }

  boolean isKnownProvince(String code) {
    return data().provinces().containsKey(normalize(code));
  }

  // ------------------------------------------------------------------------------------ loading

  private Snapshot data() {
    Snapshot current = snapshot;
    if (current == null) {
      synchronized (this) {
        current = snapshot;
        if (current == null) {
          current = load();
          snapshot = current;
        }
      }
    }
    return current;
  }

  private Snapshot load() {
    Map<String, ProvinceView> provinceViews =
        byCode(provinces.findAll().stream().map(Province::toView).toList(), ProvinceView::code);

    Map<String, String> successorOf = new LinkedHashMap<>();
    Map<String, List<String>> predecessorsOf = new LinkedHashMap<>();
    successions.findAll().stream()
        .sorted(Comparator.comparing(AgencySuccession::getPredecessorCode))
        .forEach(
            s -> {
              successorOf.put(s.getPredecessorCode(), s.getSuccessorCode());
              predecessorsOf
                  .computeIfAbsent(s.getSuccessorCode(), k -> new ArrayList<>())
                  .add(s.getPredecessorCode());
            });

    List<AgencyView> agencyViews =
        agencies.findAll().stream()
            .map(
                a -> {
                  ProvinceView province =
                      a.getProvinceCode() == null ? null : provinceViews.get(a.getProvinceCode());
                  return new AgencyView(
                      a.getCode(),
                      a.getName(),
                      a.getShortName(),
                      a.getType(),
                      a.getType().label(),
                      a.getProvinceCode(),
                      province == null ? null : province.name(),
                      a.getParentCode(),
                      a.getValidFrom(),
                      a.getValidTo(),
                      a.isBorderArea(),
                      a.getEmail(),
                      predecessorsOf.getOrDefault(a.getCode(), List.of()),
                      successorOf.get(a.getCode()));
                })
            .toList();

    Map<String, CodeName> fieldViews = new LinkedHashMap<>();
    fields.findAll().stream()
        .sorted(Comparator.comparingInt(CoordinationField::getSortOrder))
        .map(CoordinationField::toCodeName)
        .forEach(f -> fieldViews.put(f.code(), f));

    Map<String, ViolationCategoryView> categoryViews = new LinkedHashMap<>();
    categories.findAll().stream()
        .sorted(Comparator.comparingInt(ViolationCategory::getSortOrder))
        .map(ViolationCategory::toView)
        .forEach(c -> categoryViews.put(c.code(), c));

    return new Snapshot(
        byCode(agencyViews, AgencyView::code),
        provinceViews,
        Collections.unmodifiableMap(fieldViews),
        Collections.unmodifiableMap(categoryViews));
  }

  /** Sorted by code, insertion-ordered and unmodifiable. */
  private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
    return Collections.unmodifiableMap(
        items.stream()
            .sorted(Comparator.comparing(code))
            .collect(Collectors.toMap(code, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
  }

  private static <T> T requireCode(Map<String, T> entries, String code, String field, String what) {
    if (code == null || code.isBlank()) {
      throw DomainException.invalid(field, Texts.text("agency.code.required", what));
    }
    T entry = entries.get(normalize(code));
    if (entry == null) {
      throw DomainException.invalid(field, Texts.text("agency.code.unknown", what, code.trim()));
    }
    return entry;
  }

  private static String normalize(String code) {
    return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
  }

  private static LocalDate dayOrToday(LocalDate on) {
    return on != null ? on : Clocks.today();
  }

  private record Snapshot(
      Map<String, AgencyView> agencies,
      Map<String, ProvinceView> provinces,
      Map<String, CodeName> fields,
      Map<String, ViolationCategoryView> categories) {}
}
