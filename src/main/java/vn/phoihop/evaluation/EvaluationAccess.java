package vn.phoihop.evaluation;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.identity.CurrentUser;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Role;

/**
 * Who may read which evaluation: administrators all; a manager every evaluation with a party in
 * their agency's province (a manager of a central body, without province, all); everyone else the
 * evaluations their agency — or a body it succeeded, for periods signed under the old name — is a
 * party to.
 */
@Component
class EvaluationAccess {

  private final CurrentUser currentUser;
  private final AgencyRegistry agencies;

  EvaluationAccess(CurrentUser currentUser, AgencyRegistry agencies) {
    this.currentUser = currentUser;
    this.agencies = agencies;
  }

  /** What the caller of the current request may read. */
  Reader reader() {
    PhoiHopUser user = currentUser.get();
    if (user.hasRole(Role.ADMIN)) {
      return new Reader(true, Set.of(), null);
    }
    Set<String> own = new HashSet<>();
    String province = null;
    boolean everything = false;
    if (user.agencyCode() != null) {
      own.add(user.agencyCode());
      agencies.predecessors(user.agencyCode()).stream().map(AgencyView::code).forEach(own::add);
      if (user.hasRole(Role.MANAGER)) {
        AgencyView agency = agencies.find(user.agencyCode()).orElse(null);
        province = agency == null ? null : agency.provinceCode();
        everything = agency != null && province == null;
      }
    }
    return new Reader(everything, Set.copyOf(own), province);
  }

  record Reader(boolean everything, Set<String> agencyCodes, String provinceCode) {

    boolean canRead(Evaluation evaluation) {
      if (everything) {
        return true;
      }
      return evaluation.getReports().stream()
          .anyMatch(
              r ->
                  agencyCodes.contains(r.getAgencyCode())
                      || (provinceCode != null && provinceCode.equals(r.getProvinceCode())));
    }
  }
}
