package vn.phoihop.reporting;

import jakarta.ws.rs.Path;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * The root resource of {@link DashboardCockpitLink}: it has no data of its own and only serves the
 * plugin's {@code static/app/plugin.js} (Camunda's webapps serve a plugin's files through its root
 * resource).
 */
@Path("plugin/" + DashboardCockpitLink.ID)
public class DashboardCockpitLinkResource extends AbstractCockpitPluginRootResource {

  public DashboardCockpitLinkResource() {
    super(DashboardCockpitLink.ID);
  }
}
