package vn.phoihop.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyType;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.engine.ClusterLock;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.Texts;

/**
 * At every start: role groups, authorizations and filters ({@link AccessBootstrap}); a group per
 * agency in force and its unit-role groups; the configured administrator; only when demo data is
 * enabled, the demo users of docs/demo-identities.md; and last the province- and national-manager
 * groups with their derived members ({@link ManagerMemberships}). Existing users keep their
 * passwords.
 */
@Component
@Order(0)
class IdentityBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

  private static final String ADMIN_USER = "quantri";

  private static final String[] FAMILY_NAMES = Texts.text("identity.demo.familyNames").split(",");
  private static final String[] GIVEN_NAMES = Texts.text("identity.demo.givenNames").split(",");

  private final IdentityService identityService;
  private final AccessBootstrap access;
  private final ManagerMemberships managers;
  private final AgencyRegistry agencies;
  private final AgencyGroups agencyGroups;
  private final IdentityProperties properties;
  private final ClusterLock clusterLock;

  IdentityBootstrap(
      IdentityService identityService,
      AccessBootstrap access,
      ManagerMemberships managers,
      AgencyRegistry agencies,
      AgencyGroups agencyGroups,
      IdentityProperties properties,
      ClusterLock clusterLock) {
    this.identityService = identityService;
    this.access = access;
    this.managers = managers;
    this.agencies = agencies;
    this.agencyGroups = agencyGroups;
    this.properties = properties;
    this.clusterLock = clusterLock;
  }

  private static final int ATTEMPTS = 3;

  @Override
  public void run(ApplicationArguments args) throws InterruptedException {
    // Nodes of a cluster start together on one database: on an empty one both would create the
    // same hundreds of groups at the same moment and keep colliding (seen with two nodes: three
    // attempts were not enough). So on PostgreSQL one node bootstraps after the other (the second
    // finds everything there). Every step skips what exists, so trying again after a pause still
    // covers a collision with something else (an administrator adding an agency).
    for (int attempt = 1; ; attempt++) {
      try {
        clusterLock.exclusively(ClusterLock.IDENTITY_BOOTSTRAP, this::bootstrap);
        return;
      } catch (ProcessEngineException | DataAccessException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        log.warn(
            "Identity bootstrap attempt {} failed ({}); trying again", attempt, e.getMessage());
        Thread.sleep(ThreadLocalRandom.current().nextLong(500, 2_000));
      }
    }
  }

  private void bootstrap() {
    access.run();
    managers.ensureGroups();
    LocalDate today = Clocks.today();
    // Hundreds of agencies with five groups each: what exists is read once, not group by group.
    Set<String> existing = agencyGroups.existingGroupIds();
    int created = 0;
    for (AgencyView agency : agencies.all()) {
      if (agency.activeOn(today)
          || (agency.validFrom() != null && agency.validFrom().isAfter(today))) {
        created += agencyGroups.ensure(agency.code(), agency.name(), agency.type(), existing);
      }
    }
    if (created > 0) {
      log.info("Created {} groups of the registry's agencies", created);
    }
    if (properties.admin().configured()) {
      ensureUser(
          properties.admin().userId(),
          Texts.text("identity.admin.firstName"),
          Texts.text("identity.admin.lastName"),
          properties.admin().email(),
          properties.admin().password(),
          List.of(Role.ADMIN.groupId(), Groups.CAMUNDA_ADMIN));
    }
    if (properties.demo().enabled()) {
      createDemoUsers(existing);
    }
    managers.sync();
  }

  private void createDemoUsers(Set<String> existingGroups) {
    String password = properties.demo().password();
    if (password == null || password.isBlank()) {
      throw new IllegalStateException(
          "phoihop.demo.password must be set when demo data is enabled");
    }
    int created = 0;
    for (String code : properties.demo().agencies()) {
      AgencyView agency =
          agencies
              .find(code)
              .orElseThrow(
                  () ->
                      new IllegalStateException("Demo agency " + code + " is not in the registry"));
      agencyGroups.ensure(agency.code(), agency.name(), agency.type(), existingGroups);
      for (Role role : demoRoles(agency.type())) {
        String userId = demoUserId(role, code);
        List<String> groups = List.of(code, role.groupId(), Groups.unitRole(code, role));
        String[] name = demoName(userId);
        if (ensureUser(
            userId,
            name[0],
            name[1],
            userId + "@" + properties.demo().emailDomain(),
            password,
            groups)) {
          created++;
        }
      }
    }
    if (ensureUser(
        ADMIN_USER,
        Texts.text("identity.demoAdmin.firstName"),
        Texts.text("identity.demoAdmin.lastName"),
        ADMIN_USER + "@" + properties.demo().emailDomain(),
        password,
        List.of(Role.ADMIN.groupId(), Groups.CAMUNDA_ADMIN))) {
      created++;
    }
    log.info("Demo data enabled: {} demo users created (existing ones kept)", created);
  }

  /** {@code <role word>.<agency code, lower case, no hyphens>}, e.g. {@code canbo.qltttni}. */
  static String demoUserId(Role role, String agencyCode) {
    String word =
        switch (role) {
          case STAFF -> "canbo";
          case LEADER -> "lanhdao";
          case LIAISON -> "daumoi";
          case MANAGER -> "quanly";
          case ADMIN -> "quantri";
        };
    return word + "." + agencyCode.replace("-", "").toLowerCase(Locale.ROOT);
  }

  static List<Role> demoRoles(AgencyType type) {
    return switch (type) {
      case QLTT_SUB_DEPARTMENT, MINISTRY_AGENCY -> List.of(Role.STAFF, Role.LEADER, Role.MANAGER);
      case PROVINCIAL_POLICE, CUSTOMS_BRANCH, BORDER_GUARD, PROCURACY ->
          List.of(Role.LIAISON, Role.LEADER);
      default -> List.of(Role.STAFF, Role.LEADER);
    };
  }

  /** A fictional Vietnamese name, stable per user id: {first = family + middle, last = given}. */
  private static String[] demoName(String userId) {
    int hash = Math.abs(userId.hashCode());
    String family = FAMILY_NAMES[hash % FAMILY_NAMES.length];
    String[] given = GIVEN_NAMES[(hash / FAMILY_NAMES.length) % GIVEN_NAMES.length].split(" ");
    return new String[] {family + " " + given[0], given[1]};
  }

  /** Creates the user with its memberships if it does not exist yet; returns whether it did. */
  private boolean ensureUser(
      String userId,
      String firstName,
      String lastName,
      String email,
      String password,
      List<String> groupIds) {
    boolean created = false;
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      identityService.saveUser(user);
      access.grantUser(userId, Resources.USER, userId, Permissions.READ, Permissions.UPDATE);
      created = true;
    }
    List<String> memberOf = new ArrayList<>();
    identityService
        .createGroupQuery()
        .groupMember(userId)
        .list()
        .forEach(g -> memberOf.add(g.getId()));
    for (String groupId : groupIds) {
      if (!memberOf.contains(groupId)) {
        identityService.createMembership(userId, groupId);
      }
    }
    return created;
  }
}
