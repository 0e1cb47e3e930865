package vn.phoihop.agreement;

import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.shared.Texts;

/** {@code Task_SubmitForDecision}: the lead's staff submits the draft to the People's Committee. */
@Component
class SubmitForDecisionHandler implements AgreementTaskHandler {

  private final AgreementAdoption adoption;

  SubmitForDecisionHandler(AgreementAdoption adoption) {
    this.adoption = adoption;
  }

  @Override
  public String taskKey() {
    return Elements.SUBMIT_FOR_DECISION;
  }

  @Override
  public AgreementStatus stage() {
    return AgreementStatus.AWAITING_DECISION;
  }

  @Override
  public void completed(TaskSubmission submission) {
    adoption.submitForDecision(
        submission.agreementId(),
        submission.text(FormFields.SUBMISSION_NUMBER),
        submission.date(FormFields.SUBMITTED_ON, Texts.text("agreement.field.submittedOn")),
        submission.actor());
    submission.consume(FormFields.SUBMISSION_NUMBER, FormFields.SUBMITTED_ON);
  }
}
