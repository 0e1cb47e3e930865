package vn.phoihop.referral;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import vn.phoihop.referral.ReferralEnums.Action;

/** The referrals {@link ReferralStatistics} counts, read without their collections. */
interface ReferralFiguresRepository extends Repository<CaseReferral, Long> {

  /**
   * The referrals {@code agencies} transferred (as the opening team or its Chi cục) whose first
   * handover record is dated within [{@code from}, {@code to}]. The first handover is the legal
   * date of the referral's first {@code TRANSFERRED} event: {@code handedOverOn} is the latest one,
   * moved by a transfer after a refusal or a forward to the competent body. Referrals recorded
   * before legal dates existed have no legal date on that event; their {@code handedOverOn} is
   * their only handover. The latest handover is never before the first, so {@code handedOverOn >=
   * from} narrows the search by its index.
   */
  @Query(
      """
      select r from CaseReferral r
       where (r.openingAgency in :agencies or r.subDepartment in :agencies)
         and r.handedOverOn >= :from
         and coalesce(
               (select min(e.legalDate) from ReferralEvent e
                 where e.referral = r and e.action = :transferred),
               r.handedOverOn) between :from and :to
       order by r.id
      """)
  List<CaseReferral> transferredBy(
      @Param("agencies") Collection<String> agencies,
      @Param("from") LocalDate from,
      @Param("to") LocalDate to,
      @Param("transferred") Action transferred);

  /** As {@link #transferredBy}, of every agency. */
  @Query(
      """
      select r from CaseReferral r
       where r.handedOverOn >= :from
         and coalesce(
               (select min(e.legalDate) from ReferralEvent e
                 where e.referral = r and e.action = :transferred),
               r.handedOverOn) between :from and :to
       order by r.id
      """)
  List<CaseReferral> transferredWithin(
      @Param("from") LocalDate from,
      @Param("to") LocalDate to,
      @Param("transferred") Action transferred);
}
