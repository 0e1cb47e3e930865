package vn.phoihop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Deploys every file under bpmn/ and forms/ into a fresh engine of its own (no Spring), and checks
 * what the linter cannot: history TTL, form references and bindings, form ids.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelDeploymentTests {

  private static final Path BPMN = Path.of("bpmn");
  private static final Path FORMS = Path.of("forms");

  private ProcessEngine engine;
  private List<Path> models;
  private List<Path> forms;

  @BeforeAll
  void freshEngine() throws IOException {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl(
        "jdbc:h2:mem:model-deployment-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEngineName("model-deployment-tests");
    engine = configuration.buildProcessEngine();
    models = files(BPMN, ".bpmn", ".dmn");
    forms = files(FORMS, ".form");
  }

  @AfterAll
  void closeEngine() {
    engine.close();
  }

  @Test
  void everyModelAndFormDeploysInOneDeployment() throws IOException {
    assertThat(models).as("models in bpmn/").isNotEmpty();
    DeploymentBuilder deployment =
        engine.getRepositoryService().createDeployment().name("all-models");
    for (Path file : concat(models, forms)) {
      try (InputStream in = Files.newInputStream(file)) {
        deployment.addInputStream(file.getFileName().toString(), in);
      }
    }
    String id = deployment.deploy().getId();
    assertThat(engine.getRepositoryService().getDeploymentResourceNames(id))
        .hasSize(models.size() + forms.size());
    List<ProcessDefinition> processes =
        engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(id).list();
    for (ProcessDefinition definition : processes) {
      assertThat(definition.getHistoryTimeToLive())
          .as("TTL of " + definition.getKey())
          .isNotNull()
          .isPositive();
      Path file = BPMN.resolve(definition.getKey() + ".bpmn");
      assertThat(file).as("process id equals its file name").exists();
    }
  }

  @Test
  void everyFormHasAnIdAndTheCurrentSchema() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    for (Path form : forms) {
      JsonNode schema = json.readTree(form.toFile());
      String formId = schema.path("id").asText("");
      assertThat(formId).as("id of " + form).isNotBlank();
      assertThat(ids.add(formId)).as("form id " + formId + " is unique").isTrue();
      assertThat(schema.path("type").asText()).as("type of " + form).isEqualTo("default");
      assertThat(form.getFileName().toString()).isEqualTo(formId + ".form");
      assertThat(json.writeValueAsString(schema))
          .as(form + " has no file picker")
          .doesNotContain("\"filepicker\"");
      // form-js 1.8.7's FEEL does not unescape "\n" in string literals: Tasklist would show it as
      // is.
      schema
          .findValuesAsText("text")
          .forEach(
              text ->
                  assertThat(text)
                      .as("text of " + form)
                      .satisfiesAnyOf(
                          t -> assertThat(t).doesNotStartWith("="),
                          t -> assertThat(t).doesNotContain("\\n")));
    }
  }

  @Test
  void everyUserTaskAndStartFormReferencesADeployedFormWithDeploymentBinding() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> formIds = new HashSet<>();
    for (Path form : forms) {
      formIds.add(json.readTree(form.toFile()).path("id").asText());
    }
    for (Path file : models) {
      if (!file.toString().endsWith(".bpmn")) {
        continue;
      }
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String where = file.getFileName() + "#" + task.getId();
        assertThat(task.getName()).as("name of " + where).isNotBlank();
        assertThat(task.getCamundaFormRef()).as("formRef of " + where).isIn(formIds);
        assertThat(task.getCamundaFormRefBinding())
            .as("binding of " + where)
            .isEqualTo("deployment");
        assertThat(task.getCamundaCandidateGroups() != null || task.getCamundaAssignee() != null)
            .as("candidate group or assignee of " + where)
            .isTrue();
        assertThat(task.getCamundaDueDate()).as("due date of " + where).contains("deadlines.");
      }
      for (Process process : model.getModelElementsByType(Process.class)) {
        assertThat(process.getCamundaHistoryTimeToLiveString())
            .as("TTL of " + process.getId())
            .isNotBlank();
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          assertThat(start.getCamundaFormRef()).isIn(formIds);
          assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
        }
      }
    }
  }

  @Test
  void userTaskIdsAreUniqueAcrossModelsBecauseTheDeadlinePolicyIsKeyedByThem() {
    Set<String> seen = new HashSet<>();
    for (Path file : models) {
      if (!file.toString().endsWith(".bpmn")) {
        continue;
      }
      for (UserTask task :
          Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
        assertThat(seen.add(task.getId()))
            .as(task.getId() + " in " + file.getFileName() + " is used by another model")
            .isTrue();
      }
    }
  }

  private static List<Path> files(Path dir, String... suffixes) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> Stream.of(suffixes).anyMatch(s -> p.toString().endsWith(s)))
          .sorted()
          .toList();
    }
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
