package vn.phoihop.agreement;

import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Variables;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.shared.Texts;

/**
 * {@code Task_DecideTermination}: the lead's leader decides on a termination an evaluation
 * proposed.
 */
@Component
class DecideTerminationHandler implements AgreementTaskHandler {

  private final AgreementLifecycle lifecycle;

  DecideTerminationHandler(AgreementLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @Override
  public String taskKey() {
    return Elements.DECIDE_TERMINATION;
  }

  @Override
  public AgreementStatus stage() {
    return AgreementStatus.IN_FORCE;
  }

  @Override
  public void completed(TaskSubmission submission) {
    String decision =
        submission.decision(
            Variables.TERMINATION_DECISION,
            Texts.text("agreement.field.terminationDecision"),
            Vars.TERMINATE,
            Vars.CONTINUE);
    lifecycle.decideTermination(
        submission.agreementId(),
        decision,
        submission.text(FormFields.TERMINATION_DECISION_REASON),
        submission.actor());
    submission.route(Variables.TERMINATION_DECISION, decision);
    submission.consume(FormFields.TERMINATION_DECISION_REASON);
  }
}
