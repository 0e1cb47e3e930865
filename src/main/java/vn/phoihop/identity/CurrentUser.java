package vn.phoihop.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;

/**
 * Who is calling the REST API, as authenticated by {@link CamundaIdentityAuthenticationProvider}.
 */
@Component
public class CurrentUser {

  public PhoiHopUser get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof PhoiHopUser user) {
      return user;
    }
    throw DomainException.forbidden(Texts.text("identity.unauthenticated"));
  }

  public String userId() {
    return get().userId();
  }

  public boolean hasRole(Role role) {
    return get().hasRole(role);
  }

  public boolean isAdmin() {
    return hasRole(Role.ADMIN);
  }

  public Optional<String> agencyCode() {
    return Optional.ofNullable(get().agencyCode());
  }

  /** The caller's agency; a 403 if the account belongs to none. */
  public String requireAgencyCode() {
    return agencyCode()
        .orElseThrow(() -> DomainException.forbidden(Texts.text("identity.noAgency")));
  }
}
