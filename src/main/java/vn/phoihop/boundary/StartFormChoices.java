package vn.phoihop.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import vn.phoihop.engine.StartFormOptions.Option;

/**
 * Hands a start form the choices its feature declares ({@link vn.phoihop.engine.StartFormOptions}),
 * current at that moment: as JSON variables of the start form ({@code GET
 * process-definition/{id}/form-variables}) and, since Tasklist 7.24 loads no variables for a
 * Camunda Forms start form, written into the form as it is handed out ({@code
 * deployed-start-form}): each select or tag list whose {@code valuesKey} names a declared list gets
 * that list as its static {@code values}. Nothing else in the form or the result changes; a process
 * without declared choices gets its form and variables as stored.
 */
final class StartFormChoices {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Function<String, Map<String, List<Option>>> optionsByProcessKey;
  private final Function<String, String> processKeyOfDefinition;

  StartFormChoices(
      Function<String, Map<String, List<Option>>> optionsByProcessKey,
      Function<String, String> processKeyOfDefinition) {
    this.optionsByProcessKey = optionsByProcessKey;
    this.processKeyOfDefinition = processKeyOfDefinition;
  }

  /** The command's result, with the declared choices added where the command is a start form's. */
  @SuppressWarnings("unchecked")
  <T> T enrich(Command<T> command, T result) {
    if (command instanceof GetStartFormVariablesCmd variablesCmd
        && result instanceof VariableMap variables) {
      Map<String, List<Option>> options = optionsOf(variablesCmd.resourceId);
      options.forEach(
          (key, list) -> {
            if (variablesCmd.formVariableNames == null
                || variablesCmd.formVariableNames.contains(key)) {
              variables.putValueTyped(
                  key,
                  Variables.serializedObjectValue(json(list))
                      .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                      .objectTypeName("java.util.ArrayList")
                      .create());
            }
          });
      return result;
    }
    if (command instanceof GetDeployedStartFormCmd && result instanceof InputStream form) {
      String definitionId = CommandFields.get(command, "processDefinitionId");
      Map<String, List<Option>> options = optionsOf(definitionId);
      if (options.isEmpty()) {
        return result;
      }
      return (T) withValues(form, options);
    }
    return result;
  }

  private Map<String, List<Option>> optionsOf(String definitionId) {
    if (definitionId == null) {
      return Map.of();
    }
    String key = processKeyOfDefinition.apply(definitionId);
    Map<String, List<Option>> options = key == null ? null : optionsByProcessKey.apply(key);
    return options == null ? Map.of() : options;
  }

  /** The form with each {@code valuesKey} that names a declared list replaced by that list. */
  static InputStream withValues(InputStream form, Map<String, List<Option>> options) {
    try (InputStream in = form) {
      byte[] bytes = in.readAllBytes();
      JsonNode schema;
      try {
        schema = JSON.readTree(bytes);
      } catch (IOException notJson) {
        return new ByteArrayInputStream(bytes); // an embedded HTML form: as stored
      }
      if (schema == null || !schema.isObject()) {
        return new ByteArrayInputStream(bytes);
      }
      replace(schema, options);
      return new ByteArrayInputStream(JSON.writeValueAsBytes(schema));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void replace(JsonNode node, Map<String, List<Option>> options) {
    JsonNode components = node.path("components");
    if (!components.isArray()) {
      return;
    }
    for (JsonNode component : components) {
      if (component instanceof ObjectNode object && component.hasNonNull("valuesKey")) {
        List<Option> list = options.get(component.get("valuesKey").asText());
        if (list != null) {
          object.remove("valuesKey");
          ArrayNode values = object.putArray("values");
          list.forEach(o -> values.addObject().put("label", o.label()).put("value", o.value()));
        }
      }
      replace(component, options);
    }
  }

  private static String json(List<Option> list) {
    ArrayNode values = JSON.createArrayNode();
    list.forEach(o -> values.addObject().put("label", o.label()).put("value", o.value()));
    return values.toString();
  }

  /** The key of a deployed process definition, read inside a command. */
  static String processKey(ProcessDefinitionEntity definition) {
    return definition == null ? null : definition.getKey();
  }
}
