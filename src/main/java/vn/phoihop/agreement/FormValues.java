package vn.phoihop.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.camunda.spin.json.SpinJsonNode;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;

/**
 * Reads what a form or a REST body submitted. Camunda Forms send scalars untyped, dates as text and
 * lists as JSON; REST clients send lists. Each refusal names its field, in Vietnamese.
 */
final class FormValues {

  private FormValues() {}

  /** One of two routing values, written exactly, e.g. {@code CONSULT} / {@code RETURN}. */
  static String requiredDecision(
      String field, Object value, String what, String first, String second) {
    String text = FormInput.text(field, value);
    if (first.equals(text) || second.equals(text)) {
      return text;
    }
    throw DomainException.invalid(
        field,
        text == null
            ? Texts.text("agreement.decision.missing", what)
            : Texts.text("agreement.decision.invalid", what, text, first, second));
  }

  /**
   * Agency codes (upper case) from a list, a JSON array or a text separated by commas, semicolons
   * or spaces.
   */
  static List<String> agencyCodes(Object value) {
    return codes(value).stream().map(code -> code.toUpperCase(Locale.ROOT)).toList();
  }

  /** Codes from a list, a JSON array or a text separated by commas, semicolons or spaces. */
  static List<String> codes(Object value) {
    List<String> codes = new ArrayList<>();
    if (value == null) {
      return codes;
    }
    if (value instanceof SpinJsonNode node) {
      if (node.isArray()) {
        node.elements().forEach(e -> addCode(codes, e.isString() ? e.stringValue() : e.toString()));
      } else {
        addCodes(codes, node.isString() ? node.stringValue() : node.toString());
      }
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(e -> addCode(codes, e == null ? null : e.toString()));
    } else {
      addCodes(codes, value.toString());
    }
    return codes;
  }

  private static void addCodes(List<String> codes, String text) {
    for (String part : text.split("[,;\\s]+")) {
      addCode(codes, part);
    }
  }

  private static void addCode(List<String> codes, String code) {
    String text = FormInput.text(code);
    if (text != null) {
      codes.add(text);
    }
  }
}
