package vn.phoihop.agreement;

import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Variables;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.shared.Texts;

/**
 * {@code Task_FinalReview}: at the end of the term the lead's leader renews the agreement or lets
 * it expire.
 */
@Component
class FinalReviewHandler implements AgreementTaskHandler {

  private final AgreementRenewal renewal;

  FinalReviewHandler(AgreementRenewal renewal) {
    this.renewal = renewal;
  }

  @Override
  public String taskKey() {
    return Elements.FINAL_REVIEW;
  }

  @Override
  public AgreementStatus stage() {
    return AgreementStatus.FINAL_REVIEW;
  }

  @Override
  public void completed(TaskSubmission submission) {
    String decision =
        submission.decision(
            Variables.FINAL_REVIEW_DECISION,
            Texts.text("agreement.field.finalReviewDecision"),
            Vars.RENEW,
            Vars.EXPIRE);
    renewal.finalReview(
        submission.agreementId(),
        decision,
        submission.text(FormFields.FINAL_REVIEW_REASON),
        submission.actor());
    submission.route(Variables.FINAL_REVIEW_DECISION, decision);
    submission.consume(FormFields.FINAL_REVIEW_REASON);
  }
}
