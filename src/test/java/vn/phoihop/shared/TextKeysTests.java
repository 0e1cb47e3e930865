package vn.phoihop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text key and template the code names exists, so no user ever reads a key or a missing
 * template error. Keys and template names are written as literals in the code (never built), which
 * is what lets this test find them.
 */
class TextKeysTests {

  private static final Pattern TEXT =
      Pattern.compile("(?<![A-Za-z])Texts\\.text\\(\\s*\"([^\"]+)\"");
  private static final Pattern VALIDATION = Pattern.compile("message\\s*=\\s*\"\\{([^}\"]+)}\"");
  private static final Pattern TEMPLATE =
      Pattern.compile("(?<![A-Za-z])Templates\\.render\\(\\s*\"([^\"]+)\"");

  @Test
  void everyTextKeyUsedInTheCodeExists() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String key : literals(TEXT)) {
      if (!Texts.exists(key)) {
        missing.add(key);
      }
    }
    assertThat(missing).as("text keys without a sentence in i18n/*.properties").isEmpty();
  }

  @Test
  void everyTemplateUsedInTheCodeExists() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String name : literals(TEMPLATE)) {
      if (!Templates.exists(name)) {
        missing.add(name);
      }
    }
    assertThat(missing).as("templates missing under templates/").isEmpty();
  }

  @Test
  void everyValidationMessageKeyInAConstraintExists() throws IOException {
    java.util.Properties messages = new java.util.Properties();
    try (var in =
        new java.io.InputStreamReader(
            getClass().getClassLoader().getResourceAsStream("ValidationMessages.properties"),
            StandardCharsets.UTF_8)) {
      messages.load(in);
    }
    List<String> keys = literals(VALIDATION);
    assertThat(keys).as("constraint messages named by key").isNotEmpty();
    assertThat(keys)
        .as("constraint message keys without a sentence in ValidationMessages.properties")
        .allMatch(messages::containsKey);
    assertThat(literals(Pattern.compile("message\\s*=\\s*\"([^{\"][^\"]*)\"")))
        .as("constraint messages written in the code instead of ValidationMessages.properties")
        .isEmpty();
  }

  @Test
  void aMissingKeyOrValueIsAnErrorNotAnEmptyText() {
    assertThat(Texts.exists("problems.no-such-key")).isFalse();
    assertThat(Templates.exists("no/such/template")).isFalse();
  }

  private static List<String> literals(Pattern pattern) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher matcher = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (matcher.find()) {
          found.add(matcher.group(1));
        }
      }
    }
    return found;
  }
}
