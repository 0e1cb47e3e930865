package vn.phoihop.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine side of the province rule for managers: memberships of the manager groups follow the
 * {@code *.manager} groups ({@link ManagerMembershipsProvider}). Also refuses to start without
 * historic instance permissions, which the history grants need.
 */
@Component
class ManagerAccessPlugin implements ProcessEnginePlugin {

  private final ObjectProvider<ManagerScopes> scopes;

  ManagerAccessPlugin(ObjectProvider<ManagerScopes> scopes) {
    this.scopes = scopes;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getIdentityProviderSessionFactory() != null) {
      throw new IllegalStateException(
          "Another identity provider is configured: manager-group memberships cannot be kept.");
    }
    configuration.setIdentityProviderSessionFactory(
        new ManagerMembershipsProvider.Factory(scopes::getObject));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!configuration.isEnableHistoricInstancePermissions()) {
      throw new IllegalStateException(
          "camunda.bpm.generic-properties.properties.enable-historic-instance-permissions must be"
              + " true: province managers read history through per-instance grants.");
    }
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {}
}
