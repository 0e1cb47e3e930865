package vn.phoihop.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A typed handle on one process variable: its name as the model spells it and how its value is read
 * and written. Delegates and listeners read {@code AgreementProcess.Variables.AGREEMENT_ID
 * .get(execution)} instead of casting {@code execution.getVariable("agreementId")}, and a missing
 * or mistyped value fails with the variable's name. Lists of codes are stored as JSON (Java
 * serialisation is off in the engine).
 *
 * @param <T> the Java type of the value
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<?> type;
  private final Function<Object, T> reader;
  private final Function<T, Object> writer;

  private ProcessVariable(
      String name, Class<?> type, Function<Object, T> reader, Function<T, Object> writer) {
    this.name = name;
    this.type = type;
    this.reader = reader;
    this.writer = writer;
  }

  /** A number stored as a long (the engine may hand back an Integer or a Long). */
  public static ProcessVariable<Long> longValue(String name) {
    return new ProcessVariable<>(
        name,
        Long.class,
        value -> value instanceof Number number ? number.longValue() : null,
        value -> value);
  }

  /** An integer. */
  public static ProcessVariable<Integer> intValue(String name) {
    return new ProcessVariable<>(
        name,
        Integer.class,
        value -> value instanceof Number number ? Math.toIntExact(number.longValue()) : null,
        value -> value);
  }

  /** A string; enum names and routing values are strings in the models. */
  public static ProcessVariable<String> string(String name) {
    return new ProcessVariable<>(
        name, String.class, value -> value instanceof String text ? text : null, value -> value);
  }

  /**
   * A text of any length that forms show (a draft's full text, a summary): stored as a
   * JSON-serialised object value, so that it is not held to the 4,000 characters of a string
   * variable; Java reads it back as a String, Tasklist's form-js as text.
   */
  public static ProcessVariable<String> longText(String name) {
    return new ProcessVariable<>(
        name,
        String.class,
        value -> value instanceof String text ? text : null,
        value ->
            Variables.objectValue(value)
                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                .create());
  }

  /** A boolean (checkboxes). */
  public static ProcessVariable<Boolean> bool(String name) {
    return new ProcessVariable<>(
        name, Boolean.class, value -> value instanceof Boolean flag ? flag : null, value -> value);
  }

  /** A point in time, as the engine's date type. */
  public static ProcessVariable<Date> date(String name) {
    return new ProcessVariable<>(
        name, Date.class, value -> value instanceof Date date ? date : null, value -> value);
  }

  /**
   * A list of strings (agency codes), stored as a JSON object value; read from a Java collection or
   * a JSON array.
   */
  public static ProcessVariable<List<String>> stringList(String name) {
    return new ProcessVariable<>(
        name, List.class, ProcessVariable::strings, ProcessVariable::jsonList);
  }

  /** The variable's name as the model and the forms spell it. */
  public String name() {
    return name;
  }

  /** The value; fails naming the variable when it is missing or of another type. */
  public T get(VariableScope scope) {
    return find(scope)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Process variable " + name + " is missing or not a " + type.getSimpleName()));
  }

  /** The value, or empty when the variable is not set (or not of this type). */
  public Optional<T> find(VariableScope scope) {
    return Optional.ofNullable(read(scope.getVariable(name)));
  }

  /** The value in a variables map (e.g. a start's variables), or empty. */
  public Optional<T> find(Map<String, ?> variables) {
    return Optional.ofNullable(read(variables.get(name)));
  }

  /** Sets the variable on the scope (and its ancestors, as {@code setVariable} does). */
  public void set(VariableScope scope, T value) {
    scope.setVariable(name, writer.apply(value));
  }

  /** Sets the variable on this scope only. */
  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, writer.apply(value));
  }

  /** Puts the value into a variables map as the engine should store it. */
  public void put(Map<String, Object> variables, T value) {
    variables.put(name, writer.apply(value));
  }

  @Override
  public String toString() {
    return name;
  }

  private T read(Object value) {
    if (value == null) {
      return null;
    }
    T typed = reader.apply(value);
    if (typed == null) {
      throw new IllegalStateException(
          "Process variable "
              + name
              + " holds a "
              + value.getClass().getSimpleName()
              + ", not a "
              + type.getSimpleName());
    }
    return typed;
  }

  private static List<String> strings(Object value) {
    List<String> items = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      collection.forEach(item -> items.add(String.valueOf(item)));
      return items;
    }
    if (value instanceof SpinJsonNode node && node.isArray()) {
      node.elements()
          .forEach(item -> items.add(item.isString() ? item.stringValue() : item.toString()));
      return items;
    }
    return null;
  }

  /** A list of strings as a JSON-serialised object value. */
  public static Object jsonList(List<String> values) {
    return Variables.objectValue(new ArrayList<>(values))
        .serializationDataFormat(Variables.SerializationDataFormats.JSON)
        .create();
  }
}
