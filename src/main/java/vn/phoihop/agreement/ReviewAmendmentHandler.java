package vn.phoihop.agreement;

import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Variables;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.shared.Texts;

/** {@code Task_ReviewAmendment}: the lead's leader approves the amended text or rejects it. */
@Component
class ReviewAmendmentHandler implements AgreementTaskHandler {

  private final AgreementLifecycle lifecycle;

  ReviewAmendmentHandler(AgreementLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public String taskKey() {
    return Elements.REVIEW_AMENDMENT;
  }

  @Override
  public AgreementStatus stage() {
    return AgreementStatus.AMENDING;
  }

  @Override
  public void completed(TaskSubmission submission) {
    String decision =
        submission.decision(
            Variables.AMENDMENT_DECISION,
            Texts.text("agreement.field.amendmentDecision"),
            Vars.APPROVE,
            Vars.REJECT);
    lifecycle.reviewAmendment(
        submission.agreementId(),
        decision,
        submission.text(FormFields.AMENDMENT_REASON),
        submission.actor());
    submission.route(Variables.AMENDMENT_DECISION, decision);
    submission.consume(FormFields.AMENDMENT_REASON);
  }
}
