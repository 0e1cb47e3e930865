package vn.phoihop.referral;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Readership;
import vn.phoihop.identity.Readership.Reader;
import vn.phoihop.identity.Role;

/**
 * Who reads and who writes which referral through the REST API. Reading is PhoiHop's one read rule
 * ({@link Readership}) over a referral's parties — its opening team, the team's Chi cục and, once
 * the dossier is transferred, the receiving unit: administrators and national managers read all, a
 * province manager every referral with a party in their province, everyone else the referrals their
 * agency (or a body it succeeded) is party to. The list applies the same rule in SQL, so the REST
 * API never shows or reveals a case out of the caller's reach. Writing is narrower, per action, and
 * never a manager's: managers oversee, the parties' officers act.
 */
@Component
class ReferralAccess {

  private final Readership readership;
  private final AgencyRegistry registry;

  ReferralAccess(Readership readership, AgencyRegistry registry) {
    this.readership = readership;
    this.registry = registry;
  }

  /** Whether {@code user} may read {@code referral}. */
  boolean reads(PhoiHopUser user, CaseReferral referral) {
    List<String> parties = parties(referral);
    return readership.of(user).reads(parties, provincesOf(parties));
  }

  /** The referrals {@code user} may read, for the list. */
  Specification<CaseReferral> readable(PhoiHopUser user) {
    Reader reader = readership.of(user);
    Set<String> agencies = new HashSet<>(reader.agencyCodes());
    if (reader.provinceCode() != null) {
      registry.search(null, reader.provinceCode(), null).stream()
          .map(AgencyView::code)
          .forEach(agencies::add);
    }
    return (root, query, cb) -> {
      if (reader.everything()) {
        return cb.conjunction();
      }
      if (agencies.isEmpty()) {
        return cb.disjunction();
      }
      return cb.or(
          root.get("openingAgency").in(agencies),
          root.get("subDepartment").in(agencies),
          cb.and(
              root.get("receivingAgency").in(agencies), cb.isNotNull(root.get("transferredAt"))));
    };
  }

  /**
   * Whether {@code user} may add a document: an administrator, or a staff member, leader or liaison
   * of a party to the referral (or of a body that succeeded one).
   */
  boolean addsDocuments(PhoiHopUser user, CaseReferral referral) {
    if (user.hasRole(Role.ADMIN)) {
      return true;
    }
    Set<String> own = readership.of(user).agencyCodes();
    return parties(referral).stream().anyMatch(own::contains)
        && (user.hasRole(Role.STAFF) || user.hasRole(Role.LEADER) || user.hasRole(Role.LIAISON));
  }

  /**
   * Whether {@code user} may withdraw the dossier: an administrator, or a staff member or leader of
   * the opening team or its Chi cục.
   */
  boolean withdraws(PhoiHopUser user, CaseReferral referral) {
    boolean qltt =
        user.agencyCode() != null
            && (user.agencyCode().equals(referral.getOpeningAgency())
                || user.agencyCode().equals(referral.getSubDepartment()));
    return user.hasRole(Role.ADMIN)
        || (qltt && (user.hasRole(Role.STAFF) || user.hasRole(Role.LEADER)));
  }

  /** Whether {@code user} may record an extension: the receiving unit's liaison. */
  boolean recordsExtensions(PhoiHopUser user, CaseReferral referral) {
    return user.hasRole(Role.LIAISON)
        && user.agencyCode() != null
        && user.agencyCode().equals(referral.getReceivingAgency());
  }

  /** The opening team, its Chi cục and, once the dossier is transferred, the receiving unit. */
  static List<String> parties(CaseReferral referral) {
    List<String> parties = new ArrayList<>();
    parties.add(referral.getOpeningAgency());
    parties.add(referral.getSubDepartment());
    if (referral.getTransferredAt() != null) {
      parties.add(referral.getReceivingAgency());
    }
    return parties;
  }

  private List<String> provincesOf(List<String> agencies) {
    return agencies.stream()
        .filter(Objects::nonNull)
        .map(registry::find)
        .flatMap(Optional::stream)
        .map(AgencyView::provinceCode)
        .filter(Objects::nonNull)
        .toList();
  }
}
