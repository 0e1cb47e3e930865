package vn.phoihop.campaign;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The server side of one task form of {@code report-campaign}: what the form shows when the task is
 * created, and the check and storing of what it submitted. A refusal throws a {@link
 * vn.phoihop.shared.DomainException}: the task stays open and nothing is written. A recipient's
 * routing fields are declared on its own scope ({@link Recipients#declare}).
 */
interface CampaignTaskForm {

  /** Multi-line fields: narratives, reasons, the consolidated report. */
  int LONG_TEXT = 20_000;

  /** The user task's id ({@link CampaignProcess.Elements}). */
  String taskKey();

  void created(DelegateTask task, ReportCampaign campaign);

  void complete(DelegateTask task, ReportCampaign campaign, String actor);

  /** Removes form fields from the process once they are stored with the campaign. */
  static void consume(DelegateTask task, String... names) {
    for (String name : names) {
      task.removeVariable(name);
    }
  }
}
