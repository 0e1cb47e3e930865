package vn.phoihop.registry;

import java.util.Set;
import org.camunda.bpm.admin.plugin.spi.impl.AbstractAdminPlugin;

/**
 * The Admin webapp plugin, found by Camunda's {@code ServiceLoader} ({@code
 * META-INF/services/org.camunda.bpm.admin.plugin.spi.AdminPlugin}): its frontend {@code
 * plugin-webapp/registry/app/plugin.js} adds "Danh mục đơn vị" to the System settings (and so to
 * the Admin dashboard's System section); its data and changes go through {@link
 * RegistryAdminResource}.
 */
public class RegistryAdminPlugin extends AbstractAdminPlugin {

  public static final String ID = "registry";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(RegistryAdminResource.class);
  }
}
