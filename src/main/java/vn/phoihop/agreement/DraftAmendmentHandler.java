package vn.phoihop.agreement;

import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Vars;

/** {@code Task_DraftAmendment}: the lead's staff submits the amended text. */
@Component
class DraftAmendmentHandler implements AgreementTaskHandler {

  private final AgreementDrafting drafting;

  DraftAmendmentHandler(AgreementDrafting drafting) {
    this.drafting = drafting;
  }

  @Override
  public String taskKey() {
    return Elements.DRAFT_AMENDMENT;
  }

  @Override
  public AgreementStatus stage() {
    return AgreementStatus.AMENDING;
  }

  @Override
  public void completed(TaskSubmission submission) {
    drafting.submitVersion(
        submission.agreementId(),
        VersionKind.AMENDMENT,
        submission.text(FormFields.CONTENT),
        submission.text(FormFields.VERSION_NOTE),
        submission.actor());
    submission.consume(FormFields.CONTENT, FormFields.VERSION_NOTE, Vars.AMENDMENT_DECISION);
  }
}
