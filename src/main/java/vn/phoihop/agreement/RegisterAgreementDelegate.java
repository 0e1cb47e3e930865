package vn.phoihop.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Variables;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.identity.InstanceAccess;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;

/**
 * First step of every instance. Opened through the REST API, the agreement already exists and is
 * only linked to its instance. Started from the Tasklist start form, the agreement is created here
 * from the form's values (checked like a REST request; a refusal cancels the start), the business
 * key becomes its code and the form values give way to ids and routing values.
 */
@Component("registerAgreementDelegate")
class RegisterAgreementDelegate implements JavaDelegate {

  private static final List<String> START_FORM_FIELDS =
      List.of(
          FormFields.TITLE,
          FormFields.KIND,
          FormFields.SUMMARY,
          FormFields.FIELDS,
          FormFields.TERM_START,
          FormFields.TERM_END,
          FormFields.EVALUATION_CADENCE,
          FormFields.PARENT_AGREEMENT,
          Vars.INITIATOR);

  private final AgreementOpening opening;
  private final AgreementSupport support;
  private final IdentityService identityService;
  private final InstanceAccess instanceAccess;

  RegisterAgreementDelegate(
      AgreementOpening opening,
      AgreementSupport support,
      IdentityService identityService,
      InstanceAccess instanceAccess) {
    this.opening = opening;
    this.support = support;
    this.identityService = identityService;
    this.instanceAccess = instanceAccess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<Long> id = Variables.AGREEMENT_ID.find(execution);
    if (id.isPresent()) {
      opening.attachProcess(id.get(), execution.getProcessInstanceId());
      execution.removeVariable(Vars.INITIATOR);
      grantProvinces(execution);
      return;
    }
    AgreementRequest request =
        new AgreementRequest(
            text(execution, FormFields.TITLE),
            text(execution, FormFields.KIND),
            text(execution, Vars.APPROVAL_PATH),
            text(execution, Vars.LEAD_AGENCY),
            FormValues.agencyCodes(execution.getVariable(Vars.PARTNER_AGENCIES)),
            FormValues.codes(execution.getVariable(FormFields.FIELDS)),
            isoDate(execution, FormFields.TERM_START, "agreement.field.termStart"),
            isoDate(execution, FormFields.TERM_END, "agreement.field.termEnd"),
            text(execution, FormFields.EVALUATION_CADENCE),
            text(execution, FormFields.PARENT_AGREEMENT),
            text(execution, FormFields.SUMMARY));
    Agreement agreement = opening.register(request, starter());
    agreement.attachProcess(execution.getProcessInstanceId());
    execution.setProcessBusinessKey(agreement.getCode());
    START_FORM_FIELDS.forEach(execution::removeVariable);
    execution.setVariables(support.startVariables(agreement));
    grantProvinces(execution);
  }

  /** A start form's text field: refused when not text; NFC, trimmed, null when empty. */
  private static String text(DelegateExecution execution, String field) {
    return FormInput.text(field, execution.getVariable(field));
  }

  /**
   * A start form's date ({@code dd/mm/yyyy}, {@link FormInput#requiredFormDate}) as the ISO text
   * the REST request carries; {@link AgreementOpening} then applies the term's bounds.
   */
  private static String isoDate(DelegateExecution execution, String field, String whatKey) {
    return FormInput.requiredFormDate(field, execution.getVariable(field), Texts.text(whatKey))
        .toString();
  }

  /** The managers of every party's province may read the instance. */
  private void grantProvinces(DelegateExecution execution) {
    List<String> parties = new ArrayList<>();
    parties.add(Variables.LEAD_AGENCY.get(execution));
    parties.addAll(Variables.PARTNER_AGENCIES.get(execution));
    instanceAccess.grantProvinces(execution.getProcessInstanceId(), parties);
  }

  /**
   * The Tasklist user who submitted the start form, with their agency taken from their unit-role
   * groups.
   */
  private PhoiHopUser starter() {
    PhoiHopUser user = PhoiHopUser.ofEngine(identityService.getCurrentAuthentication());
    if (user == null) {
      throw DomainException.forbidden(Texts.text("agreement.start.loginRequired"));
    }
    return user;
  }
}
