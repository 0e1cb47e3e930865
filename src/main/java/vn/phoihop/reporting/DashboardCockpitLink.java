package vn.phoihop.reporting;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The link to the managers' dashboard in Cockpit's header ({@code cockpit.navigation}), a Cockpit
 * plugin with no data of its own ({@code
 * META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}): its {@code
 * plugin-webapp/phoihop-dashboard-link/app/plugin.js} reads the link's label from {@link
 * DashboardResource}.
 */
public class DashboardCockpitLink extends AbstractCockpitPlugin {

  public static final String ID = "phoihop-dashboard-link";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(DashboardCockpitLinkResource.class);
  }
}
