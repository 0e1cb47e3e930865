package vn.phoihop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.phoihop.PhoiHopIntegrationTest;

/** Every API call is authenticated, and the engine's authorizations apply to the caller. */
@PhoiHopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiSecurityTests {

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Value("${phoihop.demo.password}")
  String password;

  Deployment deployment;
  Task tayNinhTask;
  Task giaLaiTask;

  @BeforeAll
  void startOneTaskPerAgency() {
    deployment =
        repositoryService
            .createDeployment()
            .name("api-security-tests")
            .addClasspathResource("test-processes/agency-task.bpmn")
            .deploy();
    String tn =
        runtimeService
            .startProcessInstanceByKey("test-agency-task", Map.of("agency", "QLTT-TNI"))
            .getId();
    String gl =
        runtimeService
            .startProcessInstanceByKey("test-agency-task", Map.of("agency", "QLTT-GLA"))
            .getId();
    tayNinhTask = taskService.createTaskQuery().processInstanceId(tn).singleResult();
    giaLaiTask = taskService.createTaskQuery().processInstanceId(gl).singleResult();
  }

  @AfterAll
  void removeDeployment() {
    repositoryService.deleteDeployment(deployment.getId(), true);
  }

  @Test
  void anonymousCallsAreRefusedWithAProblemBody() {
    for (String path : List.of("/engine-rest/task", "/api/v1/agencies", "/api/v1/notifications")) {
      ResponseEntity<JsonNode> response = rest.getForEntity(path, JsonNode.class);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
      assertThat(response.getBody().get("title").asText()).isEqualTo("Unauthorized");
    }
  }

  @Test
  void wrongPasswordIsRefused() {
    // A user no other test logs in with: failed logins throttle the account for a few seconds.
    ResponseEntity<String> response =
        rest.withBasicAuth("canbo.bcd389qg", "not-the-password")
            .getForEntity("/engine-rest/task", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void demoUserIsAuthenticated() {
    assertThat(
            asUser("canbo.qltttni").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            asUser("canbo.qltttni").getForEntity("/api/v1/agencies", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void staffSeesOnlyTheTasksOfTheirOwnAgency() {
    JsonNode tasks =
        asUser("canbo.qltttni")
            .getForObject(
                "/engine-rest/task?processDefinitionKey=test-agency-task", JsonNode.class);
    List<String> ids = tasks.findValuesAsText("id");
    assertThat(ids).contains(tayNinhTask.getId()).doesNotContain(giaLaiTask.getId());

    JsonNode other =
        asUser("canbo.qlttgla")
            .getForObject(
                "/engine-rest/task?processDefinitionKey=test-agency-task", JsonNode.class);
    assertThat(other.findValuesAsText("id"))
        .contains(giaLaiTask.getId())
        .doesNotContain(tayNinhTask.getId());
  }

  @Test
  void staffCannotReadOrCompleteAnotherAgencysTask() {
    ResponseEntity<String> read =
        asUser("canbo.qltttni")
            .getForEntity("/engine-rest/task/" + giaLaiTask.getId(), String.class);
    assertThat(read.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> complete =
        asUser("canbo.qltttni")
            .exchange(
                "/engine-rest/task/" + giaLaiTask.getId() + "/complete",
                HttpMethod.POST,
                new HttpEntity<>("{}", headers),
                String.class);
    assertThat(complete.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(taskService.createTaskQuery().taskId(giaLaiTask.getId()).count()).isEqualTo(1);
  }

  @Test
  void staffCannotListProcessInstancesOfOthers() {
    JsonNode instances =
        asUser("canbo.qltttni")
            .getForObject(
                "/engine-rest/process-instance?processDefinitionKey=test-agency-task",
                JsonNode.class);
    assertThat(instances).isEmpty();
  }

  @Test
  void metricsAreForManagersOnly() {
    assertThat(rest.getForEntity("/actuator/health", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(
            asUser("canbo.qltttni").getForEntity("/actuator/metrics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            asUser("quanly.qltttni")
                .getForEntity("/actuator/metrics", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private TestRestTemplate asUser(String userId) {
    return rest.withBasicAuth(userId, password);
  }
}
