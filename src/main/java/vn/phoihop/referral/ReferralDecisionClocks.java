package vn.phoihop.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.shared.Clocks;

/**
 * The decision clock of every referral a user reads that has been handed over to a receiving body
 * (police, customs, border guard), for the managers' dashboard: when the statutory clock started,
 * its last day (moved by the extensions recorded, as {@link ReferralStatistics} counts it), the
 * decision and whether it came in time. Part of the referral module's API; the read rule is the
 * referral list's ({@link ReferralAccess}).
 */
@Component
@Transactional(readOnly = true)
public class ReferralDecisionClocks {

  private final CaseReferralRepository referrals;
  private final ReferralAccess access;
  private final AgencyRegistry agencies;

  ReferralDecisionClocks(
      CaseReferralRepository referrals, ReferralAccess access, AgencyRegistry agencies) {
    this.referrals = referrals;
    this.access = access;
    this.agencies = agencies;
  }

  /**
   * One handed-over referral against its clock.
   *
   * @param clockStartedOn the first day of the decision clock (the receipt, or the handover day
   *     while no receipt is recorded)
   * @param decisionDueOn the clock's last day, {@code null} while it has not started
   * @param clockDays the clock's length in calendar days, {@code null} while it has not started
   * @param daysTaken calendar days from the clock's start to the decision, or to today while
   *     undecided
   * @param inTime decided by the clock's last day; {@code null} while undecided
   * @param overdue undecided after the clock's last day
   */
  public record Clock(
      String code,
      String statusLabel,
      String openingAgencyCode,
      String openingAgencyName,
      String receivingAgencyCode,
      String receivingAgencyName,
      LocalDate handedOverOn,
      LocalDate clockStartedOn,
      LocalDate decisionDueOn,
      LocalDate decidedOn,
      Long clockDays,
      long daysTaken,
      Boolean inTime,
      boolean overdue) {}

  /** The handed-over referrals {@code user} reads, oldest handover first. */
  public List<Clock> readable(PhoiHopUser user) {
    LocalDate today = Clocks.today();
    return referrals.findAll(access.readable(user)).stream()
        .filter(r -> r.getReceivingAgency() != null && r.getHandedOverOn() != null)
        .filter(r -> access.reads(user, r))
        .sorted(
            Comparator.comparing(CaseReferral::getHandedOverOn)
                .thenComparing(CaseReferral::getCode))
        .map(r -> clock(r, today))
        .toList();
  }

  private Clock clock(CaseReferral referral, LocalDate today) {
    LocalDate started =
        referral.getClockStartedOn() != null
            ? referral.getClockStartedOn()
            : referral.getHandedOverOn();
    Instant dueAt = referral.getDecisionDueAt();
    LocalDate dueOn = dueAt == null ? null : Clocks.dayOf(dueAt);
    LocalDate decidedOn = referral.getDecidedOn();
    LocalDate end = decidedOn != null ? decidedOn : today;
    return new Clock(
        referral.getCode(),
        referral.getStatus().label(),
        referral.getOpeningAgency(),
        agencies.nameOf(referral.getOpeningAgency()),
        referral.getReceivingAgency(),
        agencies.nameOf(referral.getReceivingAgency()),
        referral.getHandedOverOn(),
        started,
        dueOn,
        decidedOn,
        dueOn == null ? null : ChronoUnit.DAYS.between(started, dueOn),
        Math.max(0, ChronoUnit.DAYS.between(started, end)),
        decidedOn == null ? null : referral.decidedInTime(),
        decidedOn == null && dueOn != null && today.isAfter(dueOn));
  }
}
