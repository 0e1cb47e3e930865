package vn.phoihop.agreement;

import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Elements;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Variables;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.shared.Texts;

/**
 * {@code Task_ConsolidateComments}: the lead's staff consolidates the answers: revise, or go to
 * approval.
 */
@Component
class ConsolidateCommentsHandler implements AgreementTaskHandler {

  private final AgreementDrafting drafting;

  ConsolidateCommentsHandler(AgreementDrafting drafting) {
    this.drafting = drafting;
  }

  @Override
  public String taskKey() {
    return Elements.CONSOLIDATE;
  }

  @Override
  public AgreementStatus stage() {
    return AgreementStatus.CONSOLIDATING;
  }

  @Override
  public void completed(TaskSubmission submission) {
    String decision =
        submission.decision(
            Variables.CONSOLIDATION_DECISION,
            Texts.text("agreement.field.consolidationDecision"),
            Vars.REVISE,
            Vars.APPROVE);
    drafting.consolidate(
        submission.agreementId(),
        decision,
        submission.text(FormFields.CONSOLIDATION_NOTE),
        submission.actor());
    submission.route(Variables.CONSOLIDATION_DECISION, decision);
    submission.consume(FormFields.CONSOLIDATION_NOTE);
  }
}
