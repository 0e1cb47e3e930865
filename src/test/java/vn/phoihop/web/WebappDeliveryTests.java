package vn.phoihop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * How the webapps' files travel: text compressed, Camunda's versioned files cached for a year,
 * PhoiHop's own files revalidated, pages and API answers never stored.
 */
@PhoiHopIntegrationTest
class WebappDeliveryTests {

  @LocalServerPort int port;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void depsJsIsSentCompressedAndCachedForAYear() throws Exception {
    HttpResponse<byte[]> deps = get("/camunda/lib/deps.js?bust=7.24.0", "gzip", null);

    assertThat(deps.statusCode()).isEqualTo(200);
    assertThat(deps.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(deps.headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=31536000, immutable");
    assertThat(deps.headers().firstValue("Pragma")).isEmpty();
    byte[] plain = new GZIPInputStream(new ByteArrayInputStream(deps.body())).readAllBytes();
    assertThat(plain.length).isGreaterThan(3_000_000);
    assertThat(deps.body().length).isLessThan(plain.length / 3);
  }

  @Test
  void aClientThatDoesNotAskForGzipGetsThePlainFile() throws Exception {
    HttpResponse<byte[]> deps = get("/camunda/lib/deps.js?bust=7.24.0", null, null);

    assertThat(deps.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(deps.body().length).isGreaterThan(3_000_000);
  }

  @Test
  void camundasFilesWithoutTheReleaseInTheAddressAreRevalidated() throws Exception {
    HttpResponse<byte[]> deps = get("/camunda/lib/deps.js", "gzip", null);

    assertThat(deps.headers().firstValue("Cache-Control")).hasValue("no-cache");
  }

  @Test
  void phoihopsOwnFilesAreRevalidatedAndAnswer304WhenUnchanged() throws Exception {
    for (String file :
        new String[] {
          "/camunda/app/tasklist/styles/user-styles.css?bust=7.24.0",
          "/camunda/app/tasklist/locales/vi.json?bust=7.24.0",
          "/camunda/app/tasklist/scripts/config.js?bust=1796173816727",
          "/camunda/app/tasklist/scripts/phoihop-shell.js?bust=7.24.0"
        }) {
      HttpResponse<byte[]> first = get(file, "gzip", null);
      assertThat(first.statusCode()).as(file).isEqualTo(200);
      assertThat(first.headers().firstValue("Cache-Control")).as(file).hasValue("no-cache");
      String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

      HttpResponse<byte[]> again = get(file, "gzip", lastModified);
      assertThat(again.statusCode()).as(file).isEqualTo(304);
      assertThat(again.body()).as(file).isEmpty();
    }
  }

  @Test
  void theTasklistPageIsNeverStored() throws Exception {
    HttpResponse<byte[]> page = get("/camunda/app/tasklist/default/", "gzip", null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
  }

  @Test
  void theWebappsApiIsNeverStored() throws Exception {
    HttpResponse<byte[]> engines = get("/camunda/api/engine/engine/", "gzip", null);
    HttpResponse<byte[]> plugin =
        get(
            "/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js?bust=7.24.0",
            "gzip",
            null);

    assertThat(engines.statusCode()).isEqualTo(200);
    assertThat(engines.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    assertThat(plugin.headers().firstValue("Cache-Control").orElse("no-cache"))
        .doesNotContain("max-age=31536000");
  }

  @Test
  void aMissingFileIsNotCached() throws Exception {
    HttpResponse<byte[]> missing = get("/camunda/lib/no-such-file.js?bust=7.24.0", "gzip", null);

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Cache-Control").orElse(""))
        .doesNotContain("max-age=3");
  }

  private HttpResponse<byte[]> get(String path, String encoding, String ifModifiedSince)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (encoding != null) {
      request.header("Accept-Encoding", encoding);
    }
    if (ifModifiedSince != null) {
      request.header("If-Modified-Since", ifModifiedSince);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
