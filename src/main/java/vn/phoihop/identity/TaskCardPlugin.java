package vn.phoihop.identity;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * What a task card in Tasklist shows ({@link AccessBootstrap#CARD_VARIABLES}: the case's code and
 * title) is copied onto each user task as a task-local variable when the task is created. Tasklist
 * reads card variables with the engine's variable query, which lets a user see a task's own
 * variables when they may read the task, but an instance's variables only with a grant on the whole
 * instance — which staff, leaders and liaisons do not have (they work through their tasks). Without
 * the copy their cards would show no code and no title.
 */
@Component
class TaskCardPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTaskListeners.onCreate(configuration, TaskCardPlugin::copyCardVariables);
  }

  static void copyCardVariables(DelegateTask task) {
    for (Map<String, String> variable : AccessBootstrap.CARD_VARIABLES) {
      String name = variable.get("name");
      Object value = task.getExecution() == null ? null : task.getExecution().getVariable(name);
      if (value instanceof String text && !text.isBlank()) {
        task.setVariableLocal(name, text);
      }
    }
  }
}
