package vn.phoihop.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;

/**
 * The one read rule of PhoiHop's aggregates (agreements, evaluations, referrals): administrators
 * read everything; a manager every case with a party in their agency's province, or everything when
 * their agency is national (no province); everyone else the cases their agency — or a body it
 * succeeded, for cases filed under the old name — is a party to. Each feature says who the parties
 * of its aggregate are (an agreement's signatories, an evaluation's reporting parties, a referral's
 * opening team, its Chi cục and, once transferred, the receiving body) and asks {@link
 * Reader#reads}; its list queries use {@link Reader#everything()}, {@link Reader#agencyCodes()} and
 * {@link Reader#provinceCode()} for the same rule in SQL.
 */
@Component
public class Readership {

  private final CurrentUser currentUser;
  private final AgencyRegistry agencies;

  Readership(CurrentUser currentUser, AgencyRegistry agencies) {
    this.currentUser = currentUser;
    this.agencies = agencies;
  }

  /** What the signed-in caller of the current request may read. */
  public Reader current() {
    return of(currentUser.get());
  }

  /** What {@code user} may read. */
  public Reader of(PhoiHopUser user) {
    if (user.hasRole(Role.ADMIN)) {
      return new Reader(true, Set.of(), null);
    }
    if (user.agencyCode() == null) {
      return new Reader(false, Set.of(), null);
    }
    Set<String> own = new HashSet<>();
    own.add(user.agencyCode());
    agencies.predecessors(user.agencyCode()).stream().map(AgencyView::code).forEach(own::add);
    if (!user.hasRole(Role.MANAGER)) {
      return new Reader(false, Set.copyOf(own), null);
    }
    AgencyView agency = agencies.find(user.agencyCode()).orElse(null);
    if (agency == null) {
      return new Reader(false, Set.copyOf(own), null);
    }
    String province = agency.provinceCode();
    return new Reader(province == null, Set.copyOf(own), province);
  }

  /**
   * What one caller reads.
   *
   * @param everything administrators and national managers
   * @param agencyCodes the caller's agency and the bodies it succeeded
   * @param provinceCode the province a provincial manager oversees; {@code null} otherwise
   */
  public record Reader(boolean everything, Set<String> agencyCodes, String provinceCode) {

    /**
     * Whether a case whose parties are {@code partyAgencies}, located in {@code partyProvinces},
     * may be read.
     */
    public boolean reads(Collection<String> partyAgencies, Collection<String> partyProvinces) {
      if (everything) {
        return true;
      }
      if (partyAgencies.stream().filter(Objects::nonNull).anyMatch(agencyCodes::contains)) {
        return true;
      }
      return provinceCode != null
          && partyProvinces.stream().filter(Objects::nonNull).anyMatch(provinceCode::equals);
    }

    /** Whether the caller reads nothing at all (no agency, not an administrator). */
    public boolean nothing() {
      return !everything && agencyCodes.isEmpty();
    }
  }
}
