package vn.phoihop.campaign;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.engine.SystemVariables;

/**
 * The BCĐ 389 period timer's process ({@link CampaignProcess.PeriodCampaigns}) reads no variable:
 * its one task computes the window from the day it runs. None is a client's to set either.
 */
@Component
class PeriodCampaignsSystemVariables implements SystemVariables {

  @Override
  public String processKey() {
    return CampaignProcess.PeriodCampaigns.KEY;
  }

  @Override
  public Set<String> names() {
    return Set.of();
  }
}
