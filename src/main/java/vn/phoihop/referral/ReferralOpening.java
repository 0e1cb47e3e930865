package vn.phoihop.referral;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyType;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.code.YearlyCodes;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Role;
import vn.phoihop.referral.ReferralEnums.DocumentKind;
import vn.phoihop.referral.ReferralProcess.Messages;
import vn.phoihop.referral.ReferralProcess.Variables;
import vn.phoihop.referral.ReferralProcess.Vars;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.InputProperties;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.Texts;

/**
 * A referral's life inside QLTT before the dossier leaves: a QLTT team opens it (REST API or the
 * Tasklist start form) with its number and transfer clock, edits it while it is prepared, and may
 * withdraw it until it is transferred.
 */
@Service
@Transactional
class ReferralOpening {

  /** Referral numbers are {@code CHS-<year>-<nnnn>} ({@link YearlyCodes}). */
  static final String CODE_PREFIX = "CHS";

  private static final Logger log = LoggerFactory.getLogger(ReferralOpening.class);

  private final CaseReferralRepository referrals;
  private final ReferralLookup lookup;
  private final ReferralAccess access;
  private final ReferralClocks clocks;
  private final YearlyCodes codes;
  private final AgencyRegistry registry;
  private final InputProperties input;
  private final RuntimeService runtimeService;
  private final SystemEngine system;
  private final ReferralDescriptions descriptions;

  ReferralOpening(
      CaseReferralRepository referrals,
      ReferralLookup lookup,
      ReferralAccess access,
      ReferralClocks clocks,
      YearlyCodes codes,
      AgencyRegistry registry,
      InputProperties input,
      RuntimeService runtimeService,
      SystemEngine system,
      ReferralDescriptions descriptions) {
    this.referrals = referrals;
    this.lookup = lookup;
    this.access = access;
    this.clocks = clocks;
    this.codes = codes;
    this.registry = registry;
    this.input = input;
    this.runtimeService = runtimeService;
    this.system = system;
    this.descriptions = descriptions;
  }

  /**
   * REST: a QLTT team officer opens a dossier; the process starts with the code as business key.
   */
  CaseReferral openAndStart(DossierInput input, PhoiHopUser user) {
    String team = openingTeamOf(user.groupIds());
    CaseReferral referral = open(input, team, user.userId());
    system.run(
        () ->
            runtimeService.startProcessInstanceByKey(
                ReferralProcess.KEY, referral.getCode(), startVariables(referral)));
    log.info("Referral {} opened by {} of {}", referral.getCode(), user.userId(), team);
    return referral;
  }

  /** Creates the aggregate with its number and transfer clock (no process). */
  CaseReferral open(DossierInput input, String openingTeam, String actor) {
    AgencyView team = registry.require(openingTeam, Vars.OPENING_AGENCY);
    AgencyView subDepartment = subDepartmentOf(team);
    Instant now = Clocks.now();
    Dossier dossier = input.validate(registry, Clocks.dayOf(now), this.input.earliestDate());
    String code = codes.next(CODE_PREFIX, Clocks.dayOf(now).getYear());
    return referrals.save(
        new CaseReferral(
            code,
            dossier,
            team.code(),
            subDepartment.code(),
            clocks.transferDue(now, dossier.foundDuring()),
            actor,
            now));
  }

  /** The variables an instance starts with: ids, agencies, routing inputs, transfer clock. */
  Map<String, Object> startVariables(CaseReferral referral) {
    Dossier dossier = referral.dossier();
    Map<String, Object> variables = new LinkedHashMap<>();
    Variables.REFERRAL_ID.put(variables, referral.getId());
    Variables.REFERRAL_CODE.put(variables, referral.getCode());
    Variables.CASE_TITLE.put(
        variables,
        Texts.text(
            "referral.card.title",
            descriptions.category(dossier.violationCategory()),
            dossier.offenderName()));
    Variables.OPENING_AGENCY.put(variables, referral.getOpeningAgency());
    Variables.SUB_DEPARTMENT.put(variables, referral.getSubDepartment());
    Variables.VIOLATION_CATEGORY.put(variables, dossier.violationCategory());
    Variables.BORDER_AREA.put(variables, dossier.borderArea());
    Variables.CUSTOMS_CONTROL.put(variables, dossier.customsControl());
    Variables.TRANSFER_DUE_AT.put(variables, Date.from(referral.getTransferDueAt()));
    return variables;
  }

  /** The QLTT team among the caller's groups; 403 for anyone else. */
  String openingTeamOf(Collection<String> groupIds) {
    boolean staff = groupIds.contains(Role.STAFF.groupId());
    Optional<AgencyView> team =
        groupIds.stream()
            .map(registry::find)
            .flatMap(Optional::stream)
            .filter(a -> a.type() == AgencyType.QLTT_TEAM)
            .findFirst();
    if (!staff || team.isEmpty()) {
      throw DomainException.forbidden(Texts.text("referral.open.notQlttStaff"));
    }
    return team.get().code();
  }

  private AgencyView subDepartmentOf(AgencyView team) {
    if (team.type() != AgencyType.QLTT_TEAM) {
      throw DomainException.invalid(
          Vars.OPENING_AGENCY, Texts.text("referral.dossier.openingAgency"));
    }
    return Optional.ofNullable(team.parentCode())
        .flatMap(registry::find)
        .filter(a -> a.type() == AgencyType.QLTT_SUB_DEPARTMENT)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "QLTT team " + team.code() + " has no QLTT sub-department in the registry"));
  }

  /**
   * The officer completes the dossier ({@code Task_PrepareDossier}): checked again, with at least
   * one evidence document; the transfer clock follows when the signs of crime were found.
   */
  Dossier updateDossier(long id, DossierInput input, String actor) {
    CaseReferral referral = lookup.require(id);
    Instant now = Clocks.now();
    Dossier dossier = input.validate(registry, Clocks.dayOf(now), this.input.earliestDate());
    if (referral.getDocuments().stream().noneMatch(d -> d.getKind() == DocumentKind.EVIDENCE)) {
      throw DomainException.invalid(
          "documents", Texts.text("referral.state.noEvidence", referral.getCode()));
    }
    referral.updateDossier(
        dossier, clocks.transferDue(referral.getOpenedAt(), dossier.foundDuring()), actor, now);
    return dossier;
  }

  /** REST: withdraws a dossier that has not been transferred yet, then ends its process. */
  CaseReferral withdraw(String code, String reason, PhoiHopUser user) {
    CaseReferral referral = lookup.requireReadable(code, user);
    if (!access.withdraws(user, referral)) {
      throw DomainException.forbidden(Texts.text("referral.withdraw.forbidden"));
    }
    String why =
        DossierInput.required(reason, "reason", Texts.text("referral.withdraw.reason"), 2000);
    referral.withdraw(why, user.userId(), Clocks.now());
    system.run(
        () ->
            runtimeService
                .createMessageCorrelation(Messages.WITHDRAWN)
                .processInstanceBusinessKey(referral.getCode())
                .correlateWithResult());
    log.info("Referral {} withdrawn by {}", referral.getCode(), user.userId());
    return referral;
  }
}
