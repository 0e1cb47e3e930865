package vn.phoihop.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine side of the province rule for managers: every user task of every model reports its
 * creation to {@link InstanceAccess} (a built-in {@code create} listener, added when the model is
 * parsed, so that it also runs when custom listeners are skipped), and memberships of the manager
 * groups follow the {@code *.manager} groups ({@link ManagerMembershipsProvider}). Also refuses to
 * start without historic instance permissions, which the history grants need.
 */
@Component
class ManagerAccessPlugin implements ProcessEnginePlugin {

  private final ObjectProvider<InstanceAccess> instanceAccess;
  private final ObjectProvider<ManagerScopes> scopes;

  ManagerAccessPlugin(
      ObjectProvider<InstanceAccess> instanceAccess, ObjectProvider<ManagerScopes> scopes) {
    this.instanceAccess = instanceAccess;
    this.scopes = scopes;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener created =
        task -> instanceAccess.getObject().taskCreated(task.getId(), task.getProcessInstanceId());
    UserTaskListeners.onCreate(configuration, created);

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
