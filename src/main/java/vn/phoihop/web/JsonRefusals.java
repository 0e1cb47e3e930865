package vn.phoihop.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.phoihop.shared.DomainException;

/**
 * Turns Jackson's refusal of a request body into a 400 that names the field as the client sent it
 * ({@code title}, {@code partnerAgencies[1]}, {@code body} for the body as a whole) and says in
 * Vietnamese what the field takes. {@code null} for what is not the client's value (a malformed
 * document, a mapping PhoiHop got wrong): those keep Spring's handling.
 */
public final class JsonRefusals {

  /** The field named when the body as a whole has the wrong shape. */
  static final String BODY = "body";

  private JsonRefusals() {}

  /**
   * For a body read outside Spring MVC (a webapp plugin's resource): the refusal naming the field,
   * or a 400 on the body as a whole.
   */
  public static DomainException refusal(java.io.IOException cause) {
    DomainException refusal = of(cause);
    return refusal != null
        ? refusal
        : DomainException.invalid(BODY, Problems.text("body.malformedNoLocation"));
  }

  static DomainException of(Throwable cause) {
    if (cause instanceof InvalidDefinitionException) {
      return null;
    }
    if (cause instanceof JsonParseException parse
        && parse.getOriginalMessage() != null
        && parse.getOriginalMessage().startsWith("Duplicate field")) {
      String field = pathOf(parse.getProcessor());
      return DomainException.invalid(field, Problems.text("json.duplicateField", field));
    }
    if (cause instanceof UnrecognizedPropertyException unknown) {
      String field = pathOf(unknown);
      List<String> known =
          unknown.getKnownPropertyIds() == null
              ? List.of()
              : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
      return DomainException.invalid(
          field,
          known.isEmpty()
              ? Problems.text("json.unknownField", field)
              : Problems.text("json.unknownFieldKnown", field, String.join(", ", known)));
    }
    if (cause instanceof MismatchedInputException mismatch) {
      String field = pathOf(mismatch);
      return DomainException.invalid(field, mismatched(field, mismatch));
    }
    if (cause instanceof JsonMappingException mapping
        && mapping.getCause() instanceof InputCoercionException) {
      String field = pathOf(mapping);
      return DomainException.invalid(field, Problems.text("json.outOfRange", field));
    }
    return null;
  }

  private static String mismatched(String field, MismatchedInputException e) {
    Class<?> target = e.getTargetType();
    if (target != null && target.isEnum()) {
      String allowed =
          Arrays.stream(target.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", "));
      Object value = e instanceof InvalidFormatException format ? format.getValue() : null;
      return value == null
          ? Problems.text("json.enum", field, allowed)
          : Problems.text("json.enumGiven", field, String.valueOf(value), allowed);
    }
    String given = given(e);
    return given == null
        ? Problems.text("json.type", field, expected(target))
        : Problems.text("json.typeGiven", field, expected(target), given);
  }

  private static String expected(Class<?> target) {
    if (target == null) {
      return Problems.text("json.expected.value");
    }
    if (CharSequence.class.isAssignableFrom(target) || target == char.class) {
      return Problems.text("json.expected.text");
    }
    if (target == boolean.class || target == Boolean.class) {
      return Problems.text("json.expected.boolean");
    }
    if (target.isPrimitive() || Number.class.isAssignableFrom(target)) {
      return Problems.text("json.expected.number");
    }
    if (target == LocalDate.class) {
      return Problems.text("json.expected.date");
    }
    if (Temporal.class.isAssignableFrom(target)) {
      return Problems.text("json.expected.dateTime");
    }
    if (target.isArray() || Collection.class.isAssignableFrom(target)) {
      return Problems.text("json.expected.list");
    }
    if (Map.class.isAssignableFrom(target) || !target.getName().startsWith("java.")) {
      return Problems.text("json.expected.object");
    }
    return Problems.text("json.expected.value");
  }

  /** What the client sent instead, from the token the parser stopped at. */
  private static String given(MismatchedInputException e) {
    if (!(e.getProcessor() instanceof JsonParser parser)) {
      return null;
    }
    JsonToken token = parser.currentToken();
    if (token == null) {
      return null;
    }
    return switch (token) {
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Problems.text("json.given.number");
      case VALUE_TRUE, VALUE_FALSE -> Problems.text("json.given.boolean");
      case VALUE_STRING -> Problems.text("json.given.text");
      case START_ARRAY, END_ARRAY -> Problems.text("json.given.list");
      case START_OBJECT, END_OBJECT, FIELD_NAME -> Problems.text("json.given.object");
      case VALUE_NULL -> "null";
      default -> null;
    };
  }

  /** {@code a.b[2].c} from Jackson's path; {@link #BODY} when the body itself is wrong. */
  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? BODY : path.toString();
  }

  /** The same notation from the parser's position (a duplicate key is refused while parsing). */
  private static String pathOf(Object processor) {
    if (!(processor instanceof JsonParser parser)) {
      return BODY;
    }
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext ctx = parser.getParsingContext(); ctx != null; ctx = ctx.getParent()) {
      if (ctx.inObject() && ctx.getCurrentName() != null) {
        parts.add(0, "." + ctx.getCurrentName());
      } else if (ctx.inArray()) {
        parts.add(0, "[" + Math.max(ctx.getCurrentIndex(), 0) + "]");
      }
    }
    String path = parts.stream().filter(Objects::nonNull).collect(Collectors.joining());
    path = path.startsWith(".") ? path.substring(1) : path;
    return path.isEmpty() ? BODY : path;
  }
}
