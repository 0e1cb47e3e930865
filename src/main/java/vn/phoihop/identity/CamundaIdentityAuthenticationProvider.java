package vn.phoihop.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic against the Camunda identity service: the same users, passwords, password policy and
 * login throttling as the webapps.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw new BadCredentialsException("Missing credentials");
    }
    if (!identityService.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("Bad credentials");
    }
    List<Group> groups = identityService.createGroupQuery().groupMember(userId).list();
    List<String> groupIds = groups.stream().map(Group::getId).toList();
    String agencyCode =
        groups.stream()
            .filter(g -> Groups.TYPE_AGENCY.equals(g.getType()))
            .map(Group::getId)
            .findFirst()
            .orElse(null);
    PhoiHopUser user = new PhoiHopUser(userId, groupIds, agencyCode);
    List<SimpleGrantedAuthority> authorities =
        groupIds.stream().map(id -> new SimpleGrantedAuthority("GROUP_" + id)).toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
