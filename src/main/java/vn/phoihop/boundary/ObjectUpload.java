package vn.phoihop.boundary;

import jakarta.servlet.http.HttpServletRequest;
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
}
