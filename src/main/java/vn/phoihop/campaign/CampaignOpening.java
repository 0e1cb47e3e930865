package vn.phoihop.campaign;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.evaluation.EvaluationPeriod;
import vn.phoihop.evaluation.PeriodKind;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Role;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.Texts;

/**
 * A campaign started by hand (REST): the staff or a leader of the requesting agency ask; the
 * campaign row and its instance are created in one transaction.
 */
@Service
@Transactional
class CampaignOpening {

  private final CampaignService service;
  private final RuntimeService runtimeService;
  private final SystemEngine system;

  CampaignOpening(CampaignService service, RuntimeService runtimeService, SystemEngine system) {
    this.service = service;
    this.runtimeService = runtimeService;
    this.system = system;
  }

  ReportCampaign openAndStart(CampaignApi body, PhoiHopUser user) {
    ReportCampaign campaign = open(body, user);
    system.run(
        () ->
            runtimeService.startProcessInstanceByKey(
                CampaignProcess.KEY, campaign.getCode(), service.startVariables(campaign)));
    return campaign;
  }

  /**
   * Checks who asks and what, and opens the campaign (no process: the caller starts it, or it runs
   * in the instance a Tasklist start form began).
   */
  ReportCampaign open(CampaignApi body, PhoiHopUser user) {
    String agency = user.agencyCode();
    if (agency == null || !(user.hasRole(Role.STAFF) || user.hasRole(Role.LEADER))) {
      throw DomainException.forbidden(Texts.text("campaign.open.forbidden"));
    }
    String requester = body.requester() == null ? agency : body.requester().strip();
    if (!requester.equals(agency)) {
      throw DomainException.forbidden(Texts.text("campaign.open.otherRequester", requester));
    }
    CampaignKind kind =
        FormInput.requiredChoice(
            CampaignApi.KIND,
            body.kind(),
            CampaignKind.class,
            Texts.text("campaign.open.kind"),
            CampaignKind::label);
    PeriodKind periodKind =
        FormInput.requiredChoice(
            CampaignApi.PERIOD_KIND,
            body.periodKind(),
            PeriodKind.class,
            Texts.text("campaign.open.periodKind"),
            PeriodKind::label);
    if (body.periodYear() == null || body.periodYear() < 2000 || body.periodYear() > 2100) {
      throw DomainException.invalid(
          CampaignApi.PERIOD_YEAR, Texts.text("campaign.open.periodYear"));
    }
    EvaluationPeriod period;
    try {
      period = EvaluationPeriod.of(periodKind, body.periodYear(), body.periodNumber());
    } catch (DomainException e) {
      throw e.withField(CampaignApi.PERIOD_NUMBER);
    }
    LocalDate deadline =
        body.deadline() == null || body.deadline().isBlank()
            ? null
            : FormInput.requiredDate(
                CampaignApi.DEADLINE, body.deadline(), Texts.text("campaign.open.deadline"));
    return service.open(
        new CampaignService.OpenRequest(
            requester, kind, body.title(), period, deadline, body.recipients()),
        user.userId());
  }
}
