package vn.phoihop.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.ProcessVariable;
import vn.phoihop.shared.Texts;

/**
 * Reads the input a calling process hands to {@code agreement-evaluation} (see {@link
 * EvaluationProcess}), as leniently as the contract has always allowed: a number may arrive as
 * text, the parties as a list, a JSON array or comma-separated text. A missing value is {@code
 * null}, for {@link EvaluationService#open} to refuse in Vietnamese; a number that is not one is
 * refused here, naming the variable.
 */
final class CallInput {

  private CallInput() {}

  static Long whole(VariableScope scope, ProcessVariable<Long> variable) {
    return number(scope, variable.name());
  }

  static Integer integer(VariableScope scope, ProcessVariable<Integer> variable) {
    Long value = number(scope, variable.name());
    return value == null ? null : Math.toIntExact(value);
  }

  /** The value as text, whatever its type; {@code null} when absent. */
  static String text(VariableScope scope, ProcessVariable<String> variable) {
    Object value = scope.getVariable(variable.name());
    return value == null ? null : value.toString();
  }

  /** Agency codes: a Java list, a JSON array or comma-separated text; empty when absent. */
  static List<String> codes(VariableScope scope, ProcessVariable<List<String>> variable) {
    Object value = scope.getVariable(variable.name());
    if (value == null) {
      return List.of();
    }
    if (value instanceof Collection<?> || value instanceof SpinJsonNode node && node.isArray()) {
      return variable.get(scope);
    }
    List<String> codes = new ArrayList<>();
    for (String code : value.toString().split(",")) {
      if (!code.isBlank()) {
        codes.add(code.strip());
      }
    }
    return codes;
  }

  private static Long number(VariableScope scope, String name) {
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
          name, Texts.text("evaluation.open.notANumber", value.toString(), name));
    }
  }
}
