package vn.phoihop.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.referral.ReferralEnums.Action;
import vn.phoihop.referral.ReferralEnums.Outcome;
import vn.phoihop.shared.Clocks;

/**
 * Counts an agency's referrals in a reporting window for the evaluation of its coordination
 * agreements (docs/domain.md#referral-figures). Part of the referral module's API.
 *
 * <ul>
 *   <li>A referral belongs to the <b>transferring</b> side only: the agency is its opening QLTT
 *       team ({@code openingAgency}) or that team's Chi cục ({@code subDepartment}). The receiving
 *       body (police, customs, border guard) is not counted, so two parties of one agreement never
 *       count the same referral twice — unless a Chi cục and one of its own teams are both parties.
 *   <li>It is in the window when its <b>first handover record</b> is dated within [from, to], both
 *       days included (a later transfer after a refusal, or a forward by the receiving body, does
 *       not move it to another window) → {@link ReferralFigures#transferred()}.
 *   <li>Acknowledged in time: the receiving body recorded the receipt with a legal date ({@code
 *       receivedOn}) not after the day its acknowledgement was due ({@code ackDueAt}). A referral
 *       without a recorded receipt is not acknowledged.
 *   <li>Decision due: the decision was taken by the window's end ({@code decidedOn <= to}), or the
 *       decision clock ({@code decisionDueAt}, already moved by the extensions recorded, which the
 *       referral caps as the law allows) ended on or before {@code to}. A referral still within its
 *       clock at the window's end is not due and counts in no "in time" share.
 *   <li>Decided in time: of the decisions due, those whose legal date is not after the clock's last
 *       day ({@link CaseReferral#decidedInTime()}): a case extended once and decided within the
 *       extended clock is in time.
 *   <li>Prosecuted: the receiving body decided to prosecute (outcome {@code PROSECUTED}, or the
 *       prosecuted case has since been concluded); returned: the dossier came back ({@code
 *       returnedOn}); sanctioned: QLTT closed the case with an administrative penalty decision.
 *       These describe where the referrals of the window stand now.
 * </ul>
 */
@Service
public class ReferralStatistics {

  private final ReferralFiguresRepository referrals;
  private final AgencyRegistry registry;
  private final ReferralAccess access;

  ReferralStatistics(
      ReferralFiguresRepository referrals, AgencyRegistry registry, ReferralAccess access) {
    this.referrals = referrals;
    this.registry = registry;
    this.access = access;
  }

  /**
   * The figures of the referrals {@code user} reads (the referral list's rule) that were first
   * handed over from {@code from} to {@code to}, by the QLTT team that opened them: each referral
   * counts once, for its team (a Chi cục's own figure is the sum of its teams'), under the code the
   * team had then.
   */
  public Map<String, ReferralFigures> byOpeningAgency(
      PhoiHopUser user, LocalDate from, LocalDate to) {
    Map<String, List<CaseReferral>> byAgency = new TreeMap<>();
    for (CaseReferral referral : referrals.transferredWithin(from, to, Action.TRANSFERRED)) {
      if (access.reads(user, referral)) {
        byAgency.computeIfAbsent(referral.getOpeningAgency(), k -> new ArrayList<>()).add(referral);
      }
    }
    Map<String, ReferralFigures> figures = new LinkedHashMap<>();
    byAgency.forEach((agency, transferred) -> figures.put(agency, count(transferred, to)));
    return figures;
  }

  /**
   * The figures of {@code agencyCode}'s referrals handed over from {@code from} to {@code to}, with
   * those of the bodies it took over (a Chi cục formed by a merger counts what its predecessors
   * transferred in the window).
   */
  public ReferralFigures figures(String agencyCode, LocalDate from, LocalDate to) {
    Objects.requireNonNull(agencyCode, "agencyCode");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("Window " + from + " – " + to + " ends before it starts");
    }
    Set<String> agencies = new LinkedHashSet<>();
    agencies.add(agencyCode);
    registry.predecessors(agencyCode).forEach(p -> agencies.add(p.code()));
    return count(referrals.transferredBy(agencies, from, to, Action.TRANSFERRED), to);
  }

  /** The figures of referrals already known to be transferred in a window ending on {@code to}. */
  static ReferralFigures count(Collection<CaseReferral> transferred, LocalDate to) {
    long acknowledgedInTime = 0;
    long decisionsDue = 0;
    long decidedInTime = 0;
    long prosecuted = 0;
    long returned = 0;
    long sanctioned = 0;
    for (CaseReferral referral : transferred) {
      if (acknowledgedInTime(referral)) {
        acknowledgedInTime++;
      }
      if (decisionDue(referral, to)) {
        decisionsDue++;
        if (referral.decidedInTime()) {
          decidedInTime++;
        }
      }
      if (referral.getOutcome() == Outcome.PROSECUTED
          || referral.getStatus() == ReferralStatus.CASE_CONCLUDED) {
        prosecuted++;
      }
      if (referral.getReturnedOn() != null) {
        returned++;
      }
      if (referral.getStatus() == ReferralStatus.SANCTIONED) {
        sanctioned++;
      }
    }
    return new ReferralFigures(
        transferred.size(),
        acknowledgedInTime,
        decisionsDue,
        decidedInTime,
        prosecuted,
        returned,
        sanctioned);
  }

  private static boolean acknowledgedInTime(CaseReferral referral) {
    return referral.getReceivedOn() != null
        && referral.getAckDueAt() != null
        && !referral.getReceivedOn().isAfter(Clocks.dayOf(referral.getAckDueAt()));
  }

  private static boolean decisionDue(CaseReferral referral, LocalDate to) {
    if (referral.getDecidedOn() != null && !referral.getDecidedOn().isAfter(to)) {
      return true;
    }
    return referral.getDecisionDueAt() != null
        && !Clocks.dayOf(referral.getDecisionDueAt()).isAfter(to);
  }
}
