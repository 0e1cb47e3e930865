package vn.phoihop.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import vn.phoihop.shared.Texts;

/**
 * The variables a client's command writes, and the rules every write obeys, whoever the client: no
 * variable that PhoiHop sets itself, only plain values (text, numbers, dates, booleans, valid JSON)
 * — never a Java object, whose class the engine would instantiate when it is read.
 */
final class ClientVariables {

  /** Value types a client may send; files and bytes only administrators. */
  private static final Set<String> PLAIN_TYPES =
      Set.of("null", "string", "boolean", "short", "integer", "long", "double", "date", "json");

  private static final Set<String> ADMIN_TYPES = Set.of("file", "bytes");

  private final ObjectMapper json = new ObjectMapper();

  /** Names written (with their values; a removal maps to nothing) by the command, in order. */
  static Map<String, Object> written(Command<?> command) {
    Map<String, Object> written = new LinkedHashMap<>();
    if (command instanceof CompleteTaskCmd) {
      putAll(written, CommandFields.get(command, "variables"));
    } else if (command instanceof SubmitTaskFormCmd) {
      putAll(written, CommandFields.get(command, "properties"));
    } else if (command instanceof AbstractSetVariableCmd) {
      putAll(written, CommandFields.get(command, "variables"));
    } else if (command instanceof AbstractPatchVariablesCmd) {
      putAll(written, CommandFields.get(command, "variables"));
      removals(written, CommandFields.get(command, "deletions"));
    } else if (command instanceof AbstractRemoveVariableCmd) {
      removals(written, CommandFields.get(command, "variableNames"));
    } else if (command instanceof StartProcessInstanceCmd
        || command instanceof StartProcessInstanceAtActivitiesCmd) {
      ProcessInstantiationBuilderImpl builder = CommandFields.get(command, "instantiationBuilder");
      putAll(written, builder.getVariables());
    } else if (command instanceof SubmitStartFormCmd) {
      putAll(written, CommandFields.get(command, "variables"));
    } else if (command instanceof AbstractCorrelateMessageCmd) {
      MessageCorrelationBuilderImpl builder = CommandFields.get(command, "builder");
      putAll(written, builder.getPayloadProcessInstanceVariables());
      putAll(written, builder.getPayloadProcessInstanceVariablesLocal());
      putAll(written, builder.getPayloadProcessInstanceVariablesToTriggeredScope());
    } else if (command instanceof SignalEventReceivedCmd) {
      SignalEventReceivedBuilderImpl builder = CommandFields.get(command, "builder");
      putAll(written, builder.getVariables());
    } else if (command instanceof SignalCmd) {
      putAll(written, CommandFields.get(command, "processVariables"));
    }
    return written;
  }

  /** The business key a start carries, if the command is a start. */
  static String businessKey(Command<?> command) {
    if (command instanceof StartProcessInstanceCmd
        || command instanceof StartProcessInstanceAtActivitiesCmd) {
      ProcessInstantiationBuilderImpl builder = CommandFields.get(command, "instantiationBuilder");
      return builder.getBusinessKey();
    }
    if (command instanceof SubmitStartFormCmd) {
      return CommandFields.get(command, "businessKey");
    }
    return null;
  }

  /**
   * Refuses the first write that names a system variable (unless {@code allowedSystem} lists it, as
   * a start form's fields do) or carries a value a client may not send.
   */
  void check(
      Map<String, Object> written,
      Set<String> systemNames,
      Collection<String> allowedSystem,
      boolean admin) {
    for (Map.Entry<String, Object> entry : written.entrySet()) {
      String name = entry.getKey();
      if (systemNames.contains(name) && !allowedSystem.contains(name)) {
        throw Refusal.invalid(name, Texts.text("boundary.variable.system", name));
      }
      checkValue(name, entry.getValue(), admin);
    }
  }

  /** Refuses names outside the form's fields (a non-administrator submits a form, nothing else). */
  static void onlyFormFields(Map<String, Object> written, Set<String> formFields) {
    for (String name : written.keySet()) {
      if (!formFields.contains(name)) {
        throw Refusal.invalid(name, Texts.text("boundary.variable.notInForm", name));
      }
    }
  }

  private void checkValue(String name, Object value, boolean admin) {
    if (value == null || value == REMOVED) {
      return;
    }
    if (value instanceof TypedValue typed) {
      if (typed.getType() == null) { // untyped: what the client's JSON gave
        checkValue(name, typed.getValue(), admin);
        return;
      }
      String type = typed.getType().getName();
      if (!PLAIN_TYPES.contains(type) && !(admin && ADMIN_TYPES.contains(type))) {
        throw Refusal.invalid(name, Texts.text("boundary.variable.type", name, type));
      }
      if ("json".equals(type) && typed instanceof SerializableValue serializable) {
        checkJson(name, serializable);
      }
      return;
    }
    if (!(value instanceof String
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Double
        || value instanceof Boolean
        || value instanceof Date)) {
      throw Refusal.invalid(
          name, Texts.text("boundary.variable.type", name, value.getClass().getSimpleName()));
    }
  }

  private void checkJson(String name, SerializableValue value) {
    if (value.isDeserialized()) {
      return;
    }
    String serialized = value.getValueSerialized();
    if (serialized == null) {
      return;
    }
    try {
      json.readTree(serialized);
    } catch (JsonProcessingException e) {
      throw Refusal.invalid(name, Texts.text("boundary.variable.json", name));
    }
  }

  private static final Object REMOVED = new Object();

  @SuppressWarnings("unchecked")
  private static void putAll(Map<String, Object> written, Map<String, ?> variables) {
    if (variables instanceof VariableMap typed) {
      typed.keySet().forEach(name -> written.put(name, typed.getValueTyped(name)));
    } else if (variables != null) {
      ((Map<String, Object>) variables).forEach(written::put);
    }
  }

  private static void removals(Map<String, Object> written, Collection<String> names) {
    if (names != null) {
      List<String> copy = new ArrayList<>(names);
      copy.forEach(n -> written.put(n, REMOVED));
    }
  }
}
