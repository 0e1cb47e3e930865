package vn.phoihop.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyType;
import vn.phoihop.shared.Texts;

/**
 * Role groups, their authorizations and the shared Tasklist filters. Idempotent: run at every
 * start, it only adds what is missing, so an administrator's later changes are kept.
 */
@Component
class AccessBootstrap {

  private static final Logger log = LoggerFactory.getLogger(AccessBootstrap.class);

  /**
   * Processes every holder of a role may start: Tasklist's start list shows a definition to whoever
   * holds CREATE_INSTANCE on it (it asks for {@code startablePermissionCheck}, not for candidate
   * starters). The agreement service still checks the agency (AgreementOpening).
   */
  static final Map<String, Role> STARTERS = Map.of("coordination-agreement", Role.STAFF);

  /**
   * Started only by the staff of a QLTT team (ReferralOpening#openingTeamOf): granted to each
   * team's {@code <TEAM>.staff} group ({@link #grantTeamStarter}), not to the staff role.
   */
  static final String TEAM_STARTED = "case-referral";

  /**
   * Started from Tasklist only by the staff of a requesting body (a Ministry unit, a steering
   * committee 389, a Chi cục QLTT; CampaignService.REQUESTER_TYPES checks it again): granted to
   * each such agency's {@code <AGENCY>.staff} group ({@link #grantCampaignStarter}).
   */
  static final String CAMPAIGN_STARTED = "report-campaign";

  static final java.util.Set<AgencyType> CAMPAIGN_REQUESTERS =
      java.util.EnumSet.of(
          AgencyType.MINISTRY_AGENCY,
          AgencyType.STEERING_COMMITTEE_389,
          AgencyType.QLTT_SUB_DEPARTMENT);

  /** Every built-in permission a grant PhoiHop makes can hold, to tell whether one is left. */
  private static final Permission[] KNOWN_PERMISSIONS =
      java.util.stream.Stream.of(
              Permissions.values(),
              ProcessDefinitionPermissions.values(),
              ProcessInstancePermissions.values(),
              TaskPermissions.values(),
              HistoricProcessInstancePermissions.values(),
              HistoricTaskPermissions.values())
          .flatMap(java.util.Arrays::stream)
          .filter(p -> p.getValue() != Permissions.NONE.getValue())
          .filter(p -> p.getValue() != Permissions.ALL.getValue())
          .toArray(Permission[]::new);

  private static final List<Role> TASKLIST_ROLES =
      List.of(Role.STAFF, Role.LEADER, Role.LIAISON, Role.MANAGER);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  AccessBootstrap(
      IdentityService identityService,
      AuthorizationService authorizationService,
      FilterService filterService,
      TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  void run() {
    for (Role role : Role.values()) {
      ensureGroup(role.groupId(), role.label(), Groups.TYPE_ROLE);
    }
    ensureGroup(
        Groups.CAMUNDA_ADMIN,
        Texts.text("identity.group.camundaAdmin"),
        org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM);
    grantAdministrators(Groups.CAMUNDA_ADMIN);
    grantAdministrators(Role.ADMIN.groupId());

    for (Role role : TASKLIST_ROLES) {
      String group = role.groupId();
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // Names of users and groups are shown next to tasks; they are not secret inside the force.
      grant(group, Resources.USER, "*", Permissions.READ);
      grant(group, Resources.GROUP, "*", Permissions.READ);
      // Definitions (not instances) are readable so that Tasklist can show process names and forms.
      grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
      grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    }
    // Managers: Cockpit and what is not instance data (definitions, diagrams, deployments). What
    // they read of instances comes from their province group's per-instance grants
    // (InstanceAccess) or, for central bodies, from the national group below.
    String manager = Role.MANAGER.groupId();
    grant(manager, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(manager, Resources.DEPLOYMENT, "*", Permissions.READ);
    // Earlier versions let the role group read every instance: a database that still holds those
    // grants loses them here, at every start (they would undo the province rule).
    revoke(
        manager,
        Resources.PROCESS_DEFINITION,
        "*",
        Permissions.READ_HISTORY,
        Permissions.READ_INSTANCE);
    revoke(manager, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    revoke(manager, Resources.TASK, "*", Permissions.READ);
    revoke(manager, Resources.DECISION_DEFINITION, "*", Permissions.READ_HISTORY);
    revoke(
        manager, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
    revoke(manager, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);

    // Managers of central bodies read every instance (members: ManagerMemberships).
    ensureGroup(
        Groups.NATIONAL_MANAGERS,
        Texts.text("identity.group.national", Role.MANAGER.label()),
        Groups.TYPE_NATIONAL_ROLE);
    String national = Groups.NATIONAL_MANAGERS;
    grant(
        national,
        Resources.PROCESS_DEFINITION,
        "*",
        Permissions.READ,
        Permissions.READ_HISTORY,
        Permissions.READ_INSTANCE);
    grant(national, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    grant(national, Resources.TASK, "*", Permissions.READ);
    grant(national, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
    grant(
        national,
        Resources.HISTORIC_PROCESS_INSTANCE,
        "*",
        HistoricProcessInstancePermissions.READ);
    grant(national, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);

    STARTERS.forEach(
        (processKey, role) -> {
          grant(
              role.groupId(),
              Resources.PROCESS_DEFINITION,
              processKey,
              ProcessDefinitionPermissions.CREATE_INSTANCE);
          grant(role.groupId(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        });
    // Earlier versions let every staff member start a referral: Sở Công Thương and Chi cục staff
    // were offered the start form and refused only when they submitted it.
    revoke(
        Role.STAFF.groupId(),
        Resources.PROCESS_DEFINITION,
        TEAM_STARTED,
        ProcessDefinitionPermissions.CREATE_INSTANCE);

    ensureFilters();
  }

  /** Lets the staff of a QLTT team start referrals (called for every team, at every start). */
  void grantTeamStarter(String teamCode) {
    grant(
        Groups.unitRole(teamCode, Role.STAFF),
        Resources.PROCESS_DEFINITION,
        TEAM_STARTED,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
  }

  /** Lets the staff of a requesting body open report campaigns from Tasklist. */
  void grantCampaignStarter(String agencyCode) {
    grant(
        Groups.unitRole(agencyCode, Role.STAFF),
        Resources.PROCESS_DEFINITION,
        CAMPAIGN_STARTED,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
  }

  /** Creates the group unless it exists; returns whether it did. */
  boolean ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() > 0) {
      return false;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
    log.debug("Created group {}", id);
    return true;
  }

  private void grantAdministrators(String groupId) {
    for (Resource resource : Resources.values()) {
      grant(groupId, resource, "*", Permissions.ALL);
    }
  }

  /** Adds the permissions to the group's grant on the resource, creating the grant if needed. */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(false, groupId, resource, resourceId, permissions);
  }

  /** Adds the permissions to the user's own grant on the resource, creating the grant if needed. */
  void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    grant(true, userId, resource, resourceId, permissions);
  }

  /**
   * Removes the permissions from the group's grant on the resource; a grant left without any
   * permission is deleted.
   */
  void revoke(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing =
        authorizationService
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .resourceType(resource)
            .resourceId(resourceId)
            .groupIdIn(groupId)
            .singleResult();
    if (existing == null) {
      return;
    }
    boolean changed = false;
    for (Permission permission : permissions) {
      if (existing.isPermissionGranted(permission)) {
        existing.removePermission(permission);
        changed = true;
      }
    }
    if (!changed) {
      return;
    }
    if (existing.getPermissions(KNOWN_PERMISSIONS).length == 0) {
      authorizationService.deleteAuthorization(existing.getId());
    } else {
      authorizationService.saveAuthorization(existing);
    }
    log.info(
        "Revoked {} on {} {} from group {}", List.of(permissions), resource, resourceId, groupId);
  }

  private void grant(
      boolean user, String id, Resource resource, String resourceId, Permission... permissions) {
    var query =
        authorizationService
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .resourceType(resource)
            .resourceId(resourceId);
    Authorization existing = (user ? query.userIdIn(id) : query.groupIdIn(id)).singleResult();
    Authorization authorization =
        existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    if (existing == null) {
      if (user) {
        authorization.setUserId(id);
      } else {
        authorization.setGroupId(id);
      }
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = existing == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }

  private void ensureFilters() {
    ensureFilter(
        Texts.text("identity.filter.mine"),
        Texts.text("identity.filter.mine.description"),
        -10,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensureFilter(
        Texts.text("identity.filter.unit"),
        Texts.text("identity.filter.unit.description"),
        -5,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    ensureFilter(
        Texts.text("identity.filter.dueSoon"),
        Texts.text("identity.filter.dueSoon.description"),
        0,
        taskService
            .createTaskQuery()
            .dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusDays(3).toDate()}")
            .orderByDueDate()
            .asc());
    ensureFilter(
        Texts.text("identity.filter.overdue"),
        Texts.text("identity.filter.overdue.description"),
        5,
        taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
  }

  /**
   * Variables every task card shows (Tasklist shows those an instance has): the case's code — an
   * agreement's or an evaluation's {@code agreementCode}, a referral's {@code referralCode} — and
   * {@code caseTitle}, which PhoiHop sets when it starts an agreement or a referral.
   */
  static final List<Map<String, String>> CARD_VARIABLES =
      List.of(
          Map.of("name", "agreementCode", "label", Texts.text("identity.filter.card.code")),
          Map.of("name", "referralCode", "label", Texts.text("identity.filter.card.code")),
          Map.of("name", "caseTitle", "label", Texts.text("identity.filter.card.title")));

  private void ensureFilter(String name, String description, int priority, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("description", description);
      properties.put("priority", priority);
      properties.put("refresh", true);
      properties.put("color", priority > 0 ? "#b91c1c" : "#1d4ed8");
      properties.put("variables", CARD_VARIABLES);
      filter = filterService.newTaskFilter(name).setProperties(properties).setQuery(query);
      filterService.saveFilter(filter);
      log.info("Created Tasklist filter '{}'", name);
    } else if (!CARD_VARIABLES.equals(filter.getProperties().get("variables"))) {
      // Filters created by earlier versions show no variables on the cards.
      Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
      properties.put("variables", CARD_VARIABLES);
      filterService.saveFilter(filter.setProperties(properties));
      log.info("Updated the card variables of Tasklist filter '{}'", name);
    }
    for (Role role : TASKLIST_ROLES) {
      grant(role.groupId(), Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }
}
