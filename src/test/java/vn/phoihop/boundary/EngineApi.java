package vn.phoihop.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The engine API as its clients reach it: {@code /engine-rest} with HTTP Basic, or the webapps'
 * engine API ({@code /camunda/api/engine/engine/default}) with a real webapp login, session cookie
 * and CSRF token, as Tasklist and Cockpit call it.
 */
final class EngineApi {

  static final ObjectMapper JSON = new ObjectMapper();

  record Response(int status, String body) {
    JsonNode json() {
      try {
        return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  private final int port;
  private final HttpClient client;
  private final String prefix;
  private String authorization;
  private String csrf;

  private EngineApi(int port, HttpClient client, String prefix) {
    this.port = port;
    this.client = client;
    this.prefix = prefix;
  }

  /** {@code /engine-rest} as {@code userId}. */
  static EngineApi basic(int port, String userId, String password) {
    EngineApi api = new EngineApi(port, HttpClient.newHttpClient(), "/engine-rest");
    api.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
    return api;
  }

  /** The webapps' engine API after logging into {@code app} as {@code userId}. */
  static EngineApi webapp(int port, String userId, String password, String app) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    EngineApi api = new EngineApi(port, client, "/camunda/api/engine/engine/default");
    HttpResponse<String> page =
        client.send(
            HttpRequest.newBuilder(api.uri("/camunda/app/" + app + "/default/")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    api.csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    String form =
        "username="
            + URLEncoder.encode(userId, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login =
        client.send(
            HttpRequest.newBuilder(api.uri("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", api.csrf)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (login.statusCode() != 200) {
      throw new AssertionError("login of " + userId + " into " + app + ": " + login.statusCode());
    }
    // The login starts a new session with a new token: fetched as Tasklist does, from a page.
    HttpResponse<String> again =
        client.send(
            HttpRequest.newBuilder(api.uri("/camunda/app/" + app + "/default/")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    api.csrf = again.headers().firstValue("X-XSRF-TOKEN").orElse(api.csrf);
    return api;
  }

  Response get(String path) throws Exception {
    return send(request(path).GET());
  }

  Response post(String path, Object body) throws Exception {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  Response put(String path, Object body) throws Exception {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  /** A multipart form, as {@code .../variables/{name}/data} takes it: part name → (type, text). */
  Response postMultipart(String path, Map<String, String[]> parts) throws Exception {
    String boundary = "----phoihop" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String[]> part : parts.entrySet()) {
      String head =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + part.getKey()
              + "\""
              + (part.getKey().equals("data") ? "; filename=\"data.bin\"" : "")
              + "\r\nContent-Type: "
              + part.getValue()[0]
              + "\r\n\r\n";
      body.write(head.getBytes(StandardCharsets.UTF_8));
      body.write(part.getValue()[1].getBytes(StandardCharsets.UTF_8));
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri(prefix + path)).header("Accept", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (csrf != null) {
      builder.header("X-XSRF-TOKEN", csrf);
    }
    return builder;
  }

  private Response send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response =
        client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Response(response.statusCode(), response.body());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
