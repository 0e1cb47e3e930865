package vn.phoihop.boundary;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The one refusal that cannot wait for the engine: a multipart upload to {@code
 * .../variables/{name}/data} with a {@code type} part names a Java class, which Camunda's REST
 * layer instantiates from the JSON before any engine command runs. Such uploads are refused here,
 * on both engine APIs; everything else about the upload is judged by {@link EngineBoundary}.
 */
final class ObjectUpload {

  private static final Pattern DATA_PATH =
      Pattern.compile(".*/(variables|localVariables)/[^/]+/data/?$");
  private static final Pattern TYPE_PART =
      Pattern.compile("(?i)content-disposition:\\s*form-data;\\s*name=\"?type\"?[;\\s]");

  private ObjectUpload() {}

  static boolean isObjectUpload(HttpServletRequest request) {
    String contentType = request.getContentType();
    return "POST".equals(request.getMethod())
        && contentType != null
        && contentType.toLowerCase().startsWith("multipart/")
        && DATA_PATH.matcher(request.getRequestURI()).matches();
  }

  static boolean namesAClass(byte[] body) {
    return TYPE_PART.matcher(new String(body, StandardCharsets.ISO_8859_1)).find();
  }

  /** The request with its body read once and given again to the REST layer. */
  static final class Replayed extends HttpServletRequestWrapper {
    private final byte[] body;

    Replayed(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
