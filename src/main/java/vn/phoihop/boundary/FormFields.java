package vn.phoihop.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The variables a Camunda Form submits: the keys of its input components (and the paths of dynamic
 * lists), without disabled ones, which form-js never submits. Cached per process definition: forms
 * are bound to their deployment, so a definition's forms never change.
 */
final class FormFields {

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

  /** Fields of the task's form; empty if it has none. Runs inside a boundary lookup. */
  Set<String> ofTask(CommandContext context, TaskEntity task) {
    String key = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
    Set<String> known = cache.get(key);
    if (known != null) {
      return known;
    }
    Set<String> fields = read(() -> new GetDeployedTaskFormCmd(task.getId()).execute(context));
    cache.put(key, fields);
    return fields;
  }

  /** Fields of the definition's start form; empty if it has none. */
  Set<String> ofStart(CommandContext context, String processDefinitionId) {
    return cache.computeIfAbsent(
        processDefinitionId + "#start",
        id -> read(() -> new GetDeployedStartFormCmd(processDefinitionId).execute(context)));
  }

  private Set<String> read(FormSource source) {
    try (InputStream in = source.open()) {
      Set<String> fields = new HashSet<>();
      collect(json.readTree(in).path("components"), fields);
      return Set.copyOf(fields);
    } catch (ProcessEngineException e) {
      return Set.of(); // no Camunda Form (the engine says so): nothing may be submitted
    } catch (IOException e) {
      throw new IllegalStateException("A deployed form cannot be read", e);
    }
  }

  private static void collect(JsonNode components, Set<String> fields) {
    for (JsonNode component : components) {
      boolean disabled = component.path("disabled").asBoolean(false);
      if (!disabled && component.hasNonNull("key")) {
        fields.add(component.get("key").asText());
      }
      if (!disabled && component.hasNonNull("path")) {
        fields.add(component.get("path").asText().split("\\.")[0]);
      }
      collect(component.path("components"), fields);
    }
  }

  @FunctionalInterface
  private interface FormSource {
    InputStream open() throws IOException;
  }
}
