package vn.phoihop.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.stereotype.Component;
import vn.phoihop.shared.SystemEngine;

/**
 * The user signed in to the Camunda webapps for the current request, as PhoiHop's user: their
 * groups as the engine knows them now, their agency the group of type {@code agency}. For the
 * webapps' plugin resources (the case file, the dashboard), which Camunda's session filters guard
 * and Spring Security does not see.
 */
@Component
public class WebappUsers {

  private final IdentityService identityService;
  private final SystemEngine system;

  WebappUsers(IdentityService identityService, SystemEngine system) {
    this.identityService = identityService;
    this.system = system;
  }

  /** The signed-in user of engine {@code engineName}; {@code null} when there is none. */
  public PhoiHopUser signedIn(String engineName) {
    Authentications all = Authentications.getCurrent();
    Authentication authentication =
        all == null ? null : all.getAuthenticationForProcessEngine(engineName);
    if (authentication == null || authentication.getIdentityId() == null) {
      return null;
    }
    String userId = authentication.getIdentityId();
    List<Group> groups =
        system.call(() -> identityService.createGroupQuery().groupMember(userId).list());
    String agency =
        groups.stream()
            .filter(g -> Groups.TYPE_AGENCY.equals(g.getType()))
            .map(Group::getId)
            .findFirst()
            .orElse(null);
    return new PhoiHopUser(userId, groups.stream().map(Group::getId).toList(), agency);
  }
}
