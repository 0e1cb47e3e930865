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
final class JsonRefusals {

  /** The field named when the body as a whole has the wrong shape. */
  static final String BODY = "body";

  private JsonRefusals() {}

  static DomainException of(Throwable cause) {
    if (cause instanceof InvalidDefinitionException) {
      return null;
    }
    if (cause instanceof JsonParseException parse
        && parse.getOriginalMessage() != null
        && parse.getOriginalMessage().startsWith("Duplicate field")) {
      String field = pathOf(parse.getProcessor());
      return DomainException.invalid(
          field,
          "Trường '"
              + field
              + "' xuất hiện hai lần trong nội dung gửi lên. Mỗi trường chỉ được ghi một lần.");
    }
    if (cause instanceof UnrecognizedPropertyException unknown) {
      String field = pathOf(unknown);
      List<String> known =
          unknown.getKnownPropertyIds() == null
              ? List.of()
              : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
      return DomainException.invalid(
          field,
          "Trường '"
              + field
              + "' không có trong yêu cầu này"
              + (known.isEmpty() ? "" : " (các trường hợp lệ: " + String.join(", ", known) + ")")
              + ". Hãy kiểm tra lại tên trường.");
    }
    if (cause instanceof MismatchedInputException mismatch) {
      String field = pathOf(mismatch);
      return DomainException.invalid(field, mismatched(field, mismatch));
    }
    if (cause instanceof JsonMappingException mapping
        && mapping.getCause() instanceof InputCoercionException) {
      String field = pathOf(mapping);
      return DomainException.invalid(
          field, "Giá trị của trường '" + field + "' là một số nằm ngoài khoảng cho phép.");
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
      return (value == null
              ? "Trường '" + field + "' không nhận giá trị này."
              : "Giá trị '" + value + "' không hợp lệ cho trường '" + field + "'.")
          + " Chọn một trong các giá trị: "
          + allowed
          + " (viết đúng chữ hoa).";
    }
    String given = given(e);
    return "Trường '"
        + field
        + "' phải là "
        + expected(target)
        + (given == null ? "" : ", không nhận " + given)
        + ".";
  }

  private static String expected(Class<?> target) {
    if (target == null) {
      return "một giá trị đúng kiểu";
    }
    if (CharSequence.class.isAssignableFrom(target) || target == char.class) {
      return "văn bản (đặt trong dấu ngoặc kép)";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "true hoặc false (không đặt trong dấu ngoặc kép)";
    }
    if (target.isPrimitive() || Number.class.isAssignableFrom(target)) {
      return "một số (không đặt trong dấu ngoặc kép)";
    }
    if (target == LocalDate.class) {
      return "một ngày dạng năm-tháng-ngày trong dấu ngoặc kép (ví dụ \"2026-03-01\")";
    }
    if (Temporal.class.isAssignableFrom(target)) {
      return "một thời điểm dạng ISO 8601 trong dấu ngoặc kép";
    }
    if (target.isArray() || Collection.class.isAssignableFrom(target)) {
      return "một danh sách (mảng JSON [...])";
    }
    if (Map.class.isAssignableFrom(target) || !target.getName().startsWith("java.")) {
      return "một đối tượng JSON ({...})";
    }
    return "một giá trị đúng kiểu";
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
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "một số";
      case VALUE_TRUE, VALUE_FALSE -> "giá trị true/false";
      case VALUE_STRING -> "văn bản";
      case START_ARRAY, END_ARRAY -> "một danh sách";
      case START_OBJECT, END_OBJECT, FIELD_NAME -> "một đối tượng";
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
