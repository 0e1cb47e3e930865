package vn.phoihop.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four Camunda webapps in Vietnamese, checked against the Camunda webjar on the classpath, so
 * that a Camunda upgrade that adds or rewords labels fails here instead of showing officers English
 * or raw keys.
 *
 * <p>Camunda's {@code en.json} comes from the webjar; our {@code vi.json} and {@code config.js} are
 * the copies of {@code src/main/resources/META-INF/resources/webjars/camunda/app/<app>/} on the
 * classpath, which share the path with the webjar's files (the webjar has no {@code vi.json}, but
 * its {@code config.js} is hidden by ours). No Spring context: it reads files only.
 */
class WebappLocaleTests {

  private static final String WEBJAR_APP = "META-INF/resources/webjars/camunda/app/";
  private static final String WEBJAR = "camunda-webapp-webjar";

  /**
   * What must survive translation unchanged: angular-translate parameters, the {@code {}} that
   * Cockpit fills in itself, moment.js's {@code %s}/{@code %d}, HTML tags and entities. Text in
   * angle brackets that is no HTML tag ({@code <definition>}, {@code <null>}) is shown to the user
   * as it is and may be translated.
   */
  private static final Pattern MARKUP =
      Pattern.compile(
          "\\{\\{.*?}}|\\{}|%[sd]|</?(?:a|b|i|em|strong|br|span|p|code|ul|li|div)\\b[^<>]*>"
              + "|&[a-z]+;");

  /**
   * A word of running English text: ASCII letters with a lower-case vowel (not "ID", "HH:mm"), not
   * part of a Vietnamese word (so "th" in "thêm" is none; explicit, as {@code \b} differs between
   * Java 17 and 21).
   */
  private static final Pattern WORD =
      Pattern.compile("(?<![\\p{L}\\p{M}])[A-Za-z]*[aeiouy][A-Za-z]*(?![\\p{L}\\p{M}])");

  /**
   * English words that never occur in Vietnamese, outside parentheses (where vi.json names a
   * technical term after its Vietnamese one, e.g. "bộ máy quy trình (process engine)").
   */
  private static final Set<String> ENGLISH_ONLY_WORDS =
      Set.of(
          "the", "and", "of", "is", "are", "with", "for", "this", "you", "your", "not", "been",
          "could", "will", "which", "has", "have", "from", "please");

  /** Labels that are right in Vietnamese when they equal the English: formats, not text. */
  private static final Set<String> SAME_IN_VIETNAMESE =
      Set.of(
          "cockpit/labels/PLGN_BTCH_SET_REMOVAL_TIME_ABSOLUTE_PLACEHOLDER"); // YYYY-MM-DDTHH:mm:ss

  /** The locale choice that the four config.js share, between these two marker comments. */
  private static final Pattern LOCALE_BLOCK =
      Pattern.compile("// PhoiHop locale: begin.*?// PhoiHop locale: end", Pattern.DOTALL);

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void vietnameseHasEveryKeyOfTheWebjarsEnglish(String app) throws IOException {
    Map<String, JsonNode> english = leaves(read(webjarResource(app, "locales/en.json")));
    Map<String, JsonNode> vietnamese = leaves(read(ownResource(app, "locales/vi.json")));

    Set<String> missing = new TreeSet<>(english.keySet());
    missing.removeAll(vietnamese.keySet());
    assertThat(missing)
        .withFailMessage(
            "Camunda added locale keys that vi.json lacks: %s (add them, translated, to"
                + " src/main/resources/%s%s/locales/vi.json)",
            missing, WEBJAR_APP, app)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void vietnameseHasNoKeyThatCamundaDropped(String app) throws IOException {
    Map<String, JsonNode> english = leaves(read(webjarResource(app, "locales/en.json")));
    Map<String, JsonNode> vietnamese = leaves(read(ownResource(app, "locales/vi.json")));

    Set<String> obsolete = new TreeSet<>(vietnamese.keySet());
    obsolete.removeAll(english.keySet());
    assertThat(obsolete)
        .withFailMessage(
            "%s vi.json has keys that Camunda's en.json no longer has: %s", app, obsolete)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyVietnameseValueIsFilledKeepsTheMarkupAndIsNoEnglish(String app) throws IOException {
    Map<String, JsonNode> english = leaves(read(webjarResource(app, "locales/en.json")));
    Map<String, JsonNode> vietnamese = leaves(read(ownResource(app, "locales/vi.json")));

    List<String> problems = new ArrayList<>();
    english.forEach(
        (path, enNode) -> {
          JsonNode viNode = vietnamese.get(path);
          if (viNode == null || !enNode.isTextual()) {
            return; // missing keys: see above; numbers (week.dow) are no text
          }
          String en = enNode.asText();
          String vi = viNode.asText();
          if (!en.isBlank() && vi.isBlank() && !en.equals("s")) {
            // "s" is the English plural ending that Cockpit appends; Vietnamese has none.
            problems.add(path + " is empty");
          }
          if (!matches(MARKUP, vi).equals(matches(MARKUP, en))) {
            problems.add(path + " has " + matches(MARKUP, vi) + ", English " + matches(MARKUP, en));
          }
          if (vi.equals(en)
              && matches(WORD, strip(en)).size() >= 2
              && !SAME_IN_VIETNAMESE.contains(app + path)) {
            problems.add(path + " is still English: " + en);
          }
          Set<String> englishWords = new TreeSet<>();
          for (String word : matches(WORD, strip(vi).replaceAll("\\([^()]*\\)", " "))) {
            if (ENGLISH_ONLY_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
              englishWords.add(word);
            }
          }
          if (!englishWords.isEmpty()) {
            problems.add(path + " has English words " + englishWords + ": " + vi);
          }
        });

    assertThat(problems).as("%s vi.json against the webjar's en.json", app).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configOpensInVietnameseAndOffersEnglishOnRequest(String app) throws IOException {
    String config = text(ownResource(app, "scripts/config.js"));

    // Camunda takes the browser's language when availableLocales lists it, so by default the list
    // holds Vietnamese only; English is offered (and the fallback) once the user asked for it.
    assertThat(config)
        .containsPattern(
            "vi:\\s*\\{\\s*availableLocales:\\s*\\['vi'],\\s*fallbackLocale:\\s*'vi'\\s*}")
        .containsPattern(
            "en:\\s*\\{\\s*availableLocales:\\s*\\['en'],\\s*fallbackLocale:\\s*'en'\\s*}")
        .contains("locales: LOCALES[locale]")
        .contains("=== 'en' ? 'en' : 'vi'")
        .contains("vendor: 'PhoiHop –'");
    // English labels exist: they are Camunda's.
    assertThat(webjarResource(app, "locales/en.json")).isNotNull();
  }

  @Test
  void theFourConfigsShareOneLocaleChoice() throws IOException {
    Map<String, String> blocks = new LinkedHashMap<>();
    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      Matcher block = LOCALE_BLOCK.matcher(text(ownResource(app, "scripts/config.js")));
      assertThat(block.find()).as("%s config.js has the PhoiHop locale block", app).isTrue();
      blocks.put(app, block.group());
    }

    assertThat(Set.copyOf(blocks.values())).as("locale blocks of %s", blocks.keySet()).hasSize(1);
    assertThat(blocks.get("tasklist"))
        .contains("searchParams.get('lang')", "localStorage.setItem", "=== 'en' ? 'en' : 'vi'");
  }

  @Test
  void welcomePageLinksToTheLanguageSwitch() throws IOException {
    String config = text(ownResource("welcome", "scripts/config.js"));

    assertThat(config).contains("href: '?lang=en'", "href: '?lang=vi'");
  }

  /** The webjar's copy of a file, even where the application's own copy hides it. */
  private URL webjarResource(String app, String file) throws IOException {
    return resources(app, file).stream()
        .filter(url -> url.toString().contains(WEBJAR))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + file + " of " + app + " in the webjar"));
  }

  /** Our copy, from src/main/resources. */
  private URL ownResource(String app, String file) throws IOException {
    return resources(app, file).stream()
        .filter(url -> !url.toString().contains(WEBJAR))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + file + " of " + app + " in src/main/resources"));
  }

  private List<URL> resources(String app, String file) throws IOException {
    return Collections.list(
        getClass().getClassLoader().getResources(WEBJAR_APP + app + "/" + file));
  }

  private JsonNode read(URL url) throws IOException {
    // Camunda's en.json starts with a byte-order mark; Jackson skips it when reading bytes.
    try (InputStream in = url.openStream()) {
      return json.readTree(in);
    }
  }

  private static String text(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Every leaf by its path, e.g. {@code /labels/CLAIM_TASK}, {@code /dateLocales/months/0}. */
  private static Map<String, JsonNode> leaves(JsonNode node) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect("", node, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      node.properties()
          .forEach(child -> collect(path + "/" + child.getKey(), child.getValue(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "/" + i, node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  /** The text without the markup that stays English anyway. */
  private static String strip(String text) {
    return MARKUP.matcher(text).replaceAll(" ");
  }

  private static List<String> matches(Pattern pattern, String text) {
    return pattern.matcher(text).results().map(MatchResult::group).sorted().toList();
  }
}
