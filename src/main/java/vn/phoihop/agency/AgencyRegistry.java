package vn.phoihop.agency;

import java.text.Normalizer;
import java.time.Duration;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * The reference data other features build on: agencies with their periods in force and succession,
 * provinces, coordination fields and violation categories.
 *
 * <p>The data changes seldom (migrations, an administrator's change through {@link
 * AgencyAdministration}), so it is read on first use and served from memory. Every change bumps a
 * revision in the database: this node reloads at once, every other node of a cluster when it next
 * checks the revision, at most {@code phoihop.registry.refresh} (5 seconds) after the change. Codes
 * are looked up trimmed and upper-cased; what comes back carries the canonical code. The {@code
 * require…} methods throw {@link DomainException#invalid} naming the caller's input field, so they
 * can validate form and API input directly.
 */
@Service
public class AgencyRegistry {

  private final AgencyRepository agencies;
  private final AgencySuccessionRepository successions;
  private final ProvinceRepository provinces;
  private final CoordinationFieldRepository fields;
  private final ViolationCategoryRepository categories;
  private final CustomsCoverageRepository coverage;
  private final JdbcTemplate jdbc;
  private final long refreshNanos;

  private volatile Snapshot snapshot;

  AgencyRegistry(
      AgencyRepository agencies,
      AgencySuccessionRepository successions,
      ProvinceRepository provinces,
      CoordinationFieldRepository fields,
      ViolationCategoryRepository categories,
      CustomsCoverageRepository coverage,
      JdbcTemplate jdbc,
      @Value("${phoihop.registry.refresh:PT5S}") Duration refresh) {
    this.agencies = agencies;
    this.successions = successions;
    this.provinces = provinces;
    this.fields = fields;
    this.categories = categories;
    this.coverage = coverage;
    this.jdbc = jdbc;
    this.refreshNanos = refresh.toNanos();
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

  /**
   * Agencies matching every non-null criterion, by code. {@code provinceCode} honours the 2025
   * mergers: a province stands for itself and the former provinces merged into it, a former one for
   * the province it merged into and its siblings, so {@code LAN} finds today's bodies of Tây Ninh
   * and {@code TNI} the former ones of Long An. It matches the seat: a customs branch is found in
   * the province of its seat only (see {@link #servingBodies}).
   */
  public List<AgencyView> search(AgencyType type, String provinceCode, LocalDate activeOn) {
    Set<String> family = provinceFamily(provinceCode);
    return data().agencies().values().stream()
        .filter(a -> type == null || a.type() == type)
        .filter(a -> family == null || family.contains(a.provinceCode()))
        .filter(a -> activeOn == null || a.activeOn(activeOn))
        .toList();
  }

  /**
   * What a user looking for an agency expects: {@code query} matched against codes and names with
   * or without diacritics and in any case ("tien giang", "Tiền Giang", "TGG"), every word of it; a
   * former province's name or code also finds today's bodies of the province it merged into; {@code
   * provinceCode} as in {@link #search} and, for a customs branch, the provinces it serves. With a
   * query, bodies in force on {@code today} come first, then former ones (each carrying its
   * successor); within each, direct matches before those found through a merger, names with every
   * word whole ("XVII") before those where a word only begins one ("XVIII"), then by code. Without
   * one, by code.
   */
  public List<AgencyView> find(
      String query, AgencyType type, String provinceCode, LocalDate activeOn, LocalDate today) {
    Snapshot data = data();
    Set<String> family = provinceFamily(provinceCode);
    List<String> words = words(query);
    Set<String> mergedProvinceMatches = new HashSet<>();
    if (!words.isEmpty()) {
      for (ProvinceView province : data.provinces().values()) {
        if (!province.current() && matches(words, fold(province.code() + " " + province.name()))) {
          mergedProvinceMatches.add(province.mergedInto());
        }
      }
    }
    record Hit(AgencyView agency, boolean current, boolean direct, boolean whole) {}
    List<Hit> hits = new ArrayList<>();
    for (AgencyView agency : data.agencies().values()) {
      if (type != null && agency.type() != type) {
        continue;
      }
      if (family != null
          && !family.contains(agency.provinceCode())
          && family.stream().noneMatch(p -> agency.servedProvinces().contains(p))) {
        continue;
      }
      if (activeOn != null && !agency.activeOn(activeOn)) {
        continue;
      }
      boolean current = agency.activeOn(today);
      boolean direct = words.isEmpty() || matches(words, data.searchText().get(agency.code()));
      boolean throughMerger =
          !direct
              && current
              && agency.provinceCode() != null
              && mergedProvinceMatches.contains(agency.provinceCode());
      if (direct || throughMerger) {
        boolean whole = direct && matchesWholeWords(words, data.searchText().get(agency.code()));
        hits.add(new Hit(agency, current, direct, whole));
      }
    }
    if (words.isEmpty()) {
      return hits.stream().map(Hit::agency).toList();
    }
    return hits.stream()
        .sorted(
            Comparator.comparing((Hit h) -> !h.current())
                .thenComparing(h -> !h.direct())
                .thenComparing(h -> !h.whole())
                .thenComparing(h -> h.agency().code()))
        .map(Hit::agency)
        .toList();
  }

  /**
   * The bodies of this type that work in this current province on {@code on}: for customs the
   * regional branch that serves it, for the Border Guard the province's command first and then its
   * posts, for the others the bodies seated there. By code within each group.
   */
  public List<AgencyView> servingBodies(AgencyType type, String provinceCode, LocalDate on) {
    String province = normalize(provinceCode);
    LocalDate day = dayOrToday(on);
    return data().agencies().values().stream()
        .filter(a -> a.type() == type && a.activeOn(day) && a.serves(province))
        .sorted(
            Comparator.comparing((AgencyView a) -> isBorderPost(a)).thenComparing(AgencyView::code))
        .toList();
  }

  /** A Border Guard unit under another one (a post under the provincial command). */
  private boolean isBorderPost(AgencyView agency) {
    if (agency.type() != AgencyType.BORDER_GUARD || agency.parentCode() == null) {
      return false;
    }
    AgencyView parent = data().agencies().get(agency.parentCode());
    return parent != null && parent.type() == AgencyType.BORDER_GUARD;
  }

  /**
   * The current province and the former ones merged into it, for a current or a former code; {@code
   * null} for no code (any province); just the code when it is unknown.
   */
  private Set<String> provinceFamily(String provinceCode) {
    if (provinceCode == null || provinceCode.isBlank()) {
      return null;
    }
    String code = normalize(provinceCode);
    Map<String, ProvinceView> all = data().provinces();
    ProvinceView province = all.get(code);
    if (province == null) {
      return Set.of(code);
    }
    String current = province.current() ? code : province.mergedInto();
    Set<String> family = new HashSet<>();
    family.add(current);
    all.values().stream()
        .filter(p -> current.equals(p.mergedInto()))
        .map(ProvinceView::code)
        .forEach(family::add);
    return family;
  }

  /**
   * Lower case, without diacritics (đ as d), every run of other characters one space: what a search
   * compares.
   */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed =
        Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    return decomposed
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", " ")
        .strip();
  }

  private static List<String> words(String query) {
    String folded = fold(query);
    return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
  }

  private static boolean matchesWholeWords(List<String> words, String haystack) {
    String padded = " " + haystack + " ";
    return words.stream().allMatch(word -> padded.contains(" " + word + " "));
  }

  /** Every word begins a word of the text ("tien gi" finds "Tiền Giang"). */
  private static boolean matches(List<String> words, String haystack) {
    String padded = " " + haystack + " ";
    for (String word : words) {
      if (!padded.contains(" " + word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first agency by code of this type seated in this province in force on {@code on} (today
   * when {@code null}). Null type or province: any.
   */
  public Optional<AgencyView> findActive(AgencyType type, String provinceCode, LocalDate on) {
    return search(type, provinceCode, dayOrToday(on)).stream().findFirst();
  }

  /**
   * The agency a case of this province goes to when it is a matter for bodies of this type: the
   * first of {@link #servingBodies} — the customs branch that serves the province, the Border
   * Guard's provincial command, the provincial police.
   */
  public Optional<AgencyView> servingBody(AgencyType type, String provinceCode, LocalDate on) {
    return servingBodies(type, provinceCode, on).stream().findFirst();
  }

  /**
   * Every agency in force on {@code day}, by Vietnamese name: what a picker of agencies lists (the
   * start forms' agency selects and tag lists).
   */
  public List<AgencyView> inForceByName(LocalDate day) {
    java.text.Collator vietnamese = java.text.Collator.getInstance(Locale.forLanguageTag("vi-VN"));
    return search(null, null, day).stream()
        .sorted(java.util.Comparator.comparing(AgencyView::name, vietnamese))
        .toList();
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
    if (current != null && System.nanoTime() - current.checkedAt() < refreshNanos) {
      return current;
    }
    synchronized (this) {
      current = snapshot;
      if (current != null && System.nanoTime() - current.checkedAt() < refreshNanos) {
        return current;
      }
      long revision = revision();
      if (current == null || current.revision() != revision) {
        current = load(revision);
      } else {
        current = current.checked();
      }
      snapshot = current;
      return current;
    }
  }

  /**
   * An agency as it stands in the current transaction (an administrator's change not yet committed
   * nor loaded), with its links as this node holds them.
   */
  AgencyView viewOf(Agency a, String successorCode) {
    Snapshot data = data();
    Optional<AgencyView> held = Optional.ofNullable(data.agencies().get(a.getCode()));
    ProvinceView province =
        a.getProvinceCode() == null ? null : data.provinces().get(a.getProvinceCode());
    return view(
        a,
        province,
        held.map(AgencyView::predecessorCodes).orElse(List.of()),
        successorCode,
        a.getUnconfirmed(),
        held.map(AgencyView::servedProvinces).orElse(List.of()),
        successorCode == null
            ? null
            : successor(successorCode).map(AgencyView::code).orElse(successorCode));
  }

  private static AgencyView view(
      Agency a,
      ProvinceView province,
      List<String> predecessors,
      String successorCode,
      String unconfirmed,
      List<String> served,
      String currentSuccessorCode) {
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
        predecessors,
        successorCode,
        unconfirmed,
        a.isTeamListPartial(),
        served,
        currentSuccessorCode);
  }

  /** Forgets what this node holds: the next call reads the registry again. */
  void reload() {
    snapshot = null;
  }

  private long revision() {
    Long revision =
        jdbc.queryForObject(
            "select revision from agency_registry_revision where id = 1", Long.class);
    return revision == null ? 0 : revision;
  }

  private Snapshot load(long revision) {
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

    Map<String, List<String>> servedBy = new LinkedHashMap<>();
    Map<String, String> coverageDoubts = new LinkedHashMap<>();
    coverage.findAll().stream()
        .sorted(Comparator.comparing(CustomsCoverage::getProvinceCode))
        .forEach(
            c -> {
              servedBy
                  .computeIfAbsent(c.getBranchCode(), k -> new ArrayList<>())
                  .add(c.getProvinceCode());
              if (c.getUnconfirmed() != null) {
                coverageDoubts.merge(
                    c.getBranchCode(), c.getProvinceCode(), (a, b) -> a + ", " + b);
              }
            });

    List<AgencyView> agencyViews =
        agencies.findAll().stream()
            .map(
                a -> {
                  ProvinceView province =
                      a.getProvinceCode() == null ? null : provinceViews.get(a.getProvinceCode());
                  return view(
                      a,
                      province,
                      predecessorsOf.getOrDefault(a.getCode(), List.of()),
                      successorOf.get(a.getCode()),
                      unconfirmed(a.getUnconfirmed(), coverageDoubts.get(a.getCode())),
                      servedBy.getOrDefault(a.getCode(), List.of()),
                      endOfChain(successorOf, a.getCode()));
                })
            .toList();

    Map<String, String> searchText = new LinkedHashMap<>();
    for (AgencyView a : agencyViews) {
      searchText.put(
          a.code(),
          fold(
              a.code()
                  + " "
                  + a.code().replace("-", "")
                  + " "
                  + a.name()
                  + " "
                  + a.shortName()
                  + " "
                  + (a.provinceCode() == null ? "" : a.provinceCode())
                  + " "
                  + (a.provinceName() == null ? "" : a.provinceName())));
    }

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
        Collections.unmodifiableMap(categoryViews),
        Collections.unmodifiableMap(searchText),
        revision,
        System.nanoTime());
  }

  private static String endOfChain(Map<String, String> successorOf, String code) {
    String current = successorOf.get(code);
    Set<String> seen = new HashSet<>();
    while (current != null && seen.add(current) && successorOf.containsKey(current)) {
      current = successorOf.get(current);
    }
    return current;
  }

  private static String unconfirmed(String own, String coveredProvinces) {
    if (coveredProvinces == null) {
      return own;
    }
    String coverage = Texts.text("agency.coverage.unconfirmed", coveredProvinces);
    return own == null ? coverage : own + " " + coverage;
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
      Map<String, ViolationCategoryView> categories,
      Map<String, String> searchText,
      long revision,
      long checkedAt) {

    Snapshot checked() {
      return new Snapshot(
          agencies, provinces, fields, categories, searchText, revision, System.nanoTime());
    }
  }
}
