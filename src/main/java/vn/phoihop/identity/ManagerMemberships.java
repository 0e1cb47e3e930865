package vn.phoihop.identity;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.ProvinceView;

/**
 * At every start: a manager group per current province ({@code PROVINCE-TNI.manager}), and the
 * members of every manager group exactly as derived from the {@code <AGENCY>.manager} groups (the
 * national group's from central bodies'). Memberships added to these groups by hand are removed:
 * the groups are PhoiHop's. Idempotent (a second node finds nothing to do); {@link
 * ManagerMembershipsProvider} keeps them in step between starts.
 */
@Component
class ManagerMemberships {

  private static final Logger log = LoggerFactory.getLogger(ManagerMemberships.class);

  private final IdentityService identityService;
  private final AccessBootstrap access;
  private final ManagerScopes scopes;

  ManagerMemberships(
      IdentityService identityService, AccessBootstrap access, ManagerScopes scopes) {
    this.identityService = identityService;
    this.access = access;
    this.scopes = scopes;
  }

  /** One manager group per current province (the national group is {@link AccessBootstrap}'s). */
  void ensureGroups() {
    for (ProvinceView province : scopes.provinces()) {
      access.ensureGroup(
          Groups.provinceManagers(province.code()),
          Role.MANAGER.label() + " – " + province.name(),
          Groups.TYPE_PROVINCE_ROLE);
    }
  }

  /** Makes every manager group's members exactly the derived ones. */
  void sync() {
    Map<String, Set<String>> expected = new LinkedHashMap<>();
    for (ProvinceView province : scopes.provinces()) {
      expected.put(Groups.provinceManagers(province.code()), new HashSet<>());
    }
    expected.put(Groups.NATIONAL_MANAGERS, new HashSet<>());

    for (Group unitRole :
        identityService.createGroupQuery().groupType(Groups.TYPE_UNIT_ROLE).list()) {
      scopes
          .scopeOfUnitRole(unitRole.getId())
          .ifPresent(scope -> expected.get(scope).addAll(members(unitRole.getId())));
    }

    int added = 0;
    int removed = 0;
    for (Map.Entry<String, Set<String>> entry : expected.entrySet()) {
      String group = entry.getKey();
      Set<String> actual = members(group);
      for (String userId : entry.getValue()) {
        if (!actual.contains(userId)) {
          identityService.createMembership(userId, group);
          added++;
        }
      }
      for (String userId : actual) {
        if (!entry.getValue().contains(userId)) {
          identityService.deleteMembership(userId, group);
          log.warn("Removed {} from {}: not a member of a matching *.manager group", userId, group);
          removed++;
        }
      }
    }
    if (added > 0 || removed > 0) {
      log.info("Manager groups: {} memberships added, {} removed", added, removed);
    }
  }

  private Set<String> members(String groupId) {
    Set<String> members = new HashSet<>();
    identityService
        .createUserQuery()
        .memberOfGroup(groupId)
        .list()
        .forEach(user -> members.add(user.getId()));
    return members;
  }
}
