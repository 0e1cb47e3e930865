package vn.phoihop.referral;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Role;

/**
 * Who reads and who writes which referral through the REST API. Reading: QLTT users their own
 * team's (and a Chi cục its teams'); the receiving unit's users only the referrals transferred to
 * it; administrators all. Applied to the list and to every read or write by code, so the REST API
 * never shows another unit's case. Writing is narrower, per action.
 */
@Component
class ReferralAccess {

  /** Whether {@code user} may read {@code referral}. */
  boolean reads(PhoiHopUser user, CaseReferral referral) {
    if (user.hasRole(Role.ADMIN)) {
      return true;
    }
    String agency = user.agencyCode();
    if (agency == null) {
      return false;
    }
    if (agency.equals(referral.getOpeningAgency()) || agency.equals(referral.getSubDepartment())) {
      return true;
    }
    return agency.equals(referral.getReceivingAgency()) && referral.getTransferredAt() != null;
  }

  /** The same rule for the list. */
  Specification<CaseReferral> readable(PhoiHopUser user) {
    return (root, query, cb) -> {
      if (user.hasRole(Role.ADMIN)) {
        return cb.conjunction();
      }
      String agency = user.agencyCode();
      if (agency == null) {
        return cb.disjunction();
      }
      return cb.or(
          cb.equal(root.get("openingAgency"), agency),
          cb.equal(root.get("subDepartment"), agency),
          cb.and(
              cb.equal(root.get("receivingAgency"), agency),
              cb.isNotNull(root.get("transferredAt"))));
    };
  }

  /** Whether {@code user} may add a document to a referral they read. */
  boolean addsDocuments(PhoiHopUser user, CaseReferral referral) {
    return reads(user, referral);
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
}
