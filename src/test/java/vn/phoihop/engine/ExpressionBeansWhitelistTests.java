package vn.phoihop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * The engine of the running application resolves the listed expression beans and no other bean:
 * {@code test-processes/expression-beans.bpmn} names a listed bean ({@code groups}) and two beans
 * that exist in the context but are not listed ({@code agencyRegistry}, {@code identityService}).
 */
@PhoiHopIntegrationTest
class ExpressionBeansWhitelistTests {

  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ApplicationContext context;

  private String deploymentId;

  @BeforeEach
  void deploy() {
    deploymentId =
        repositoryService
            .createDeployment()
            .name("expression-beans-whitelist-tests")
            .addClasspathResource("test-processes/expression-beans.bpmn")
            .deploy()
            .getId();
  }

  @AfterEach
  void undeploy() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void aListedBeanResolves() {
    ProcessInstance instance =
        runtimeService.startProcessInstanceByKey("test-listed-bean", Map.of("agency", "QLTT-TNI"));
    assertThat(runtimeService.getVariable(instance.getId(), "group")).isEqualTo("QLTT-TNI.staff");
  }

  @ParameterizedTest
  @CsvSource({
    "test-unlisted-delegate, agencyRegistry",
    "test-unlisted-expression, identityService"
  })
  void aBeanThatIsNotListedIsAnUnknownProperty(String processKey, String bean) {
    assertThat(context.containsBean(bean)).as("the bean exists in the application").isTrue();
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(processKey))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Unknown property used in expression")
        .hasMessageContaining("Cannot resolve identifier '" + bean + "'");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey).count())
        .isZero();
  }
}
