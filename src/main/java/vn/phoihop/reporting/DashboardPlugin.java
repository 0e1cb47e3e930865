package vn.phoihop.reporting;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The managers' dashboard as a Tasklist plugin, found by Camunda's {@code ServiceLoader} ({@code
 * META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin}): leaders have Tasklist but
 * no Cockpit, so the dashboard's data lives in Tasklist's own API ({@link DashboardResource},
 * behind the webapps' session filters) and its frontend {@code plugin-webapp/phoihop-dashboard/app/
 * plugin.js} puts the link to the page ({@code /dashboard/}) in Tasklist's header ({@code
 * tasklist.navbar.action}).
 */
public class DashboardPlugin extends AbstractTasklistPlugin {

  public static final String ID = "phoihop-dashboard";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(DashboardResource.class);
  }
}
