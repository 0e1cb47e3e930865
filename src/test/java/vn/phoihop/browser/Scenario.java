package vn.phoihop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the browser scenarios share: the application's port and demo password, the API as a user (to
 * find what the browser created and check what was stored), and the engine's async jobs, which the
 * job executor would run in production (it is off in tests).
 */
abstract class Scenario {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  @Value("${phoihop.demo.password}")
  String password;

  Browser browser(String scenario, String language) {
    return Browser.open(port, scenario, language);
  }

  Tasklist tasklist(Browser browser, String userId) {
    return Tasklist.login(browser, userId, password);
  }

  TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, password);
  }

  JsonNode get(String userId, String path) {
    JsonNode body = as(userId).getForObject(path, JsonNode.class);
    assertThat(body).as(path).isNotNull();
    return body;
  }

  /** The code of the agreement titled {@code title}, once the browser's start created it. */
  String agreementCode(String title) {
    return jdbc
        .queryForList("select code from agreement where title = ?", String.class, title)
        .stream()
        .findFirst()
        .orElse(null);
  }

  /** The open task {@code key} of the instance whose business key is {@code code}. */
  Task task(String code, String key) {
    runJobs(code);
    List<Task> open =
        tasks.createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey(key).list();
    assertThat(open).as(code + " " + key).hasSize(1);
    return open.get(0);
  }

  /** Runs the instance's due async continuations, as the job executor would. */
  void runJobs(String code) {
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).list().stream()
        .forEach(
            instance -> {
              List<Job> due;
              while (!(due =
                      management
                          .createJobQuery()
                          .processInstanceId(instance.getId())
                          .messages()
                          .list())
                  .isEmpty()) {
                due.forEach(job -> management.executeJob(job.getId()));
              }
            });
  }
}
