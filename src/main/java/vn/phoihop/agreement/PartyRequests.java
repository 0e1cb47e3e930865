package vn.phoihop.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agreement.AgreementProcess.Messages;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Role;
import vn.phoihop.notification.NotificationKind;
import vn.phoihop.notification.Notifications;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.Templates;
import vn.phoihop.shared.Texts;

/**
 * What a party asks of an agreement in force, over REST: an amendment (any of its users) or the
 * termination (its leader). Only a party's users (and administrators) may ask; to anyone else the
 * agreement is not found. The request is a message to the agreement's process.
 */
@Service
@Transactional
class PartyRequests {

  private final AgreementRepository agreements;
  private final RuntimeService runtimeService;
  private final SystemEngine engine;
  private final Notifications notifications;

  private final AgreementDescriptions descriptions;

  PartyRequests(
      AgreementRepository agreements,
      RuntimeService runtimeService,
      SystemEngine engine,
      Notifications notifications,
      AgreementDescriptions descriptions) {
    this.agreements = agreements;
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.notifications = notifications;
    this.descriptions = descriptions;
  }

  /** Any party proposes an amendment of an agreement in force (message to its process). */
  Agreement requestAmendment(String code, String reason, PhoiHopUser user) {
    Agreement agreement = loadForParty(code, user);
    if (agreement.getStatus() != AgreementStatus.IN_FORCE) {
      throw DomainException.conflict(
          Texts.text("agreement.request.amendmentNotInForce", agreement.getStatus().label()));
    }
    String why =
        FormInput.requiredText(
            "reason", reason, 4000, Texts.text("agreement.field.amendmentRequestReason"));
    String agency = actingAgency(agreement, user);
    agreement.record(
        TimelineAction.AMENDMENT_REQUESTED, user.userId(), agency, null, why, Clocks.now());
    correlate(agreement, Messages.AMENDMENT_REQUESTED);
    Map<String, Object> values = new HashMap<>();
    values.put("user", user.userId());
    if (agency != null) {
      values.put("agency", descriptions.agencyName(agreement, agency));
    }
    values.put("title", agreement.getTitle());
    values.put("reason", why);
    notifications.toGroups(
        List.of(
            Groups.unitRole(agreement.getLeadAgencyCode(), Role.STAFF),
            Groups.unitRole(agreement.getLeadAgencyCode(), Role.LEADER)),
        NotificationKind.INFO,
        Texts.text("agreement.mail.amendmentRequested.subject", agreement.getCode()),
        Templates.render("agreement/mail/amendment-requested", values).stripTrailing(),
        agreement.getCode(),
        null);
    return agreement;
  }

  /** A party's leader ends an agreement in force (message to its process). */
  Agreement requestTermination(String code, String reason, PhoiHopUser user) {
    Agreement agreement = loadForParty(code, user);
    if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.LEADER)) {
      throw DomainException.forbidden(Texts.text("agreement.request.terminationLeaderOnly"));
    }
    if (agreement.getStatus() != AgreementStatus.IN_FORCE) {
      throw DomainException.conflict(
          Texts.text("agreement.request.terminationNotInForce", agreement.getStatus().label()));
    }
    String why =
        FormInput.requiredText(
            "reason", reason, 4000, Texts.text("agreement.field.terminationReason"));
    agreement.requestTermination(why, user.userId(), actingAgency(agreement, user));
    correlate(agreement, Messages.TERMINATION_REQUESTED);
    return agreement;
  }

  /** Parties and administrators may ask; to anyone else the agreement does not exist. */
  private Agreement loadForParty(String code, PhoiHopUser user) {
    Agreement agreement =
        agreements
            .findByCode(code)
            .orElseThrow(() -> DomainException.notFound(Texts.text("agreement.notFound", code)));
    if (!user.hasRole(Role.ADMIN)
        && (user.agencyCode() == null || !agreement.isParty(user.agencyCode()))) {
      throw DomainException.notFound(Texts.text("agreement.notFound", code));
    }
    return agreement;
  }

  /** The party the user acts for; {@code null} for an administrator of no party. */
  private static String actingAgency(Agreement agreement, PhoiHopUser user) {
    return user.agencyCode() != null && agreement.isParty(user.agencyCode())
        ? user.agencyCode()
        : null;
  }

  private void correlate(Agreement agreement, String message) {
    engine.call(
        () ->
            runtimeService
                .createMessageCorrelation(message)
                .processInstanceId(agreement.getProcessInstanceId())
                .correlateWithResult());
  }
}
