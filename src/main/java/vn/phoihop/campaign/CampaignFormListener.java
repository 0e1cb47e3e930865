package vn.phoihop.campaign;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.phoihop.campaign.CampaignProcess.Variables;
import vn.phoihop.shared.SystemEngine;

/**
 * The {@code create} and {@code complete} listener of every user task of {@code report-campaign}:
 * hands the task to the {@link CampaignTaskForm} that declares its key.
 */
@Component("campaignFormListener")
class CampaignFormListener implements TaskListener {

  private final Map<String, CampaignTaskForm> forms;
  private final CampaignService service;
  private final IdentityService identityService;

  CampaignFormListener(
      List<CampaignTaskForm> forms, CampaignService service, IdentityService identityService) {
    this.forms =
        forms.stream()
            .collect(Collectors.toUnmodifiableMap(CampaignTaskForm::taskKey, Function.identity()));
    this.service = service;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean created = EVENTNAME_CREATE.equals(task.getEventName());
    if (!created && !EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    CampaignTaskForm form = forms.get(task.getTaskDefinitionKey());
    if (form == null) {
      throw new IllegalStateException("No form handling for task " + task.getTaskDefinitionKey());
    }
    ReportCampaign campaign = service.get(Variables.CAMPAIGN_ID.get(task));
    if (created) {
      form.created(task, campaign);
    } else {
      form.complete(task, campaign, actor(task));
    }
  }

  private String actor(DelegateTask task) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : SystemEngine.ACTOR;
  }
}
