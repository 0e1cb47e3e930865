package vn.phoihop.referral;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Role;

/**
 * Who sees which referral: QLTT users their own team's (and a Chi cục its teams'); the receiving
 * unit's users only the referrals transferred to it; administrators all. Applied to the list and to
 * every read or write by code, so the REST API never shows another unit's case.
 */
final class ReferralAccess {

  private ReferralAccess() {}

  static boolean canSee(PhoiHopUser user, CaseReferral referral) {
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

  static Specification<CaseReferral> visibleTo(PhoiHopUser user) {
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

  /** List filters; each null criterion matches everything. */
  static Specification<CaseReferral> matching(
      ReferralStatus status,
      Boolean overdue,
      String receivingAgency,
      String openingAgency,
      String violationCategory,
      Instant now) {
    return (root, query, cb) -> {
      List<Predicate> all = new ArrayList<>();
      if (status != null) {
        all.add(cb.equal(root.get("status"), status));
      }
      if (Boolean.TRUE.equals(overdue)) {
        all.add(cb.lessThan(root.get("currentDueAt"), now));
      } else if (Boolean.FALSE.equals(overdue)) {
        all.add(
            cb.or(
                cb.isNull(root.get("currentDueAt")),
                cb.greaterThanOrEqualTo(root.get("currentDueAt"), now)));
      }
      if (receivingAgency != null && !receivingAgency.isBlank()) {
        all.add(
            cb.equal(
                root.get("receivingAgency"),
                receivingAgency.trim().toUpperCase(java.util.Locale.ROOT)));
      }
      if (openingAgency != null && !openingAgency.isBlank()) {
        all.add(
            cb.equal(
                root.get("openingAgency"),
                openingAgency.trim().toUpperCase(java.util.Locale.ROOT)));
      }
      if (violationCategory != null && !violationCategory.isBlank()) {
        all.add(
            cb.equal(
                root.get("dossier").get("violationCategory"),
                violationCategory.trim().toUpperCase(java.util.Locale.ROOT)));
      }
      return cb.and(all.toArray(Predicate[]::new));
    };
  }
}
