package vn.phoihop.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriUtils;
import vn.phoihop.shared.DomainException;

/**
 * A query parameter the endpoint does not read is refused (400 naming it) instead of ignored: a
 * filter the API does not have ({@code GET /api/v1/agencies?name=…}) would otherwise silently
 * return everything. The names an endpoint reads are its handler method's {@code @RequestParam}s
 * ({@code page}, {@code size} and {@code sort} with a {@code Pageable}); a handler that takes all
 * parameters as a map accepts any. Only the query string counts, so form fields of a multipart
 * upload are left to the handler.
 */
@Configuration
class KnownQueryParameters implements WebMvcConfigurer {

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new Check()).addPathPatterns("/api/v1/**");
  }

  static final class Check implements HandlerInterceptor {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    /** The names each handler method reads; {@code "*"}: it takes them all. */
    private final Map<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler) {
      if (!(handler instanceof HandlerMethod method) || request.getQueryString() == null) {
        return true;
      }
      Set<String> accepted = known.computeIfAbsent(method, Check::namesOf);
      if (accepted.contains("*")) {
        return true;
      }
      for (String pair : request.getQueryString().split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        if (!accepted.contains(name)) {
          String shown = name.length() > 100 ? name.substring(0, 100) + "…" : name;
          throw DomainException.invalid(
              name,
              accepted.isEmpty()
                  ? Problems.text("query.unknown", shown)
                  : Problems.text("query.unknownAccepted", shown, String.join(", ", accepted)));
        }
      }
      return true;
    }

    private static Set<String> namesOf(HandlerMethod method) {
      Set<String> names = new TreeSet<>();
      for (MethodParameter parameter : method.getMethodParameters()) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null) {
          if (Map.class.isAssignableFrom(parameter.getParameterType())) {
            return Set.of("*");
          }
          String name = StringUtils.hasText(param.name()) ? param.name() : param.value();
          if (!StringUtils.hasText(name)) {
            parameter.initParameterNameDiscovery(NAMES);
            name = parameter.getParameterName();
          }
          names.add(name);
        } else if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
          names.addAll(Set.of("page", "size", "sort"));
        } else if (Sort.class.isAssignableFrom(parameter.getParameterType())) {
          names.add("sort");
        }
      }
      return names;
    }

    private static String decode(String name) {
      try {
        return UriUtils.decode(name.replace('+', ' '), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return name;
      }
    }
  }
}
