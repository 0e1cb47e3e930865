package vn.phoihop.agreement;

import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Variables;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.shared.Texts;

/** {@code Task_ReviewDraft}: the lead's leader sends the draft to consultation or returns it. */
@Component
class ReviewDraftHandler implements AgreementTaskHandler {

  private final AgreementDrafting drafting;

  ReviewDraftHandler(AgreementDrafting drafting) {
    this.drafting = drafting;
  }

  @Override
  public String taskKey() {
    return Elements.REVIEW;
  }

  @Override
  public AgreementStatus stage() {
    return AgreementStatus.IN_REVIEW;
  }

  @Override
  public void completed(TaskSubmission submission) {
    String decision =
        submission.decision(
            Variables.REVIEW_DECISION,
            Texts.text("agreement.field.reviewDecision"),
            Vars.CONSULT,
            Vars.RETURN);
    drafting.review(
        submission.agreementId(),
        decision,
        submission.text(FormFields.REVIEW_REASON),
        submission.actor());
    submission.route(Variables.REVIEW_DECISION, decision);
    submission.consume(FormFields.REVIEW_REASON);
  }
}
