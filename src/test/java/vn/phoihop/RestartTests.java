package vn.phoihop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its data in an H2 file: a running instance survives a restart. */
class RestartTests {

  @TempDir Path dataDir;

  @Test
  void runningInstanceAndDomainDataSurviveARestart() {
    String url =
        "jdbc:h2:file:" + dataDir.resolve("phoihop").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    String instanceId;
    try (ConfigurableApplicationContext first = start(url)) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      engine
          .getRepositoryService()
          .createDeployment()
          .name("restart-tests")
          .addClasspathResource("test-processes/agency-task.bpmn")
          .deploy();
      instanceId =
          engine
              .getRuntimeService()
              .startProcessInstanceByKey(
                  "test-agency-task", "RESTART-1", Map.of("agency", "QLTT-TNI"))
              .getId();
    }
    assertThat(Files.exists(dataDir.resolve("phoihop.mv.db"))).isTrue();

    try (ConfigurableApplicationContext second = start(url)) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      var instance =
          engine
              .getRuntimeService()
              .createProcessInstanceQuery()
              .processInstanceId(instanceId)
              .singleResult();
      assertThat(instance).isNotNull();
      assertThat(instance.getBusinessKey()).isEqualTo("RESTART-1");
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId).count())
          .isEqualTo(1);
      // Timers of the task (reminder, escalation) are still scheduled.
      assertThat(
              engine
                  .getManagementService()
                  .createJobQuery()
                  .processInstanceId(instanceId)
                  .timers()
                  .count())
          .isEqualTo(2);
    }
  }

  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(PhoiHopApplication.class)
        .run(
            "--spring.profiles.active=test",
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=sa",
            "--spring.datasource.password=",
            // No web server: the webapps keep static state that a closed context would leave
            // pointing at itself for the tests that run after this one.
            "--spring.main.web-application-type=none",
            "--spring.autoconfigure.exclude="
                + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
            "--camunda.bpm.job-execution.enabled=false",
            // Its own engine name: closing it must not unregister the shared test contexts' engine.
            "--camunda.bpm.generate-unique-process-engine-name=true");
  }
}
