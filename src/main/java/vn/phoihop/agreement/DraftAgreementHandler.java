package vn.phoihop.agreement;

import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Vars;

/**
 * {@code Task_DraftAgreement}: the lead's staff submits the first draft (or a redraft after a
 * return).
 */
@Component
class DraftAgreementHandler implements AgreementTaskHandler {

  private final AgreementDrafting drafting;

  DraftAgreementHandler(AgreementDrafting drafting) {
    this.drafting = drafting;
  }

  @Override
  public String taskKey() {
    return Elements.DRAFT;
  }

  @Override
  public AgreementStatus stage() {
    return AgreementStatus.DRAFTING;
  }

  @Override
  public void completed(TaskSubmission submission) {
    drafting.submitVersion(
        submission.agreementId(),
        VersionKind.DRAFT,
        submission.text(FormFields.CONTENT),
        submission.text(FormFields.VERSION_NOTE),
        submission.actor());
    submission.consume(FormFields.CONTENT, FormFields.VERSION_NOTE, Vars.REVIEW_DECISION);
  }
}
