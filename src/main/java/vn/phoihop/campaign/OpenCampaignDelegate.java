package vn.phoihop.campaign;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.campaign.CampaignProcess.FormFields;
import vn.phoihop.campaign.CampaignProcess.Variables;
import vn.phoihop.campaign.CampaignProcess.Vars;
import vn.phoihop.identity.InstanceAccess;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.ProcessVariable;
import vn.phoihop.shared.Texts;

/**
 * {@code Task_OpenCampaign}: the campaign row exists (opened by REST or the period timer) or is
 * opened here from the Tasklist start form; sets what the model and the forms read from it and lets
 * the managers of every party's province read the instance.
 */
@Component("openCampaignDelegate")
class OpenCampaignDelegate implements JavaDelegate {

  private static final List<String> START_FORM_FIELDS =
      List.of(
          FormFields.TITLE,
          FormFields.KIND,
          FormFields.PERIOD_KIND,
          FormFields.PERIOD_YEAR,
          FormFields.PERIOD_NUMBER,
          FormFields.DEADLINE,
          FormFields.RECIPIENT_AGENCIES,
          Vars.INITIATOR);

  private final CampaignService service;
  private final CampaignOpening opening;
  private final InstanceAccess instanceAccess;
  private final IdentityService identityService;

  OpenCampaignDelegate(
      CampaignService service,
      CampaignOpening opening,
      InstanceAccess instanceAccess,
      IdentityService identityService) {
    this.service = service;
    this.opening = opening;
    this.instanceAccess = instanceAccess;
    this.identityService = identityService;
  }

  /**
   * Started from the Tasklist start form: the campaign is opened here from the form's values,
   * checked as a REST request is (a refusal cancels the start); the business key becomes its code
   * and the form's values give way to the campaign's id.
   */
  private ReportCampaign fromStartForm(DelegateExecution execution) {
    String deadline =
        FormInput.text(FormFields.DEADLINE, execution.getVariable(FormFields.DEADLINE));
    CampaignApi body =
        new CampaignApi(
            null,
            FormInput.text(FormFields.KIND, execution.getVariable(FormFields.KIND)),
            FormInput.text(FormFields.TITLE, execution.getVariable(FormFields.TITLE)),
            FormInput.text(FormFields.PERIOD_KIND, execution.getVariable(FormFields.PERIOD_KIND)),
            whole(execution, FormFields.PERIOD_YEAR),
            whole(execution, FormFields.PERIOD_NUMBER),
            deadline == null
                ? null
                : FormInput.requiredFormDate(
                        FormFields.DEADLINE, deadline, Texts.text("campaign.open.deadline"))
                    .toString(),
            recipients(execution));
    ReportCampaign campaign;
    try {
      campaign = opening.open(body, starter());
    } catch (DomainException e) {
      // the form names the recipients field differently from the REST body
      throw e.field() != null && e.field().startsWith(CampaignApi.RECIPIENTS)
          ? e.withField(FormFields.RECIPIENT_AGENCIES)
          : e;
    }
    execution.setProcessBusinessKey(campaign.getCode());
    START_FORM_FIELDS.forEach(execution::removeVariable);
    execution.setVariables(service.startVariables(campaign));
    return campaign;
  }

  private static Integer whole(DelegateExecution execution, String field) {
    Object value = execution.getVariable(field);
    if (value == null || (value instanceof String text && text.isBlank())) {
      return null;
    }
    if (value instanceof Number number
        && number.doubleValue() == Math.rint(number.doubleValue())
        && Math.abs(number.doubleValue()) < 1_000_000) {
      return number.intValue();
    }
    throw DomainException.invalid(
        field, Texts.text("campaign.open.wholeNumber", String.valueOf(value)));
  }

  private static List<String> recipients(DelegateExecution execution) {
    try {
      return ProcessVariable.stringList(FormFields.RECIPIENT_AGENCIES)
          .find(execution)
          .orElse(List.of());
    } catch (IllegalStateException e) {
      throw DomainException.invalid(
          FormFields.RECIPIENT_AGENCIES, Texts.text("campaign.open.recipientsRequired"));
    }
  }

  /** The Tasklist user who submitted the start form, with their agency from their groups. */
  private PhoiHopUser starter() {
    PhoiHopUser user = PhoiHopUser.ofEngine(identityService.getCurrentAuthentication());
    if (user == null) {
      throw DomainException.forbidden(Texts.text("campaign.open.forbidden"));
    }
    return user;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReportCampaign campaign =
        Variables.CAMPAIGN_ID.find(execution).isPresent()
            ? service.get(Variables.CAMPAIGN_ID.get(execution))
            : fromStartForm(execution);
    campaign.attachProcess(execution.getProcessInstanceId());
    List<String> recipients =
        campaign.getSubmissions().stream().map(CampaignSubmission::getAgencyCode).toList();
    Variables.CAMPAIGN_CODE.set(execution, campaign.getCode());
    Variables.REQUESTER.set(execution, campaign.getRequesterCode());
    Variables.RECIPIENTS.set(execution, recipients);
    Variables.REPORT_KIND.set(execution, campaign.getKind().name());
    Variables.SUBMISSION_DEADLINE.set(execution, Date.from(campaign.getDeadline()));
    Variables.CAMPAIGN_TITLE.set(execution, campaign.getTitle());
    Variables.PERIOD_LABEL.set(execution, campaign.period().label());
    Variables.REQUESTER_NAME.set(execution, service.agencyName(campaign.getRequesterCode()));
    Variables.DEADLINE_LABEL.set(execution, CampaignService.deadlineLabel(campaign));
    Progress.set(execution, service, campaign);
    List<String> parties = new ArrayList<>(recipients);
    parties.add(campaign.getRequesterCode());
    instanceAccess.grantProvinces(execution.getProcessInstanceId(), parties);
  }
}
