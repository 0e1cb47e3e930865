package vn.phoihop.campaign;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.campaign.CampaignProcess.Vars;
import vn.phoihop.engine.SystemVariables;

/**
 * Variables of {@link CampaignProcess report-campaign} that only PhoiHop sets: who asks whom, the
 * kind and the deadline in force, and what the forms' headers show. A client writing one of them
 * (moving the deadline, adding a recipient) is refused by the engine boundary.
 */
@Component
class CampaignSystemVariables implements SystemVariables {

  @Override
  public String processKey() {
    return CampaignProcess.KEY;
  }

  @Override
  public Set<String> names() {
    return Set.of(
        Vars.CAMPAIGN_ID,
        Vars.CAMPAIGN_CODE,
        Vars.REQUESTER,
        Vars.RECIPIENTS,
        Vars.RECIPIENT,
        Vars.REPORT_KIND,
        Vars.SUBMISSION_DEADLINE,
        Vars.CAMPAIGN_TITLE,
        Vars.PERIOD_LABEL,
        Vars.REQUESTER_NAME,
        Vars.DEADLINE_LABEL,
        Vars.RECIPIENT_NAME,
        Vars.RETURNED_REASON,
        Vars.SUBMITTED_LABEL,
        Vars.MISSING_NAMES,
        Vars.REPORT_SUMMARY,
        Vars.TOTALS_SUMMARY,
        Vars.INITIATOR,
        Vars.RECIPIENT_OPTIONS);
  }
}
