package vn.phoihop.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds a built-in {@code create} listener to every user task of every model as it is parsed, so it
 * runs for each task whatever listeners the model declares (and when custom listeners are skipped).
 */
final class UserTaskListeners {

  private UserTaskListeners() {}

  static void onCreate(ProcessEngineConfigurationImpl configuration, TaskListener listener) {
    BpmnParseListener userTasks =
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
              userTask
                  .getTaskDefinition()
                  .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            }
          }
        };
    List<BpmnParseListener> listeners =
        configuration.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(userTasks);
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
