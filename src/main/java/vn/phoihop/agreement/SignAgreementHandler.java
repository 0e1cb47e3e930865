package vn.phoihop.agreement;

import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Variables;
import vn.phoihop.shared.Texts;

/** {@code Task_SignAgreement}: one party's leader signs the version under way. */
@Component
class SignAgreementHandler implements AgreementTaskHandler {

  private final AgreementAdoption adoption;

  SignAgreementHandler(AgreementAdoption adoption) {
    this.adoption = adoption;
  }

  @Override
  public String taskKey() {
    return Elements.SIGN;
  }

  @Override
  public AgreementStatus stage() {
    return AgreementStatus.AWAITING_SIGNATURES;
  }

  @Override
  public void completed(TaskSubmission submission) {
    adoption.sign(
        submission.agreementId(),
        Variables.SIGNING_PARTY.get(submission.task()),
        submission.text(FormFields.SIGNATORY_NAME),
        submission.text(FormFields.SIGNATORY_TITLE),
        submission.date(FormFields.SIGNED_ON, Texts.text("agreement.field.signedOn")),
        submission.actor());
    submission.consume(FormFields.SIGNATORY_NAME, FormFields.SIGNATORY_TITLE, FormFields.SIGNED_ON);
  }
}
