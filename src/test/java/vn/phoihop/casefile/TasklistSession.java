package vn.phoihop.casefile;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A browser signed in to Tasklist: its cookie jar (session, {@code XSRF-TOKEN}) and the case file's
 * requests as {@code plugin.js} sends them — the token from the cookie in {@code X-XSRF-TOKEN}.
 */
public final class TasklistSession {

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

  public TasklistSession(int port) {
    this.port = port;
  }

  /** A session signed in as {@code userId}; fails unless the login succeeds. */
  public static TasklistSession signedIn(int port, String userId, String password)
      throws Exception {
    TasklistSession session = new TasklistSession(port);
    int status = session.login(userId, password);
    if (status != 200) {
      throw new IllegalStateException("Login of " + userId + " answered " + status);
    }
    return session;
  }

  int login(String userId, String password) throws Exception {
    get("/camunda/app/tasklist/default/");
    String form =
        "username="
            + URLEncoder.encode(userId, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpRequest login =
        HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", csrf())
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    int status = client.send(login, HttpResponse.BodyHandlers.ofString()).statusCode();
    // The session changes at login, and with it the token: fetch the new one as Tasklist does.
    get("/camunda/app/tasklist/default/");
    return status;
  }

  /** The {@code XSRF-TOKEN} cookie, as {@code plugin.js} reads it. */
  public String csrf() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .reduce((first, last) -> last)
        .orElse("");
  }

  public HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public HttpResponse<byte[]> getBytes(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A multipart upload of one {@code file} part; {@code withToken} false leaves the header out. */
  public HttpResponse<String> upload(
      String path, String fileName, String contentType, byte[] content, boolean withToken)
      throws Exception {
    String boundary = "----phoihop" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (withToken) {
      request.header("X-XSRF-TOKEN", csrf());
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> delete(String path, boolean withToken) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).DELETE();
    if (withToken) {
      request.header("X-XSRF-TOKEN", csrf());
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The case file path of a task. */
  public static String caseFile(String taskId) {
    return "/camunda/api/tasklist/plugin/casefile/default/task/" + taskId;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
