package vn.phoihop.agreement;

import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Vars;

/** {@code Task_ReviseDraft}: the lead's staff submits the draft revised after consultation. */
@Component
class ReviseDraftHandler implements AgreementTaskHandler {

  private final AgreementDrafting drafting;

  ReviseDraftHandler(AgreementDrafting drafting) {
    this.drafting = drafting;
  }

  @Override
  public String taskKey() {
    return Elements.REVISE;
  }

  @Override
  public AgreementStatus stage() {
    return AgreementStatus.DRAFTING;
  }

  @Override
  public void completed(TaskSubmission submission) {
    drafting.submitVersion(
        submission.agreementId(),
        VersionKind.REVISION,
        submission.text(FormFields.CONTENT),
        submission.text(FormFields.VERSION_NOTE),
        submission.actor());
    submission.consume(
        FormFields.CONTENT,
        FormFields.VERSION_NOTE,
        Vars.REVIEW_DECISION,
        Vars.CONSOLIDATION_DECISION);
  }
}
