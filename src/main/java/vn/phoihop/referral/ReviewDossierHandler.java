package vn.phoihop.referral;

import static vn.phoihop.referral.ReferralTaskHandler.text;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.phoihop.referral.ReferralProcess.Elements;
import vn.phoihop.referral.ReferralProcess.FormFields;
import vn.phoihop.referral.ReferralProcess.Vars;

/** {@code Task_ReviewDossier}: the team leader approves the dossier or returns it. */
@Component
class ReviewDossierHandler implements ReferralTaskHandler {

  private final ReferralDecisions decisions;

  ReviewDossierHandler(ReferralDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public String taskKey() {
    return Elements.REVIEW_DOSSIER;
  }

  @Override
  public void completed(DelegateTask task, long referralId, String actor) {
    decisions.review(
        referralId, text(task, Vars.REVIEW_OUTCOME), text(task, FormFields.REVIEW_REASON), actor);
    ReferralTaskHandler.removeFields(task, List.of(FormFields.REVIEW_REASON));
  }
}
