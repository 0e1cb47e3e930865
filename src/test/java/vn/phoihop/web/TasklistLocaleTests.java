package vn.phoihop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * The Vietnamese Tasklist (and welcome page, where officers log in and change their password): our
 * files under {@code META-INF/resources/webjars/camunda/app/<app>/} share their classpath path with
 * the Camunda webjar's and win because the application's classes come first.
 */
@PhoiHopIntegrationTest
class TasklistLocaleTests {

  private static final String WEBJAR_APP = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
  private static final Pattern HTML_TAG = Pattern.compile("<[^<>]+>");
  private static final Pattern VIETNAMESE_FIRST =
      Pattern.compile("availableLocales:\\s*\\[\\s*'vi'\\s*]");
  private static final Pattern FALLBACK_VIETNAMESE = Pattern.compile("fallbackLocale:\\s*'vi'");

  /** The terms the officers agreed on; a change here is a change to what they read every day. */
  private static final Map<String, String> TASKLIST_GLOSSARY =
      Map.ofEntries(
          Map.entry("CLAIM_TASK", "Nhận việc"),
          Map.entry("UNCLAIM_TASK", "Trả lại việc"),
          Map.entry("COMPLETE", "Hoàn thành"),
          Map.entry("SAVE", "Lưu"),
          Map.entry("FILTER", "Bộ lọc"),
          Map.entry("START_PROCESS", "Khởi tạo quy trình"),
          Map.entry("DUE_DATE", "Hạn xử lý"),
          Map.entry("FOLLOW_UP_DATE", "Ngày theo dõi"),
          Map.entry("SIGN_OUT_ACTION", "Đăng xuất"),
          Map.entry("PAGE_LOGIN_USERNAME", "Tên đăng nhập"),
          Map.entry("PAGE_LOGIN_PASSWORD", "Mật khẩu"));

  private static final Map<String, String> WELCOME_GLOSSARY =
      Map.of(
          "PAGE_LOGIN_USERNAME", "Tên đăng nhập",
          "PAGE_LOGIN_PASSWORD", "Mật khẩu",
          "CHANGE_PASSWORD", "Đổi mật khẩu",
          "SIGN_OUT_ACTION", "Đăng xuất");

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void vietnameseLocaleHasExactlyTheKeysOfTheWebjarsEnglish(String app) throws IOException {
    Map<String, JsonNode> english = leaves(read(webjarResource(app, "locales/en.json")));
    Map<String, JsonNode> vietnamese = leaves(read(ownResource(app, "locales/vi.json")));

    assertThat(vietnamese.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void everyVietnameseLabelIsFilledAndKeepsPlaceholdersAndHtml(String app) throws IOException {
    JsonNode english = read(webjarResource(app, "locales/en.json")).path("labels");
    JsonNode vietnamese = read(ownResource(app, "locales/vi.json")).path("labels");

    english
        .properties()
        .forEach(
            label -> {
              String key = label.getKey();
              String en = label.getValue().asText();
              String vi = vietnamese.path(key).asText();
              if (!en.isEmpty()) {
                assertThat(vi).as(key).isNotBlank();
              }
              assertThat(matches(PLACEHOLDER, vi)).as(key).isEqualTo(matches(PLACEHOLDER, en));
              assertThat(matches(HTML_TAG, vi)).as(key).isEqualTo(matches(HTML_TAG, en));
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void ownFilesComeBeforeTheWebjarsOnTheClasspath(String app) throws IOException {
    for (String file : List.of("scripts/config.js", "styles/user-styles.css")) {
      URL resolved = getClass().getClassLoader().getResource(WEBJAR_APP + app + "/" + file);
      assertThat(resolved).as(file).hasToString(ownResource(app, file).toString());
    }
  }

  @Test
  void tasklistConfigKeepsTheWebjarsKeyboardShortcuts() throws IOException {
    String original = text(webjarResource("tasklist", "scripts/config.js"));
    String ours = text(ownResource("tasklist", "scripts/config.js"));

    List<String> shortcutKeys = matches(Pattern.compile("key: '[^']+'"), original);
    assertThat(shortcutKeys).hasSize(5);
    assertThat(matches(Pattern.compile("key: '[^']+'"), ours)).isEqualTo(shortcutKeys);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void vietnameseLabelsAreServedWithoutLogin(String app) throws Exception {
    HttpResponse<byte[]> response = get("/camunda/app/" + app + "/locales/vi.json");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode labels = json.readTree(response.body()).path("labels");
    Map<String, String> glossary = app.equals("tasklist") ? TASKLIST_GLOSSARY : WELCOME_GLOSSARY;
    glossary.forEach((key, term) -> assertThat(labels.path(key).asText()).as(key).isEqualTo(term));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void servedConfigOffersVietnameseFirstAndFallsBackToIt(String app) throws Exception {
    HttpResponse<byte[]> response = get("/camunda/app/" + app + "/scripts/config.js");

    assertThat(response.statusCode()).isEqualTo(200);
    String config = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(config).containsPattern(VIETNAMESE_FIRST).containsPattern(FALLBACK_VIETNAMESE);
    assertThat(config).contains("vendor: 'PhoiHop –'");
    // Vietnamese in a script is only read right when the script says it is UTF-8.
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .containsIgnoringCase("charset=UTF-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void appPageIsServedAsUtf8(String app) throws Exception {
    HttpResponse<byte[]> response = get("/camunda/app/" + app + "/default/");

    assertThat(response.statusCode())
        .as(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .containsIgnoringCase("charset=UTF-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void servedStylesheetHidesTheCamunda8Banner(String app) throws Exception {
    HttpResponse<byte[]> response = get("/camunda/app/" + app + "/styles/user-styles.css");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(new String(response.body(), StandardCharsets.UTF_8))
        .containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none;");
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    // A fresh client without cookies: these assets must load before anyone has logged in.
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The webjar's copy of a file, even where the application's own copy hides it. */
  private URL webjarResource(String app, String file) throws IOException {
    return resources(app, file).stream()
        .filter(url -> url.toString().contains("camunda-webapp-webjar"))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no " + file + " of " + app + " in the Camunda webjar"));
  }

  private URL ownResource(String app, String file) throws IOException {
    return resources(app, file).stream()
        .filter(url -> !url.toString().contains("camunda-webapp-webjar"))
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

  /**
   * Every leaf of the document by its path, e.g. {@code /labels/CLAIM_TASK}, {@code
   * /dateLocales/months/0}.
   */
  private static Map<String, JsonNode> leaves(JsonNode node) {
    Map<String, JsonNode> leaves = new TreeMap<>();
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

  private static List<String> matches(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.results().map(MatchResult::group).sorted().toList();
  }
}
