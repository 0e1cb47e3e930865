package vn.phoihop.identity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.agency.ProvinceView;

/**
 * Which manager group oversees an agency: the managers of its province ({@code
 * PROVINCE-TNI.manager}), or, for a central body (no province), the national managers. An agency of
 * a former province (merged on 1 July 2025) has no province group: it no longer takes part.
 */
@Component
class ManagerScopes {

  private final AgencyRegistry agencies;

  ManagerScopes(AgencyRegistry agencies) {
    this.agencies = agencies;
  }

  /** The current provinces, each with its manager group. */
  Collection<ProvinceView> provinces() {
    return agencies.provinces();
  }

  /** The oversight group of an agency, if it has one. */
  Optional<String> scopeOf(String agencyCode) {
    if (agencyCode == null || agencyCode.isBlank()) {
      return Optional.empty();
    }
    Optional<AgencyView> agency = agencies.find(agencyCode);
    if (agency.isEmpty()) {
      return Optional.empty();
    }
    String province = agency.get().provinceCode();
    if (province == null) {
      return Optional.of(Groups.NATIONAL_MANAGERS);
    }
    return agencies.provinces().stream()
        .map(ProvinceView::code)
        .filter(province::equals)
        .findFirst()
        .map(Groups::provinceManagers);
  }

  /**
   * The oversight group a {@code <AGENCY>.manager} group's members belong to; empty for any other
   * group.
   */
  Optional<String> scopeOfUnitRole(String groupId) {
    if (groupId == null
        || Groups.isManagerScope(groupId)
        || !groupId.endsWith("." + Role.MANAGER.groupId())) {
      return Optional.empty();
    }
    return scopeOf(Groups.agencyOf(groupId));
  }

  /**
   * The province-manager groups of these agencies' provinces (central bodies contribute none: the
   * national managers read everything anyway).
   */
  public Set<String> provinceGroupsOf(Collection<String> agencyCodes) {
    Set<String> groups = new LinkedHashSet<>();
    agencyCodes.stream()
        .filter(Objects::nonNull)
        .map(this::scopeOf)
        .flatMap(Optional::stream)
        .filter(group -> !Groups.NATIONAL_MANAGERS.equals(group))
        .forEach(groups::add);
    return groups;
  }
}
