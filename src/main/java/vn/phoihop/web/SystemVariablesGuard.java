package vn.phoihop.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda lets whoever may work on a task write any process variable with it: completing a task (or
 * setting its variables) with {@code leadAgency} would re-route the lead's next steps to another
 * agency. This refuses, with a 400, task submissions through {@code /engine-rest} and the webapps'
 * engine API ({@code /camunda/api/engine}) that carry a variable PhoiHop sets itself. Forms never
 * submit those names; administrators can still correct instances in Cockpit.
 */
class SystemVariablesGuard extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(SystemVariablesGuard.class);

  /** Task operations that write variables; group 2 is a variable name in the path, if any. */
  private static final Pattern TASK_WRITE =
      Pattern.compile(
          ".*/task/[^/]+/(complete|submit-form|resolve|variables|localVariables)(?:/([^/]+))?/?$");

  private final Set<String> protectedNames;
  private final ObjectMapper objectMapper;

  SystemVariablesGuard(List<SystemVariables> features, ObjectMapper objectMapper) {
    Set<String> names = new HashSet<>();
    features.forEach(f -> names.addAll(f.names()));
    this.protectedNames = Set.copyOf(names);
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    boolean writes = "POST".equals(method) || "PUT".equals(method) || "DELETE".equals(method);
    return !writes || !TASK_WRITE.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher path = TASK_WRITE.matcher(request.getRequestURI());
    path.matches();
    byte[] body = request.getInputStream().readAllBytes();
    List<String> names = new ArrayList<>();
    if (path.group(2) != null) {
      names.add(java.net.URLDecoder.decode(path.group(2), StandardCharsets.UTF_8));
    }
    names.addAll(variableNames(body));
    for (String name : names) {
      if (protectedNames.contains(name)) {
        log.warn(
            "Refused {} {} by {}: it writes system variable '{}'",
            request.getMethod(),
            request.getRequestURI(),
            request.getRemoteUser(),
            name);
        refuse(response, name);
        return;
      }
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /** Keys of "variables" and "modifications", entries of "deletions". */
  private List<String> variableNames(byte[] body) {
    List<String> names = new ArrayList<>();
    if (body.length == 0) {
      return names;
    }
    JsonNode json;
    try {
      json = objectMapper.readTree(body);
    } catch (IOException e) {
      return names; // not JSON: Camunda's REST layer answers that itself
    }
    if (json == null) {
      return names;
    }
    for (String container : List.of("variables", "modifications")) {
      json.path(container).fieldNames().forEachRemaining(names::add);
    }
    json.path("deletions").forEach(node -> names.add(node.asText()));
    return names;
  }

  private void refuse(HttpServletResponse response, String name) throws IOException {
    String detail =
        "Không được thay đổi biến hệ thống '" + name + "' của quy trình khi xử lý công việc.";
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    objectMapper.writeValue(
        response.getOutputStream(),
        Map.of(
            "type",
            "InvalidRequestException",
            "message",
            detail,
            "title",
            "Invalid input",
            "status",
            400,
            "detail",
            detail,
            "field",
            name));
  }
}
