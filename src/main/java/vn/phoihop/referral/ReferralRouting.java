package vn.phoihop.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyType;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.referral.ReferralProcess.FormFields;
import vn.phoihop.referral.ReferralProcess.Vars;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.Texts;

/**
 * Where the dossier goes: records the routing table's proposal and the unit it resolves to in the
 * registry, offers the units the officer may choose instead, and confirms the proposal or overrides
 * it with a reason.
 */
@Service
@Transactional
class ReferralRouting {

  /** The agency types a dossier may be transferred to. */
  static final List<AgencyType> RECEIVING_TYPES =
      List.of(AgencyType.PROVINCIAL_POLICE, AgencyType.CUSTOMS_BRANCH, AgencyType.BORDER_GUARD);

  private static final Logger log = LoggerFactory.getLogger(ReferralRouting.class);

  private final ReferralLookup lookup;
  private final AgencyRegistry registry;

  ReferralRouting(ReferralLookup lookup, AgencyRegistry registry) {
    this.lookup = lookup;
    this.registry = registry;
  }

  /**
   * Records the decision table's result and resolves the receiving unit; returns its code or null.
   */
  String route(long id, String agencyType, String legalBasis) {
    CaseReferral referral = lookup.require(id);
    String province = referral.dossier().provinceCode();
    AgencyType type = AgencyType.valueOf(agencyType);
    String proposed =
        registry.servingBody(type, province, Clocks.today()).map(AgencyView::code).orElse(null);
    referral.routed(agencyType, legalBasis, proposed, SystemEngine.ACTOR, Clocks.now());
    if (proposed == null) {
      log.warn("Referral {}: no active {} in province {}", referral.getCode(), type, province);
    }
    return proposed;
  }

  /**
   * Units the officer may choose instead: the police, the customs branch and the Border Guard
   * (command, then posts) that work in the province, then the other customs branches (a case may
   * belong to the branch of the border gate or port the goods came through).
   */
  List<AgencyView> receivingOptions(long id) {
    String province = lookup.require(id).dossier().provinceCode();
    LocalDate today = Clocks.today();
    List<AgencyView> options = new ArrayList<>();
    options.addAll(registry.servingBodies(AgencyType.PROVINCIAL_POLICE, province, today));
    options.addAll(registry.servingBodies(AgencyType.CUSTOMS_BRANCH, province, today));
    options.addAll(registry.servingBodies(AgencyType.BORDER_GUARD, province, today));
    registry.search(AgencyType.CUSTOMS_BRANCH, null, today).stream()
        .filter(branch -> !options.contains(branch))
        .forEach(options::add);
    return options;
  }

  /**
   * The officer confirms the proposed unit, or overrides it with an active receiving unit and a
   * reason; choosing the proposed unit as an "override" is a confirmation. Returns the unit's code.
   */
  String confirmRouting(
      long id, boolean override, String overrideAgency, String reason, String actor) {
    CaseReferral referral = lookup.require(id);
    Instant now = Clocks.now();
    if (override
        && overrideAgency != null
        && overrideAgency.trim().equalsIgnoreCase(referral.getProposedAgency())) {
      override = false;
    }
    if (!override) {
      if (referral.getProposedAgency() == null) {
        throw DomainException.invalid(
            FormFields.ROUTING_OVERRIDE, Texts.text("referral.routing.noUnitFound"));
      }
      referral.confirmRouting(referral.getProposedAgency(), false, null, actor, now);
      return referral.getProposedAgency();
    }
    AgencyView agency =
        registry.requireActive(overrideAgency, FormFields.OVERRIDE_AGENCY, Clocks.dayOf(now));
    if (!RECEIVING_TYPES.contains(agency.type())) {
      throw DomainException.invalid(
          FormFields.OVERRIDE_AGENCY, Texts.text("referral.routing.notReceiving", agency.name()));
    }
    String why =
        DossierInput.required(
            reason,
            FormFields.OVERRIDE_REASON,
            Texts.text("referral.routing.overrideReason"),
            2000);
    referral.confirmRouting(agency.code(), true, why, actor, now);
    return agency.code();
  }

  /**
   * The competent bodies a case may go to after a refusal or by forwarding: police, customs
   * branches and border guard units of the whole country, except the unit that holds it now.
   */
  List<AgencyView> competentBodies(long id) {
    String current = lookup.require(id).getReceivingAgency();
    LocalDate today = Clocks.today();
    List<AgencyView> options = new ArrayList<>();
    for (AgencyType type : RECEIVING_TYPES) {
      registry.search(type, null, today).stream()
          .filter(a -> !a.code().equals(current))
          .forEach(options::add);
    }
    return options;
  }

  /**
   * A competent body chosen in {@code field}: an active receiving unit other than the one that
   * holds the case now.
   */
  AgencyView requireCompetentBody(CaseReferral referral, String code, String field) {
    AgencyView agency = registry.requireActive(code, field, Clocks.today());
    if (!RECEIVING_TYPES.contains(agency.type())) {
      throw DomainException.invalid(
          field, Texts.text("referral.routing.notReceiving", agency.name()));
    }
    if (agency.code().equals(referral.getReceivingAgency())) {
      throw DomainException.invalid(field, Texts.text("referral.routing.sameUnit", agency.name()));
    }
    return agency;
  }

  /**
   * After the liaison refused the dossier, the Chi cục leader sends it to another competent body
   * (returns its code) or keeps the case as an administrative one (returns null). The reason is
   * required either way.
   */
  String reroute(long id, String decision, String agencyCode, String reason, String actor) {
    CaseReferral referral = lookup.require(id);
    boolean reroute = Vars.REROUTE.equals(decision);
    if (!reroute && !Vars.ADMINISTRATIVE.equals(decision)) {
      throw DomainException.invalid(Vars.REROUTE_DECISION, Texts.text("referral.reroute.choose"));
    }
    AgencyView agency =
        reroute ? requireCompetentBody(referral, agencyCode, FormFields.REROUTE_AGENCY) : null;
    String why =
        DossierInput.required(
            reason, FormFields.REROUTE_REASON, Texts.text("referral.reroute.reason"), 2000);
    if (!reroute) {
      referral.keptAfterRefusal(why, actor, Clocks.now());
      return null;
    }
    referral.rerouted(agency.code(), why, actor, Clocks.now());
    return agency.code();
  }
}
