package vn.phoihop.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyRegistered;
import vn.phoihop.agency.AgencyType;
import vn.phoihop.shared.Texts;

/**
 * Each agency's Camunda groups: the agency group (type {@code agency}) and its unit-role groups
 * ({@code <code>.staff}, {@code .leader}, {@code .liaison}, {@code .manager}); a QLTT team's staff
 * may start case referrals. Made at every start for the agencies in force, and at once when an
 * administrator adds one ({@link AgencyRegistered}, in the same transaction); a renaming renames
 * the groups. A closed agency keeps its groups, so its history stays readable to its members.
 */
@Component
class AgencyGroups {

  private static final Logger log = LoggerFactory.getLogger(AgencyGroups.class);

  static final List<Role> UNIT_ROLES = List.of(Role.STAFF, Role.LEADER, Role.LIAISON, Role.MANAGER);

  private final IdentityService identityService;
  private final AccessBootstrap access;

  AgencyGroups(IdentityService identityService, AccessBootstrap access) {
    this.identityService = identityService;
    this.access = access;
  }

  /** The ids of every group that exists, read once for a batch of {@link #ensure} calls. */
  Set<String> existingGroupIds() {
    Set<String> ids = new HashSet<>();
    identityService.createGroupQuery().list().forEach(g -> ids.add(g.getId()));
    return ids;
  }

  /**
   * Creates the agency's groups that {@code existing} does not hold, and adds them to it; returns
   * how many it created.
   */
  int ensure(String code, String name, AgencyType type, Set<String> existing) {
    int created = create(code, name, Groups.TYPE_AGENCY, existing);
    for (Role role : UNIT_ROLES) {
      created +=
          create(
              Groups.unitRole(code, role),
              Texts.text("identity.group.unitRole", role.label(), name),
              Groups.TYPE_UNIT_ROLE,
              existing);
    }
    if (type == AgencyType.QLTT_TEAM) {
      access.grantTeamStarter(code);
    }
    if (AccessBootstrap.CAMPAIGN_REQUESTERS.contains(type)) {
      access.grantCampaignStarter(code);
    }
    return created;
  }

  @EventListener
  void registered(AgencyRegistered agency) {
    Set<String> existing = existingGroupIds();
    if (ensure(agency.code(), agency.name(), agency.type(), existing) > 0) {
      log.info("Created the groups of agency {}", agency.code());
    }
    rename(agency.code(), agency.name());
    for (Role role : UNIT_ROLES) {
      rename(
          Groups.unitRole(agency.code(), role),
          Texts.text("identity.group.unitRole", role.label(), agency.name()));
    }
  }

  private int create(String id, String name, String type, Set<String> existing) {
    return existing.add(id) && access.ensureGroup(id, name, type) ? 1 : 0;
  }

  private void rename(String id, String name) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group != null && !name.equals(group.getName())) {
      group.setName(name);
      identityService.saveGroup(group);
    }
  }
}
