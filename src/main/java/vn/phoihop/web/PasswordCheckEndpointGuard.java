package vn.phoihop.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses Camunda's {@code POST .../identity/verify} (on {@code /engine-rest} and on the webapps'
 * engine API): it tells any signed-in caller whether a password is right for any user, without the
 * login throttle. Camunda's per-account lock used to slow it down and is off now (it let anyone
 * lock anyone out); neither PhoiHop nor the webapps call it.
 */
class PasswordCheckEndpointGuard extends OncePerRequestFilter {

  private static final Pattern VERIFY = Pattern.compile(".*/identity/verify/*");

  private final ObjectMapper objectMapper;

  PasswordCheckEndpointGuard(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !VERIFY.matcher(WebappLoginThrottleFilter.containerPath(request)).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String detail = "PhoiHop không cho phép kiểm tra mật khẩu qua địa chỉ này.";
    response.setStatus(HttpStatus.FORBIDDEN.value());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(
        response.getOutputStream(),
        Map.of(
            "type",
            "about:blank",
            "title",
            "Forbidden",
            "status",
            403,
            "detail",
            detail,
            "message",
            detail));
  }
}
