package vn.phoihop.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.agreement.AgreementProcess.Variables;
import vn.phoihop.code.YearlyCodes;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.Role;
import vn.phoihop.notification.NotificationKind;
import vn.phoihop.notification.Notifications;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.Texts;

/**
 * What the agreement's step classes share: loading an agreement by id, making a new one (opened or
 * renewed) with its parties and first timeline entry, starting its process, following a task's
 * stage and telling every party.
 */
@Component
class AgreementSupport {

  private final AgreementRepository agreements;
  private final YearlyCodes codes;
  private final RuntimeService runtimeService;
  private final SystemEngine engine;
  private final Notifications notifications;

  AgreementSupport(
      AgreementRepository agreements,
      YearlyCodes codes,
      RuntimeService runtimeService,
      SystemEngine engine,
      Notifications notifications) {
    this.agreements = agreements;
    this.codes = codes;
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.notifications = notifications;
  }

  Agreement load(long agreementId) {
    return agreements
        .findById(agreementId)
        .orElseThrow(() -> new IllegalStateException("No agreement with id " + agreementId));
  }

  /**
   * A new agreement with its next code ({@code QC-<year>-<nnnn>} or {@code KH-…}, see {@link
   * YearlyCodes}), its parties (lead first) and its {@code CREATED} entry; the caller saves it.
   */
  Agreement newAgreement(
      AgreementKind kind,
      String title,
      String summary,
      ApprovalPath approvalPath,
      AgencyView lead,
      List<AgencyView> partners,
      LocalDate termStart,
      LocalDate termEnd,
      EvaluationCadence cadence,
      Long parentId,
      Set<String> fields,
      String actor,
      Instant now) {
    Agreement agreement =
        new Agreement(
            codes.next(kind.codePrefix(), Clocks.dayOf(now).getYear()),
            kind,
            title,
            summary,
            approvalPath,
            lead.code(),
            termStart,
            termEnd,
            cadence,
            parentId,
            fields,
            actor,
            now);
    agreement.addParty(lead.code(), lead.name(), lead.provinceCode(), PartyRole.LEAD);
    partners.forEach(
        p -> agreement.addParty(p.code(), p.name(), p.provinceCode(), PartyRole.PARTNER));
    agreement.record(
        TimelineAction.CREATED,
        actor,
        lead.code(),
        Texts.text(
            "agreement.timeline.created",
            kind.label(),
            title,
            approvalPath.label(),
            String.join(", ", agreement.partnerCodes())),
        null,
        now);
    return agreement;
  }

  /** The variables a new instance starts with: ids and routing values only. */
  Map<String, Object> startVariables(Agreement agreement) {
    Map<String, Object> variables = new LinkedHashMap<>();
    Variables.AGREEMENT_ID.put(variables, agreement.getId());
    Variables.AGREEMENT_CODE.put(variables, agreement.getCode());
    Variables.CASE_TITLE.put(variables, agreement.getTitle());
    Variables.LEAD_AGENCY.put(variables, agreement.getLeadAgencyCode());
    Variables.PARTNER_AGENCIES.put(variables, agreement.partnerCodes());
    Variables.SIGNING_PARTIES.put(variables, agreement.partyCodes());
    Variables.APPROVAL_PATH.put(variables, agreement.getApprovalPath().name());
    return variables;
  }

  /**
   * Starts the agreement's instance, its code the business key. The caller has checked who may; the
   * engine need not check it again.
   */
  void startProcess(Agreement agreement, Map<String, Object> variables) {
    engine.call(
        () ->
            runtimeService.startProcessInstanceByKey(
                AgreementProcess.KEY, agreement.getCode(), variables));
  }

  /**
   * A user task of the given stage opened: the agreement's status follows (an amendment keeps
   * AMENDING).
   */
  @Transactional
  void enterStage(long agreementId, AgreementStatus stage) {
    Agreement agreement = load(agreementId);
    if (agreement.getStatus() == AgreementStatus.AMENDING || agreement.getStatus() == stage) {
      return;
    }
    agreement.moveTo(stage, Clocks.now());
  }

  /** An INFO notice to the staff, leaders and liaisons of every party. */
  void notifyParties(Agreement agreement, String subject, String body) {
    List<String> groups = new ArrayList<>();
    for (String party : agreement.partyCodes()) {
      for (Role role : List.of(Role.STAFF, Role.LEADER, Role.LIAISON)) {
        groups.add(Groups.unitRole(party, role));
      }
    }
    notifications.toGroups(groups, NotificationKind.INFO, subject, body, agreement.getCode(), null);
  }
}
