package vn.phoihop.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
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
    BpmnParseListener userTasks =
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
              userTask
                  .getTaskDefinition()
                  .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, created);
            }
          }
        };
    List<BpmnParseListener> listeners =
        configuration.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(userTasks);
    configuration.setCustomPostBPMNParseListeners(listeners);

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
