package vn.phoihop.agreement;

import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.shared.Texts;

/**
 * {@code Task_RecordIssuingDecision}: the lead's staff records the People's Committee's decision.
 */
@Component
class RecordIssuingDecisionHandler implements AgreementTaskHandler {

  private final AgreementAdoption adoption;

  RecordIssuingDecisionHandler(AgreementAdoption adoption) {
    this.adoption = adoption;
  }

  @Override
  public String taskKey() {
    return Elements.RECORD_DECISION;
  }

  @Override
  public AgreementStatus stage() {
    return AgreementStatus.AWAITING_DECISION;
  }

  @Override
  public void completed(TaskSubmission submission) {
    adoption.recordDecision(
        submission.agreementId(),
        submission.text(FormFields.DECISION_NUMBER),
        submission.date(FormFields.DECISION_DATE, Texts.text("agreement.field.decisionDate")),
        submission.text(FormFields.DECISION_SIGNER),
        submission.date(FormFields.EFFECTIVE_DATE, Texts.text("agreement.field.effectiveDate")),
        submission.actor());
    submission.consume(
        FormFields.DECISION_NUMBER,
        FormFields.DECISION_DATE,
        FormFields.DECISION_SIGNER,
        FormFields.EFFECTIVE_DATE);
  }
}
