package vn.phoihop.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cache headers of the webapps' static files. Camunda's pages name their own scripts, styles and
 * fonts with the release in the address ({@code lib/deps.js?bust=7.24.0}): such a file is the same
 * until the next Camunda release changes the address, so browsers keep it for a year without asking
 * again. PhoiHop's own files in the webapps (config.js, locales, styles, custom scripts) carry the
 * same {@code bust} but change with every PhoiHop release, so they — and every other static file —
 * are kept but revalidated ({@code no-cache}: a 304 answer when unchanged). The pages themselves
 * ({@code app/tasklist/default/}, HTML) and every API answer keep Spring Security's {@code
 * no-store}: this filter only sets a header where none would be cached wrongly, and Spring Security
 * writes its own only when the response has none.
 */
@Component
class WebappCaching extends OncePerRequestFilter {

  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String REVALIDATE = "no-cache";

  private static final String WEBJAR = "META-INF/resources/webjars/camunda/";

  /** The jar Camunda's own webapp files come from. */
  private static final String CAMUNDA_WEBJAR = "/camunda-webapp-webjar-";

  private final String webappPath;

  /** Static file (path under the webapps) → whether it is Camunda's own; only existing files. */
  private final Map<String, Boolean> camundaOwned = new ConcurrentHashMap<>();

  WebappCaching(@Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    this.webappPath = webappPath.endsWith("/") ? webappPath : webappPath + "/";
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String policy = policy(request);
    if (policy != null) {
      response.setHeader(HttpHeaders.CACHE_CONTROL, policy);
    }
    chain.doFilter(request, response);
  }

  /** The Cache-Control header for the request, null to leave the default (not stored). */
  String policy(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      return null;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith(webappPath)
        || path.startsWith(webappPath + "api/")
        || path.endsWith("/")
        || path.endsWith(".html")
        || path.contains("..")) {
      return null;
    }
    Boolean camunda = owner(path.substring(webappPath.length()));
    if (camunda == null) {
      return null;
    }
    return camunda && request.getParameter("bust") != null ? IMMUTABLE : REVALIDATE;
  }

  /** Whether the file is Camunda's (true), PhoiHop's (false), or no file at all (null). */
  private Boolean owner(String file) {
    Boolean known = camundaOwned.get(file);
    if (known != null) {
      return known;
    }
    URL url = WebappCaching.class.getClassLoader().getResource(WEBJAR + file);
    if (url == null) {
      return null;
    }
    boolean camunda = url.toString().contains(CAMUNDA_WEBJAR);
    camundaOwned.put(file, camunda);
    return camunda;
  }
}
