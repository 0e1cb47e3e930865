package vn.phoihop.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import vn.phoihop.evaluation.EvaluationProcess.Vars;
import vn.phoihop.shared.DomainException;

/** Typed reads of the process variables the delegates and the listener share. */
final class EvaluationVariables {

  private EvaluationVariables() {}

  static long evaluationId(VariableScope scope) {
    Object value = scope.getVariable(Vars.EVALUATION_ID);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("Process variable " + Vars.EVALUATION_ID + " is missing");
    }
    return number.longValue();
  }

  static Long optionalLong(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Number number) {
      return number.longValue();
    }
    try {
      return Long.valueOf(value.toString().strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalid(
          name, "Giá trị '" + value + "' của " + name + " không phải là số.");
    }
  }

  static Integer optionalInteger(VariableScope scope, String name) {
    Long value = optionalLong(scope, name);
    return value == null ? null : Math.toIntExact(value);
  }

  static String string(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }

  /** A list of agency codes: a Java list, a JSON array (Spin) or comma-separated text. */
  static List<String> codes(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    List<String> codes = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      collection.forEach(item -> codes.add(String.valueOf(item)));
    } else if (value instanceof SpinJsonNode node && node.isArray()) {
      node.elements()
          .forEach(item -> codes.add(item.isString() ? item.stringValue() : item.toString()));
    } else if (value != null) {
      for (String code : value.toString().split(",")) {
        if (!code.isBlank()) {
          codes.add(code.strip());
        }
      }
    }
    return codes;
  }
}
