package vn.phoihop.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * HTTP Basic against the Camunda identity service: the same users, passwords, password policy and
 * login throttling ({@link LoginThrottle}) as the webapps. The client address is the request's
 * remote address: behind a reverse proxy that is the proxy's, unless {@code
 * server.forward-headers-strategy=native} makes it the client's.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginThrottle throttle;

  CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw new BadCredentialsException("Missing credentials");
    }
    try (LoginThrottle.Attempt attempt = throttle.begin(userId, clientAddress(authentication))) {
      if (!attempt.allowed()) {
        throw new LoginThrottledException(attempt.retryAfter());
      }
      if (!identityService.checkPassword(userId, credentials.toString())) {
        attempt.failed();
        throw new BadCredentialsException("Bad credentials");
      }
      attempt.succeeded();
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

  /** The request's remote address (never a header a client could set). */
  private static String clientAddress(Authentication authentication) {
    if (authentication.getDetails() instanceof WebAuthenticationDetails details
        && details.getRemoteAddress() != null) {
      return details.getRemoteAddress();
    }
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (attributes instanceof ServletRequestAttributes servlet) {
      HttpServletRequest request = servlet.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
