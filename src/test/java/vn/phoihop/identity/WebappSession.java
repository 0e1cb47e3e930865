package vn.phoihop.identity;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A browser-like client of the webapps: cookie jar, and the XSRF token the webapps hand out. */
public final class WebappSession {

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

  /** The XSRF token of the latest answer that carried one. */
  private String csrf;

  public WebappSession(int port) {
    this.port = port;
  }

  /** Logs in through the webapps' own login endpoint; returns its HTTP status. */
  public int login(String userId, String password, String app) throws Exception {
    HttpResponse<String> page = get("/camunda/app/" + app + "/default/");
    String csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    String form =
        "username="
            + URLEncoder.encode(userId, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpRequest login =
        HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", csrf)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return client.send(login, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  public HttpResponse<String> get(String path) throws Exception {
    return get(path, "application/json");
  }

  HttpResponse<String> get(String path, String accept) throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrf = token);
    return response;
  }

  /**
   * A JSON POST as the webapps send it: with the session's XSRF token (read from a GET of the app's
   * page first), or without any when {@code withToken} is false.
   */
  public HttpResponse<String> post(String app, String path, String json, boolean withToken)
      throws Exception {
    get("/camunda/app/" + app + "/default/", "text/html");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (withToken && csrf != null) {
      request.header("X-XSRF-TOKEN", csrf);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
