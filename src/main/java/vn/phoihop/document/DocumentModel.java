package vn.phoihop.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a document template is filled with: plain-text {@code fields} ({@code {{issuer}}}) and
 * {@code lists} of entries for repeated table rows ({@code {{documents.fileName}}} in the DOCX,
 * {@code {{#documents}}…{{fileName}}…{{/documents}}} in the XHTML). Values are plain text; a line
 * break ({@code \n}) in a value becomes a line break in both formats. Names are letters, digits and
 * {@code _}, starting with a letter; a name is either a field or a list, never both.
 */
public record DocumentModel(
    Map<String, String> fields, Map<String, List<Map<String, String>>> lists) {

  static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  public DocumentModel {
    fields = copyFields(fields == null ? Map.of() : fields, "field");
    Map<String, List<Map<String, String>>> copied = new LinkedHashMap<>();
    (lists == null ? Map.<String, List<Map<String, String>>>of() : lists)
        .forEach(
            (name, entries) -> {
              requireName(name, "list");
              if (entries == null) {
                throw new IllegalArgumentException("List " + name + " is null");
              }
              copied.put(
                  name,
                  entries.stream().map(entry -> copyFields(entry, "key of " + name)).toList());
            });
    for (String name : copied.keySet()) {
      if (fields.containsKey(name)) {
        throw new IllegalArgumentException(name + " is both a field and a list");
      }
    }
    lists = Map.copyOf(copied);
  }

  /** A model with fields only. */
  public DocumentModel(Map<String, String> fields) {
    this(fields, Map.of());
  }

  private static Map<String, String> copyFields(Map<String, String> values, String what) {
    if (values == null) {
      throw new IllegalArgumentException("A " + what + " map is null");
    }
    values.forEach(
        (name, value) -> {
          requireName(name, what);
          if (value == null) {
            throw new IllegalArgumentException(
                "The " + what + " " + name + " has no value (use \"\" for an empty one)");
          }
        });
    return Map.copyOf(values);
  }

  private static void requireName(String name, String what) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Not a valid " + what + " name: " + name);
    }
  }
}
