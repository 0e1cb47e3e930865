package vn.phoihop.boundary;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.phoihop.shared.Texts;
import vn.phoihop.web.CachedBodyRequest;

/**
 * Answers a call the boundary refused as an RFC 7807 problem — English {@code title}, Vietnamese
 * {@code detail}, the {@code field} as the client sent it — on both engine APIs. Camunda's REST
 * layers know only their own error body ({@code type}, {@code message}: Tasklist shows {@code
 * message}, which is kept); whatever they write for a refused call is replaced.
 */
class EngineProblemFilter extends OncePerRequestFilter {

  private final ObjectMapper objectMapper;

  EngineProblemFilter(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (ObjectUpload.isObjectUpload(request)) {
      byte[] body = request.getInputStream().readAllBytes();
      if (ObjectUpload.namesAClass(body)) {
        request.setAttribute(
            EngineBoundary.REFUSAL_ATTRIBUTE,
            Refusal.invalid("type", Texts.text("boundary.variable.objectUpload")));
      } else {
        request = new CachedBodyRequest(request, body);
      }
    }
    RefusalAwareResponse wrapped = new RefusalAwareResponse(request, response);
    if (request.getAttribute(EngineBoundary.REFUSAL_ATTRIBUTE) == null) {
      chain.doFilter(request, wrapped);
    }
    if (request.getAttribute(EngineBoundary.REFUSAL_ATTRIBUTE) instanceof Refusal refusal
        && !response.isCommitted()) {
      response.resetBuffer();
      response.setStatus(refusal.status());
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "about:blank");
      body.put("title", refusal.title());
      body.put("status", refusal.status());
      body.put("detail", refusal.getMessage());
      body.put("message", refusal.getMessage());
      if (refusal.field() != null) {
        body.put("field", refusal.field());
      }
      byte[] bytes = objectMapper.writeValueAsBytes(body);
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
    }
  }

  /** Lets everything through until a refusal is known; then swallows what Camunda writes. */
  private static final class RefusalAwareResponse extends HttpServletResponseWrapper {
    private final HttpServletRequest request;

    RefusalAwareResponse(HttpServletRequest request, HttpServletResponse response) {
      super(response);
      this.request = request;
    }

    private boolean refused() {
      return request.getAttribute(EngineBoundary.REFUSAL_ATTRIBUTE) != null;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      return refused() ? new Discarding() : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      return refused() ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
      if (!refused()) {
        super.flushBuffer();
      }
    }

    @Override
    public void setContentLength(int len) {
      if (!refused()) {
        super.setContentLength(len);
      }
    }

    @Override
    public void setContentLengthLong(long len) {
      if (!refused()) {
        super.setContentLengthLong(len);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!(refused() && "Content-Length".equalsIgnoreCase(name))) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!(refused() && "Content-Length".equalsIgnoreCase(name))) {
        super.addHeader(name, value);
      }
    }
  }

  private static final class Discarding extends ServletOutputStream {
    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {}
  }
}
