package vn.phoihop.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.phoihop.PhoiHopIntegrationTest;

/** The form router and its handlers against the model: one handler for every form, no other. */
@PhoiHopIntegrationTest
class AgreementFormListenerTests {

  @Autowired AgreementFormListener listener;

  @Test
  void everyTaskNamingTheListenerHasExactlyOneHandlerAndNoHandlerServesAnotherTask() {
    Set<String> tasksNamingTheListener = new HashSet<>();
    for (UserTask task :
        Bpmn.readModelFromFile(new File("bpmn/coordination-agreement.bpmn"))
            .getModelElementsByType(UserTask.class)) {
      if (task.getExtensionElements() != null
          && task
              .getExtensionElements()
              .getElementsQuery()
              .filterByType(CamundaTaskListener.class)
              .list()
              .stream()
              .anyMatch(l -> "${agreementFormListener}".equals(l.getCamundaDelegateExpression()))) {
        tasksNamingTheListener.add(task.getId());
      }
    }
    assertThat(tasksNamingTheListener).isNotEmpty();
    assertThat(listener.taskKeys()).containsExactlyInAnyOrderElementsOf(tasksNamingTheListener);
  }
}
