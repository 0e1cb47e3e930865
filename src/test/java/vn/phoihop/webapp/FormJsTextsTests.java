package vn.phoihop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * form-js (inside Camunda's lib/deps.js) writes its messages and placeholders in English;
 * Tasklist's phoihop-shell.js translates them from one table. This reads the form-js viewer out of
 * the webjar on the classpath and fails when it shows a text the table lacks (a Camunda upgrade
 * that brings a newer form-js), or when the table has an entry without Vietnamese.
 */
class FormJsTextsTests {

  private static final String DEPS = "META-INF/resources/webjars/camunda/lib/deps.js";
  private static final String SHELL =
      "META-INF/resources/webjars/camunda/app/tasklist/scripts/phoihop-shell.js";

  /**
   * Literals of the viewer's code that users of Tasklist never read: the editor palette's names of
   * field types (config.label), options of the editor's properties panel, the table's demo data, an
   * error written to the browser console, parts of a message composed in code (listed whole in the
   * table).
   */
  private static final Set<String> NOT_SHOWN =
      Set.of(
          "Checkbox",
          "Checkbox group",
          "Date time",
          "Dynamic list",
          "Group",
          "Image view",
          "Number",
          "Radio group",
          "Separator",
          "Spacer",
          "Table",
          "Text area",
          "Text field",
          "Tag list",
          "Text view",
          "Expression group",
          "IFrame",
          "HTML view",
          "Time",
          "Date & Time",
          "UTC offset",
          "UTC normalized",
          "No timezone",
          "Static",
          "Input data",
          "Expression",
          "Value",
          "Label",
          "ID",
          "Name",
          "Date",
          "John Doe",
          "Erika Muller",
          "Dominic Leaf",
          "No options source defined in the form definition",
          "Value is expected to ",
          "Unknown expression type: ",
          "Form",
          "Field",
          "Button",
          // The iframe field's security options, named in its properties (the editor's).
          "Allow same origin",
          "Camera access",
          "Forms submission",
          "Geolocation",
          "Microphone access",
          "Open in fullscreen",
          "Open modal windows",
          "Open popups",
          "Script execution",
          "Storage access by user",
          "Top level navigation");

  /**
   * Places where the viewer puts a text users read: a message pushed to a field's errors, an
   * attribute (placeholder, title, aria-label, alt), a label, a text child (also the fallback of
   * {@code x||"Select"}), either branch of a ternary, the head of an error array.
   */
  private static final Pattern SHOWN =
      Pattern.compile(
          "(?:\\.push\\(|placeholder:|title:|\"aria-label\":|emptyListMessage:|alt:|text:|label:"
              + "|children:(?:[\\w.$]+\\|\\|)?|\\?|\":|\\[(?=\"[^\"]{1,200}\",\\.\\.\\.))"
              + "(?:\"([^\"\\\\]{1,200})\"|`([^`\\\\]{1,200})`)");

  /** One entry of the script's table: ['English', 'Vietnamese'], either quote. */
  private static final Pattern ENTRY =
      Pattern.compile("^\\s*\\[(['\"])(.*?)\\1,\\s*(['\"])(.*?)\\3\\],?$", Pattern.MULTILINE);

  @Test
  void everyTextTheFormJsViewerShowsIsTranslated() throws IOException {
    Map<String, String> table = table();
    Set<String> missing = new TreeSet<>();
    for (String text : viewerTexts()) {
      if (!NOT_SHOWN.contains(text) && !table.containsKey(text)) {
        missing.add(text);
      }
    }
    assertThat(missing).as("form-js texts phoihop-shell.js does not translate").isEmpty();
    // Found in the code but composed there: the table holds them whole.
    assertThat(table)
        .containsKeys(
            "Value is expected to be an integer.",
            "Value is expected to have at most {0} decimal digit.",
            "Value is expected to have at most {0} decimal digits.",
            "Select",
            "of");
  }

  @Test
  void theViewerStillHoldsTheMessagesTheTableWasWrittenFor() throws IOException {
    // Guards the extraction: when form-js is rebuilt differently and nothing is found, the first
    // test would pass without checking anything.
    assertThat(viewerTexts())
        .contains(
            "Field is required.",
            "Field must have minimum length of {0}.",
            "Search",
            "No results",
            "Date and time must both be entered.");
  }

  @Test
  void everyEntryHasVietnameseWithTheSameValues() throws IOException {
    Map<String, String> table = table();
    assertThat(table).hasSizeGreaterThan(30);
    table.forEach(
        (en, vi) -> {
          assertThat(vi).as(en).isNotBlank().isNotEqualTo(en);
          for (int i = 0; i < 3; i++) {
            assertThat(vi.contains("{" + i + "}")).as(en).isEqualTo(en.contains("{" + i + "}"));
          }
        });
  }

  /** The texts of the form-js viewer, values written as {0}, {1}. */
  private static Set<String> viewerTexts() throws IOException {
    String deps = read(DEPS);
    // The viewer follows the editor and its playground in the bundle; its validator and field
    // registry come last.
    int start = deps.indexOf("Playground is not initialized");
    int end = deps.lastIndexOf("formFieldRegistry");
    assertThat(start).as("form-js playground in deps.js").isPositive();
    assertThat(end).as("form-js viewer in deps.js").isGreaterThan(start);
    String viewer = deps.substring(start, Math.min(deps.length(), end + 5000));
    Set<String> texts = new TreeSet<>();
    Matcher m = SHOWN.matcher(viewer);
    while (m.find()) {
      String text = m.group(1) != null ? m.group(1) : m.group(2);
      if (text.matches("[A-Z][A-Za-z0-9 ,.'()+&:${}?!-]*")
          && text.matches(".*\\b[A-Z]?[a-z]{2,}\\b.*")
          && !text.matches("[A-Z][a-z]+[A-Z]\\w*")) {
        texts.add(values(text));
      }
    }
    if (viewer.contains("\" of \"")) {
      texts.add("of");
    }
    return texts;
  }

  /** {@code Remove list item ${t+1}} → {@code Remove list item {0}}. */
  private static String values(String text) {
    StringBuilder out = new StringBuilder();
    Matcher m = Pattern.compile("\\$\\{[^}]*\\}").matcher(text);
    int i = 0;
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement("{" + i++ + "}"));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Map<String, String> table() throws IOException {
    String shell = read(SHELL);
    String block =
        shell.substring(
            shell.indexOf("// PhoiHop form-js texts: begin"),
            shell.indexOf("// PhoiHop form-js texts: end"));
    Map<String, String> table = new LinkedHashMap<>();
    Matcher m = ENTRY.matcher(block);
    while (m.find()) {
      assertThat(table.put(m.group(2), m.group(4))).as("twice: " + m.group(2)).isNull();
    }
    return table;
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = FormJsTextsTests.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
