package vn.phoihop.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.TestRequests;

/**
 * The error model on every path PhoiHop serves, one row per kind of bad request: {@code /api/v1}
 * (unknown path, method, media types, malformed and mistyped JSON, paging and date bounds,
 * uploads), the servlet container (non-canonical paths, an encoded slash, a header over the limit),
 * {@code /engine-rest} and the webapps' engine API. Each answer must be a problem ({@code
 * application/problem+json}, English {@code title}, numeric {@code status}, Vietnamese {@code
 * detail}) naming the field as the client sent it, must leave the table it would have written to as
 * it was, and must log nothing at ERROR and no stack trace.
 *
 * <p>Requests go over a raw socket: paths such as {@code ;x=1}, {@code %2F} or {@code /../} reach
 * the server exactly as written.
 */
@PhoiHopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorModelTests {

  static final String STAFF = "canbo.qltttni";
  static final String OFFICER = "canbo.qltttnid1";
  static final String LIAISON = "daumoi.catni";
  static final String ADMIN = "quantri";

  /** A user prefixed with this logs into the webapps and calls their engine API. */
  static final String WEBAPP = "webapp:";

  static final String ENGINE = "/engine-rest";
  static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  @Value("${phoihop.demo.password}")
  String password;

  /** A referral in its draft, open for uploads by {@link #OFFICER}. */
  String referral;

  private final Map<String, Session> sessions = new HashMap<>();

  /** One bad request and what it must answer. */
  record Row(
      String name,
      String method,
      String path,
      String user,
      Map<String, String> headers,
      Supplier<byte[]> body,
      int status,
      String field,
      String table) {

    @Override
    public String toString() {
      return name;
    }

    Row as(String who) {
      return new Row(name, method, path, who, headers, body, status, field, table);
    }

    Row header(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Row(this.name, method, path, user, more, body, status, field, table);
    }

    Row answers(int status, String field) {
      return new Row(name, method, path, user, headers, body, status, field, table);
    }

    Row storesNothingIn(String table) {
      return new Row(name, method, path, user, headers, body, status, field, table);
    }
  }

  static Row row(String name, String method, String path) {
    return new Row(name, method, path, STAFF, Map.of(), null, 0, null, null);
  }

  static Row json(String name, String method, String path, String json) {
    return new Row(
            name,
            method,
            path,
            STAFF,
            Map.of(),
            () -> json.getBytes(StandardCharsets.UTF_8),
            0,
            null,
            null)
        .header("Content-Type", "application/json");
  }

  /** A valid agreement with one property replaced by {@code value} (raw JSON). */
  static Row agreement(String name, String property, String value) {
    return json(name, "POST", "/api/v1/agreements", with(validAgreement(), property, value))
        .storesNothingIn("agreement");
  }

  /** A valid dossier with one property replaced by {@code value} (raw JSON). */
  static Row dossier(String name, String property, String value) {
    return json(name, "POST", "/api/v1/referrals", with(validDossier(), property, value))
        .as(OFFICER)
        .storesNothingIn("case_referral");
  }

  Stream<Row> rows() {
    String holiday = "{\"kind\":\"HOLIDAY\",\"name\":\"Ngày thử\",\"provisional\":false}";
    return Stream.of(
        // ---- /api/v1: Spring MVC's own refusals
        row("unknown path", "GET", "/api/v1/khong-co").answers(404, null),
        row("method not allowed", "DELETE", "/api/v1/agencies").answers(405, null),
        json("unsupported media type", "POST", "/api/v1/agreements", "tiêu đề")
            .header("Content-Type", "text/plain")
            .answers(415, null)
            .storesNothingIn("agreement"),
        row("not acceptable", "GET", "/api/v1/agencies")
            .header("Accept", "application/xml")
            .answers(406, null),
        // ---- malformed JSON and 16 kinds of wrong JSON types, named by Jackson's path
        json("malformed JSON", "POST", "/api/v1/agreements", "{\"title\": \"x\",")
            .answers(400, null)
            .storesNothingIn("agreement"),
        json("no body", "POST", "/api/v1/agreements", "").answers(400, null),
        json("array for the body", "POST", "/api/v1/agreements", "[]").answers(400, "body"),
        agreement("object for a text", "title", "{\"vi\":\"Quy chế\"}").answers(400, "title"),
        agreement("list for a text", "kind", "[\"PLAN\"]").answers(400, "kind"),
        agreement("text for a list", "partnerAgencies", "\"SCT-TNI\"")
            .answers(400, "partnerAgencies"),
        agreement("object in a list of texts", "partnerAgencies", "[{\"code\":\"SCT-TNI\"}]")
            .answers(400, "partnerAgencies[0]"),
        agreement("list in a list of texts", "fields", "[\"PETROLEUM\",[\"LPG\"]]")
            .answers(400, "fields[1]"),
        agreement("object for a list", "fields", "{\"PETROLEUM\":true}").answers(400, "fields"),
        agreement("object for a date", "termStart", "{\"year\":2026}").answers(400, "termStart"),
        agreement("list for a date", "termEnd", "[2028,12,31]").answers(400, "termEnd"),
        dossier("text for a boolean", "borderArea", "\"có\"").answers(400, "borderArea"),
        dossier("object for a boolean", "customsControl", "{}").answers(400, "customsControl"),
        dossier("text for a number", "estimatedValueVnd", "\"nhiều\"")
            .answers(400, "estimatedValueVnd"),
        dossier("list for a number", "estimatedValueVnd", "[1]").answers(400, "estimatedValueVnd"),
        dossier("object for a text (dossier)", "caseSummary", "{\"x\":1}")
            .answers(400, "caseSummary"),
        json("unknown enum value", "PUT", "/api/v1/holidays/2030-01-02", "{\"kind\":\"NOPE\"}")
            .as(ADMIN)
            .answers(400, "kind")
            .storesNothingIn("holiday"),
        json(
                "text for a boolean (holiday)",
                "PUT",
                "/api/v1/holidays/2030-01-02",
                "{\"kind\":\"HOLIDAY\",\"name\":\"x\",\"provisional\":\"có lẽ\"}")
            .as(ADMIN)
            .answers(400, "provisional")
            .storesNothingIn("holiday"),
        json(
                "text for an integer (extension)",
                "POST",
                "/api/v1/referrals/CHS-2026-9999/extensions",
                "{\"months\":\"hai\",\"reason\":\"Cần giám định.\"}")
            .as(LIAISON)
            .answers(400, "months")
            .storesNothingIn("case_referral_extension"),
        json(
                "object for a text (withdrawal)",
                "POST",
                "/api/v1/referrals/CHS-2026-9999/withdrawal",
                "{\"reason\":{\"text\":\"x\"}}")
            .as(OFFICER)
            .answers(400, "reason"),
        // ---- bounds of paging and dates
        row("page past any offset (referrals)", "GET", "/api/v1/referrals?page=2147483647")
            .answers(400, "page"),
        row("page past any offset (agreements)", "GET", "/api/v1/agreements?page=2147483647")
            .answers(400, "page"),
        row("negative page", "GET", "/api/v1/referrals?page=-1").answers(400, "page"),
        row("empty page", "GET", "/api/v1/referrals?size=0").answers(400, "size"),
        row("page too large", "GET", "/api/v1/agreements?size=201").answers(400, "size"),
        row("page not a number", "GET", "/api/v1/agreements?page=abc").answers(400, "page"),
        row(
                "deadline from the year 999999999",
                "GET",
                "/api/v1/calendar/deadline?from=%2B999999999-12-31&duration=1")
            .answers(400, "from"),
        row("deadline from 1800", "GET", "/api/v1/calendar/deadline?from=1800-01-01&duration=1")
            .answers(400, "from"),
        row("deadline without from", "GET", "/api/v1/calendar/deadline?duration=1")
            .answers(400, "from"),
        json("holiday in the year 999999999", "PUT", "/api/v1/holidays/%2B999999999-12-31", holiday)
            .as(ADMIN)
            .answers(400, "day")
            .storesNothingIn("holiday"),
        // ---- uploads
        upload("file over the multipart limit", "dossier.pdf", 25 * 1024 * 1024 + 10 * 1024)
            .answers(413, "file"),
        upload("file name of 1000 characters", "a".repeat(1000) + ".pdf", 64).answers(400, "file"),
        // ---- the servlet container, before and around any servlet
        row("header over the limit", "GET", "/api/v1/agencies")
            .header("X-Padding", "a".repeat(20_000))
            .answers(400, null),
        row("encoded servlet path", "GET", "/%65ngine-rest/user").as(null).answers(400, null),
        row("path parameter", "GET", "/engine-rest;x=1/user").as(null).answers(400, null),
        row("dot segments", "GET", "/api/v1/../../engine-rest/user").as(null).answers(400, null),
        row("encoded slash", "GET", "/api/v1/agencies%2F..").as(null).answers(400, null),
        row("path parameter in /api", "GET", "/api;x=1/v1/agencies").answers(400, null),
        row("path parameter in the webapps", "GET", "/camunda/api/engine/engine/default/user;x=1")
            .as(null)
            .answers(400, null),
        // ---- /engine-rest
        json(
                "complete a task that does not exist",
                "POST",
                ENGINE + "/task/khong-co/complete",
                "{}")
            .as(OFFICER)
            .answers(404, null),
        json("submit the form of no task", "POST", ENGINE + "/task/khong-co/submit-form", "{}")
            .as(ADMIN)
            .answers(404, null),
        row("read a task that does not exist", "GET", ENGINE + "/task/khong-co")
            .as(ADMIN)
            .answers(404, null),
        row("unknown engine path", "GET", ENGINE + "/khong-co").as(ADMIN).answers(404, null),
        row("engine method not allowed", "DELETE", ENGINE + "/task").as(ADMIN).answers(405, null),
        row("engine query parameter not a number", "GET", ENGINE + "/task?firstResult=abc")
            .as(ADMIN)
            .answers(400, null),
        json("engine malformed JSON", "POST", ENGINE + "/task", "{bad")
            .as(ADMIN)
            .answers(400, null),
        json(
                "user id with a space",
                "POST",
                ENGINE + "/user/create",
                newUser("ca bo", "Abc@12345678"))
            .as(ADMIN)
            .answers(400, "id")
            .storesNothingIn("ACT_ID_USER"),
        json(
                "user id with a slash",
                "POST",
                ENGINE + "/user/create",
                newUser("ca/bo", "Abc@12345678"))
            .as(ADMIN)
            .answers(400, "id")
            .storesNothingIn("ACT_ID_USER"),
        json("weak password", "POST", ENGINE + "/user/create", newUser("canbo.moi", "a"))
            .as(ADMIN)
            .answers(400, "password")
            .storesNothingIn("ACT_ID_USER"),
        json(
                "group id with a space",
                "POST",
                ENGINE + "/group/create",
                "{\"id\":\"nhom moi\",\"name\":\"Nhóm\",\"type\":\"WORKFLOW\"}")
            .as(ADMIN)
            .answers(400, "id")
            .storesNothingIn("ACT_ID_GROUP"),
        // ---- the webapps' engine API, with a webapp login (Tasklist, Admin)
        json(
                "Admin creates a user with a space",
                "POST",
                WEBAPP_ENGINE + "/user/create",
                newUser("ca bo", "Abc@12345678"))
            .as(WEBAPP + ADMIN)
            .answers(400, "id")
            .storesNothingIn("ACT_ID_USER"),
        json(
                "Tasklist submits the form of no task",
                "POST",
                WEBAPP_ENGINE + "/task/khong-co/submit-form",
                "{\"variables\":{}}")
            .as(WEBAPP + OFFICER)
            .answers(404, null),
        json(
                "Tasklist claims no task",
                "POST",
                WEBAPP_ENGINE + "/task/khong-co/claim",
                "{\"userId\":\"" + OFFICER + "\"}")
            .as(WEBAPP + OFFICER)
            .answers(404, null),
        row("Tasklist reads no task", "GET", WEBAPP_ENGINE + "/task/khong-co")
            .as(WEBAPP + OFFICER)
            .answers(404, null),
        row("unknown webapp API path", "GET", "/camunda/api/khong-co").as(null).answers(404, null));
  }

  @BeforeAll
  void openAReferral() throws Exception {
    Http.Response created =
        send(json("setup", "POST", "/api/v1/referrals", validDossier()).as(OFFICER));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    referral = JSON.readTree(created.body()).get("code").asText();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void answersAProblemNamingTheFieldAndChangesNothing(Row row) throws Exception {
    Long before = count(row.table());
    ListAppender<ILoggingEvent> logged = capture();
    Http.Response response;
    try {
      response = send(row);
    } finally {
      release(logged);
    }

    assertThat(response.status()).as(response.toString()).isEqualTo(row.status());
    assertThat(response.header("content-type"))
        .as(response.toString())
        .startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("title").asText()).as(response.toString()).matches("[ -~]+");
    assertThat(problem.path("status").isInt()).as(response.toString()).isTrue();
    assertThat(problem.path("status").asInt()).isEqualTo(row.status());
    assertThat(problem.path("detail").asText()).as(response.toString()).matches(VIETNAMESE);
    if (row.field() == null) {
      assertThat(problem.has("field")).as(response.toString()).isFalse();
    } else {
      assertThat(problem.path("field").asText()).as(response.toString()).isEqualTo(row.field());
      assertThat(problem.at("/errors/0/field").asText()).isEqualTo(row.field());
      assertThat(problem.at("/errors/0/message").asText()).matches(VIETNAMESE);
    }
    if (row.path().startsWith(ENGINE) || row.path().startsWith("/camunda/api/engine")) {
      // Tasklist, Cockpit and Admin show `message` to the user
      assertThat(problem.path("message").asText()).isEqualTo(problem.path("detail").asText());
    }
    assertThat(count(row.table())).as("rows in " + row.table()).isEqualTo(before);
    assertThat(logged.list)
        .as("logged at ERROR or with a stack trace")
        .noneMatch(
            e -> e.getLevel().isGreaterOrEqual(Level.ERROR) || e.getThrowableProxy() != null);
  }

  static final String VIETNAMESE =
      "(?s).*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý].*";

  // ------------------------------------------------------------------------------ requests

  private Long count(String table) {
    return table == null ? null : jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  private Http.Response send(Row row) throws IOException {
    String path = row.path().replace("{referral}", referral == null ? "" : referral);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Accept", "application/json");
    headers.putAll(row.headers());
    if (row.user() != null && row.user().startsWith(WEBAPP)) {
      Session session = session(row.user().substring(WEBAPP.length()));
      headers.put("Cookie", session.cookies());
      headers.put("X-XSRF-TOKEN", session.csrf);
    } else if (row.user() != null) {
      headers.put("Authorization", basic(row.user()));
    }
    return new Http(port)
        .send(row.method(), path, headers, row.body() == null ? null : row.body().get());
  }

  private String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The webapps' own login, as a browser does it; one session per user for the whole class. */
  private Session session(String user) throws IOException {
    Session existing = sessions.get(user);
    if (existing != null) {
      return existing;
    }
    Session session = new Session();
    String app = user.equals(ADMIN) ? "admin" : "tasklist";
    session.open(app);
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    Http.Response login =
        new Http(port)
            .send(
                "POST",
                "/camunda/api/admin/auth/user/default/login/" + app,
                Map.of(
                    "Content-Type",
                    "application/x-www-form-urlencoded",
                    "Accept",
                    "application/json",
                    "X-XSRF-TOKEN",
                    session.csrf,
                    "Cookie",
                    session.cookies()),
                form.getBytes(StandardCharsets.UTF_8));
    assertThat(login.status()).as("login of " + user + ": " + login).isEqualTo(200);
    session.keep(login);
    session.open(app); // the login starts a new session with a new token
    sessions.put(user, session);
    return session;
  }

  private final class Session {
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    void open(String app) throws IOException {
      Http.Response page =
          new Http(port)
              .send("GET", "/camunda/app/" + app + "/default/", Map.of("Cookie", cookies()), null);
      keep(page);
      if (page.header("x-xsrf-token") != null) {
        csrf = page.header("x-xsrf-token");
      }
    }

    void keep(Http.Response response) {
      for (String cookie : response.all("set-cookie")) {
        String pair = cookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }

    String cookies() {
      List<String> pairs = new ArrayList<>();
      cookies.forEach((k, v) -> pairs.add(k + "=" + v));
      return String.join("; ", pairs);
    }
  }

  private Row upload(String name, String fileName, int size) {
    String boundary = "----phoihop-error-model";
    Supplier<byte[]> body =
        () -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream(size + 1024);
          byte[] head =
              ("--"
                      + boundary
                      + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                      + fileName
                      + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                  .getBytes(StandardCharsets.UTF_8);
          out.writeBytes(head);
          byte[] content = new byte[size];
          byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
          System.arraycopy(pdf, 0, content, 0, pdf.length);
          Arrays.fill(content, pdf.length, size, (byte) ' ');
          out.writeBytes(content);
          out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
          return out.toByteArray();
        };
    return new Row(
        name,
        "POST",
        "/api/v1/referrals/{referral}/documents",
        OFFICER,
        Map.of("Content-Type", "multipart/form-data; boundary=" + boundary),
        body,
        0,
        null,
        "case_referral_document");
  }

  private static ListAppender<ILoggingEvent> capture() {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    root().addAppender(appender);
    return appender;
  }

  private static void release(ListAppender<ILoggingEvent> appender) {
    root().detachAppender(appender);
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  // ------------------------------------------------------------------------------ bodies

  static String validAgreement() {
    return write(TestRequests.agreement());
  }

  static String validDossier() {
    return write(TestRequests.dossier());
  }

  static String newUser(String id, String password) {
    return write(
        Map.of(
            "profile",
            Map.of("id", id, "firstName", "Cán bộ", "lastName", "Mới", "email", "moi@demo.vn"),
            "credentials",
            Map.of("password", password)));
  }

  static String with(String json, String property, String rawValue) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(json);
      node.set(property, JSON.readTree(rawValue));
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  // ------------------------------------------------------------------------------ raw HTTP

  /** HTTP/1.1 by hand: the request line goes out byte for byte as given. */
  static final class Http {
    private final int port;

    Http(int port) {
      this.port = port;
    }

    record Response(int status, Map<String, List<String>> headers, String body) {
      String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? null : values.get(0);
      }

      List<String> all(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
      }

      @Override
      public String toString() {
        return status + " " + headers.get("content-type") + " " + body;
      }
    }

    Response send(String method, String path, Map<String, String> headers, byte[] body)
        throws IOException {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(60_000);
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        head.append("Connection: close\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (body != null) {
          head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        OutputStream out = socket.getOutputStream();
        try {
          out.write(head.toString().getBytes(StandardCharsets.UTF_8));
          if (body != null) {
            out.write(body);
          }
          out.flush();
        } catch (SocketException answeredEarly) {
          // The server may answer (and stop reading) before the whole body is sent.
        }
        return parse(readAll(socket.getInputStream()));
      }
    }

    private static byte[] readAll(InputStream in) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      try {
        for (int n; (n = in.read(chunk)) >= 0; ) {
          out.write(chunk, 0, n);
        }
      } catch (SocketException reset) {
        if (out.size() == 0) {
          throw reset;
        }
      }
      return out.toByteArray();
    }

    private static Response parse(byte[] raw) {
      int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
      String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers
            .computeIfAbsent(
                lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                k -> new ArrayList<>())
            .add(lines[i].substring(colon + 1).trim());
      }
      byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
      if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
        body = dechunk(body);
      }
      return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int at = 0;
      while (at < chunked.length) {
        int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
        int size =
            Integer.parseInt(
                new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1)
                    .split(";")[0].trim(),
                16);
        if (size == 0) {
          break;
        }
        out.write(chunked, lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
      }
      return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] needle, int from) {
      outer:
      for (int i = from; i <= data.length - needle.length; i++) {
        for (int j = 0; j < needle.length; j++) {
          if (data[i + j] != needle[j]) {
            continue outer;
          }
        }
        return i;
      }
      throw new IllegalStateException("malformed HTTP response: " + data.length + " bytes");
    }
  }
}
