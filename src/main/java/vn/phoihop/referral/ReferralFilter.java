package vn.phoihop.referral;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * The list's filters ({@code GET /api/v1/referrals?status=&overdue=&…}); each null criterion
 * matches everything. Agency and category codes are compared upper-cased, as the registry spells
 * them.
 */
record ReferralFilter(
    ReferralStatus status,
    Boolean overdue,
    String receivingAgency,
    String openingAgency,
    String violationCategory) {

  /** The referrals matching every given criterion; "overdue" is judged at {@code now}. */
  Specification<CaseReferral> at(Instant now) {
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
      if (given(receivingAgency)) {
        all.add(cb.equal(root.get("receivingAgency"), code(receivingAgency)));
      }
      if (given(openingAgency)) {
        all.add(cb.equal(root.get("openingAgency"), code(openingAgency)));
      }
      if (given(violationCategory)) {
        all.add(cb.equal(root.get("dossier").get("violationCategory"), code(violationCategory)));
      }
      return cb.and(all.toArray(Predicate[]::new));
    };
  }

  private static boolean given(String criterion) {
    return criterion != null && !criterion.isBlank();
  }

  private static String code(String criterion) {
    return criterion.trim().toUpperCase(Locale.ROOT);
  }
}
