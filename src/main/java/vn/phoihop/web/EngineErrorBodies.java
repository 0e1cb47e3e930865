package vn.phoihop.web;

import static vn.phoihop.web.Problems.text;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every error answer of both engine APIs ({@code /engine-rest} and the webapps' {@code
 * /camunda/api/...}) a problem of PhoiHop's error model. Camunda's REST layers answer errors with
 * their own body ({@code type}, {@code message}, {@code code}), Jackson's parse errors as plain
 * text, and most engine exceptions as 500. This filter holds back any 4xx/5xx body that is not
 * already {@code application/problem+json} (the boundary's refusals are, and pass untouched) and
 * writes instead:
 *
 * <ul>
 *   <li>{@code title} (English), {@code status}, {@code detail} (Vietnamese, by status and
 *       situation), {@code field}/{@code errors[]} when a request field is at fault;
 *   <li>{@code message} = {@code detail}: Tasklist, Cockpit and Admin show {@code message} to the
 *       user, so they show the Vietnamese sentence; Camunda's own text moves to {@code cause};
 *   <li>Camunda's other properties as they were ({@code type} — the webapps test it for {@code
 *       AuthorizationException} —, {@code code}, the missing authorizations, …).
 * </ul>
 *
 * <p>Situations Camunda answers with the wrong status are corrected: a task (or other object) that
 * does not exist is 404 (completing one was 500), an invalid user, group or tenant id is 400 naming
 * {@code id}, a password the policy refuses is 400 naming {@code password}, a concurrent change is
 * 409, an unparsable query parameter is 400 (JAX-RS says 404). Camunda's REST exception logger is
 * off ({@code application.yaml}): it logged every 500 at WARN with a stack trace, expected ones
 * included. A real 5xx is logged here once, at ERROR, with the method, the path and the engine's
 * exception ({@link EngineFailureRecorder}).
 *
 * <p>Separate from {@code boundary.EngineProblemFilter} (which answers the boundary's refusals and
 * runs inside this one); errors sent with {@code sendError} go to the container's error page,
 * {@link ProblemErrorController}.
 */
class EngineErrorBodies extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(EngineErrorBodies.class);
  private static final int MAX_CAUSE = 1000;
  private static final Pattern INVALID_ID =
      Pattern.compile("^(User|Group|Tenant) has an invalid id: '(.*)' is not a valid resource");
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

  private final ObjectMapper objectMapper;

  EngineErrorBodies(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Capture capture = new Capture(response);
    chain.doFilter(request, capture);
    if (capture.sentError || response.isCommitted() || !capture.holdsBack()) {
      capture.release();
      return;
    }
    Map<String, Object> problem = rewrite(request, capture);
    response.resetBuffer();
    Problems.write(response, objectMapper, (Integer) problem.get("status"), problem);
  }

  private Map<String, Object> rewrite(HttpServletRequest request, Capture capture) {
    if (capture.writer != null) {
      capture.writer.flush();
    }
    int status = capture.getStatus();
    String contentType = capture.getContentType();
    byte[] bytes = capture.buffer.toByteArray();
    Map<String, Object> camunda = new LinkedHashMap<>();
    String text = null;
    if (bytes.length > 0) {
      if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
        try {
          camunda = objectMapper.readValue(bytes, MAP);
        } catch (IOException | RuntimeException notAnObject) {
          text = new String(bytes, charset(contentType));
        }
      } else {
        text = new String(bytes, charset(contentType));
      }
    }
    String cause = camunda.get("message") instanceof String message ? message : text;
    RuntimeException failure =
        request.getAttribute(EngineFailureRecorder.ATTRIBUTE) instanceof RuntimeException e
            ? e
            : null;

    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", camunda.getOrDefault("type", "about:blank"));
    Situation situation =
        camunda.get("detail") instanceof String detail
            ? new Situation(
                status,
                String.valueOf(camunda.getOrDefault("title", Problems.title(status))),
                detail,
                camunda.get("field") instanceof String field ? field : null)
            : classify(status, String.valueOf(camunda.get("type")), cause, text, failure);
    problem.put("title", situation.title());
    problem.put("status", situation.status());
    problem.put("detail", situation.detail());
    problem.put("message", situation.detail());
    if (cause != null && !cause.equals(situation.detail())) {
      problem.put(
          "cause", cause.length() > MAX_CAUSE ? cause.substring(0, MAX_CAUSE) + "…" : cause);
    }
    Problems.withField(problem, situation.field(), situation.detail());
    camunda.forEach(problem::putIfAbsent);
    problem.remove("instance");

    if (situation.status() >= 500) {
      log.error(
          "{} answering {} {}: {}",
          situation.status(),
          request.getMethod(),
          request.getRequestURI(),
          cause,
          failure);
    } else {
      log.debug(
          "{} answering {} {}: {}",
          situation.status(),
          request.getMethod(),
          request.getRequestURI(),
          cause);
    }
    return problem;
  }

  record Situation(int status, String title, String detail, String field) {
    static Situation of(int status, String detail) {
      return new Situation(status, Problems.title(status), detail, null);
    }
  }

  /** What an error of the engine APIs was, by the engine's exception and Camunda's answer. */
  static Situation classify(
      int status, String type, String message, String text, RuntimeException failure) {
    String engineMessage = failure == null ? message : failure.getMessage();
    if (failure instanceof NullValueException && startsWith(engineMessage, "Cannot find")) {
      return Situation.of(404, text("engine.notFound"));
    }
    Matcher invalidId = INVALID_ID.matcher(engineMessage == null ? "" : engineMessage);
    if (invalidId.find()) {
      return new Situation(
          400, "Invalid input", text("engine.resourceId", invalidId.group(2)), "id");
    }
    if (startsWith(engineMessage, "Password does not match policy")) {
      return new Situation(400, "Invalid input", text("engine.password"), "password");
    }
    if (failure instanceof OptimisticLockingException
        || "OptimisticLockingException".equals(type)) {
      return Situation.of(409, text("engine.conflict"));
    }
    if ("QueryParamException".equals(type)) {
      return Situation.of(400, text("engine.queryParameter"));
    }
    if (status == 404) {
      // Jersey's NotFoundException: no resource at this address; otherwise Camunda did not find
      // the object the address names.
      return "NotFoundException".equals(type)
          ? Situation.of(404, Problems.detail(404))
          : Situation.of(404, text("engine.notFound"));
    }
    if (status == 400 && text != null) {
      return new Situation(400, "Malformed request body", text("body.malformedNoLocation"), null);
    }
    if (status == 400) {
      return Situation.of(400, text("engine.invalid"));
    }
    return Situation.of(status, Problems.detail(status));
  }

  private static boolean startsWith(String text, String prefix) {
    return text != null && text.startsWith(prefix);
  }

  private static Charset charset(String contentType) {
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }

  /**
   * Passes a success (or a problem) straight through; holds back the body of any other error,
   * decided when the body is first written: Camunda's REST layers set the status and content type
   * before they write. A declared length is kept until then.
   */
  private static final class Capture extends HttpServletResponseWrapper {
    private ByteArrayOutputStream buffer;
    private Boolean holdBack;
    private Long declaredLength;
    private boolean sentError;
    private ServletOutputStream stream;
    private PrintWriter writer;

    Capture(HttpServletResponse response) {
      super(response);
    }

    /** Decides (once) whether this answer is held back; {@code false} once anything was sent. */
    boolean holdsBack() {
      if (holdBack == null) {
        String type = getContentType();
        holdBack =
            getStatus() >= 400
                && !(type != null
                    && type.toLowerCase(Locale.ROOT)
                        .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        if (holdBack) {
          buffer = new ByteArrayOutputStream();
        } else if (declaredLength != null) {
          super.setContentLengthLong(declaredLength);
        }
      }
      return holdBack;
    }

    /** At the end, for an answer passed through: the declared length if nothing decided yet. */
    void release() {
      if (holdBack == null && declaredLength != null && !isCommitted()) {
        super.setContentLengthLong(declaredLength);
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (!holdsBack()) {
        return super.getOutputStream();
      }
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                buffer.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                buffer.write(b, off, len);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("synchronous only");
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (!holdsBack()) {
        return super.getWriter();
      }
      if (writer == null) {
        String encoding = getCharacterEncoding();
        writer =
            new PrintWriter(
                new OutputStreamWriter(
                    getOutputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)),
                true);
      }
      return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
      if (writer != null) {
        writer.flush();
      }
      if (!holdsBack()) {
        super.flushBuffer();
      }
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      sentError = true;
      super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
      sentError = true;
      super.sendError(sc);
    }

    @Override
    public void setContentLength(int len) {
      setContentLengthLong(len);
    }

    @Override
    public void setContentLengthLong(long len) {
      if (holdBack == null) {
        declaredLength = len;
      } else if (!holdBack) {
        super.setContentLengthLong(len);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if ("Content-Length".equalsIgnoreCase(name)) {
        setContentLengthLong(Long.parseLong(value.trim()));
      } else {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if ("Content-Length".equalsIgnoreCase(name)) {
        setContentLengthLong(Long.parseLong(value.trim()));
      } else {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setIntHeader(String name, int value) {
      if ("Content-Length".equalsIgnoreCase(name)) {
        setContentLengthLong(value);
      } else {
        super.setIntHeader(name, value);
      }
    }

    @Override
    public void addIntHeader(String name, int value) {
      if ("Content-Length".equalsIgnoreCase(name)) {
        setContentLengthLong(value);
      } else {
        super.addIntHeader(name, value);
      }
    }
  }
}
