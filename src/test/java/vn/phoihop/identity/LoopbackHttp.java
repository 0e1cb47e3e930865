package vn.phoihop.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 by hand over a socket bound to a chosen loopback address (127.0.0.1, 127.0.0.2, ...), so
 * that PhoiHop sees requests from different client addresses. Linux routes all of 127/8 to the
 * loopback interface.
 */
final class LoopbackHttp {

  static final String FIRST = "127.0.0.1";
  static final String SECOND = "127.0.0.2";

  private final String clientAddress;
  private final int port;

  LoopbackHttp(String clientAddress, int port) {
    this.clientAddress = clientAddress;
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
  }

  Response basic(String path, String userId, String password) throws IOException {
    String credentials =
        Base64.getEncoder()
            .encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(
        "GET",
        path,
        Map.of("Authorization", "Basic " + credentials, "Accept", "application/json"),
        null);
  }

  Response send(String method, String path, Map<String, String> headers, String body)
      throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(clientAddress), 0));
      socket.connect(new InetSocketAddress(InetAddress.getByName(FIRST), port), 5_000);
      socket.setSoTimeout(30_000);
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
      head.append("Host: ").append(FIRST).append(':').append(port).append("\r\n");
      head.append("Connection: close\r\n");
      headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
      if (body != null) {
        head.append("Content-Length: ").append(content.length).append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream().readAllBytes());
    }
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
              lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
    if (encoding.stream().anyMatch(e -> e.equalsIgnoreCase("chunked"))) {
      body = dechunk(body);
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
      String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
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
    throw new IllegalStateException("malformed HTTP response");
  }

  /** The webapps' login as a browser does it: session cookie, then the XSRF token it hands out. */
  final class WebappSession {
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf; // handed out once per session

    private void open() throws IOException {
      if (csrf != null) {
        return;
      }
      Response page =
          send(
              "GET",
              "/camunda/app/tasklist/default/",
              withCookies(Map.of("Accept", "application/json")),
              null);
      keepCookies(page);
      csrf = page.header("X-XSRF-TOKEN");
      if (csrf == null) {
        throw new IllegalStateException("no XSRF token: " + page.status());
      }
    }

    Response login(String userId, String password, String app) throws IOException {
      open();
      String form =
          "username="
              + URLEncoder.encode(userId, StandardCharsets.UTF_8)
              + "&password="
              + URLEncoder.encode(password, StandardCharsets.UTF_8);
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", "application/x-www-form-urlencoded");
      headers.put("Accept", "application/json");
      headers.put("X-XSRF-TOKEN", csrf);
      Response response =
          send(
              "POST",
              "/camunda/api/admin/auth/user/default/login/" + app,
              withCookies(headers),
              form);
      keepCookies(response);
      return response;
    }

    Response post(String path, String json) throws IOException {
      open();
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", "application/json");
      headers.put("Accept", "application/json");
      headers.put("X-XSRF-TOKEN", csrf);
      return send("POST", path, withCookies(headers), json);
    }

    private Map<String, String> withCookies(Map<String, String> headers) {
      Map<String, String> all = new LinkedHashMap<>(headers);
      if (!cookies.isEmpty()) {
        all.put(
            "Cookie",
            String.join(
                "; ",
                cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
      }
      return all;
    }

    private void keepCookies(Response response) {
      for (String cookie : response.all("Set-Cookie")) {
        String pair = cookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
      }
    }
  }
}
