package vn.phoihop.campaign;

import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.phoihop.campaign.CampaignProcess.Variables;

/** What a recipient's task shows about whom it is for, kept on the recipient's own scope. */
final class Recipients {

  private Recipients() {}

  static void showHeader(DelegateTask task, CampaignService service) {
    String recipient = Variables.RECIPIENT.get(task);
    Variables.RECIPIENT_NAME.setLocal(task.getExecution(), service.agencyName(recipient));
    if (Variables.RETURNED_REASON.find(task).isEmpty()) {
      Variables.RETURNED_REASON.setLocal(task.getExecution(), null);
    }
  }
}
