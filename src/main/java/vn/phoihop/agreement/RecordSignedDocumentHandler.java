package vn.phoihop.agreement;

import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.shared.Texts;

/** {@code Task_RecordSignedDocument}: the lead's staff registers the co-signed document. */
@Component
class RecordSignedDocumentHandler implements AgreementTaskHandler {

  private final AgreementAdoption adoption;

  RecordSignedDocumentHandler(AgreementAdoption adoption) {
    this.adoption = adoption;
  }

  @Override
  public String taskKey() {
    return Elements.RECORD_SIGNED_DOCUMENT;
  }

  @Override
  public AgreementStatus stage() {
    return AgreementStatus.AWAITING_SIGNATURES;
  }

  @Override
  public void completed(TaskSubmission submission) {
    adoption.registerSignedDocument(
        submission.agreementId(),
        submission.text(FormFields.DOCUMENT_NUMBER),
        submission.date(FormFields.EFFECTIVE_DATE, Texts.text("agreement.field.effectiveDate")),
        submission.actor());
    submission.consume(FormFields.DOCUMENT_NUMBER, FormFields.EFFECTIVE_DATE);
  }
}
