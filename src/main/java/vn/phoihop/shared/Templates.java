package vn.phoihop.shared;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Longer Vietnamese texts — e-mail bodies, timeline entries, document bodies — as Mustache
 * templates under {@code src/main/resources/templates/} ({@code templates/mail/consultation.
 * mustache}), rendered with a map of values. Values are inserted as plain text (no HTML escaping:
 * these are text e-mails and records); a missing value is an error, not an empty string, so a typo
 * in a template fails its test instead of reaching a user.
 */
public final class Templates {

  private static final Mustache.Compiler COMPILER =
      Mustache.compiler().escapeHTML(false).withLoader(Templates::reader);

  private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

  private Templates() {}

  /** Renders {@code templates/<name>.mustache} with {@code values}. */
  public static String render(String name, Map<String, ?> values) {
    return CACHE.computeIfAbsent(name, Templates::compile).execute(values);
  }

  /** Whether {@code templates/<name>.mustache} exists. */
  public static boolean exists(String name) {
    return Templates.class.getClassLoader().getResource(path(name)) != null;
  }

  private static Template compile(String name) {
    try (Reader reader = reader(name)) {
      return COMPILER.compile(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reader reader(String name) {
    InputStream in = Templates.class.getClassLoader().getResourceAsStream(path(name));
    if (in == null) {
      throw new IllegalArgumentException("No template " + path(name));
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static String path(String name) {
    return "templates/" + name + ".mustache";
  }
}
