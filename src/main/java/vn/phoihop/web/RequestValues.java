package vn.phoihop.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a refusal of the REST API names what the client sent wrong: the field by its JSON path as the
 * client wrote it, and the kind of value it should have been, in Vietnamese.
 */
final class RequestValues {

  private RequestValues() {}

  /** Jackson's path as the client wrote it: {@code partnerAgencies[0]}, {@code a.b}. */
  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      } else if (reference.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      }
    }
    return path.isEmpty() ? null : path.toString();
  }

  /** What a value of this type looks like, in Vietnamese ("một số nguyên"). */
  static String describe(Class<?> type) {
    if (type == null) {
      return Problems.text("type.value");
    }
    if (CharSequence.class.isAssignableFrom(type)
        || type == Character.class
        || type == char.class) {
      return Problems.text("type.text");
    }
    if (type == int.class
        || type == long.class
        || type == short.class
        || type == byte.class
        || type == Integer.class
        || type == Long.class
        || type == Short.class
        || type == Byte.class
        || type == BigInteger.class) {
      return Problems.text("type.integer");
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return Problems.text("type.number");
    }
    if (type == boolean.class || type == Boolean.class) {
      return Problems.text("type.boolean");
    }
    if (type == LocalDate.class) {
      return Problems.text("type.date");
    }
    if (Temporal.class.isAssignableFrom(type) || Date.class.isAssignableFrom(type)) {
      return Problems.text("type.dateTime");
    }
    if (type.isEnum()) {
      return Problems.text(
          "type.enum",
          Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", ")));
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return Problems.text("type.list");
    }
    return Problems.text("type.object");
  }
}
