package vn.phoihop.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Where each layer of the servlet container meets PhoiHop's error model ({@link Problems}):
 *
 * <ol>
 *   <li>Tomcat, before the web application: {@link ProblemErrorReportValve} on the host;
 *   <li>the first filter: {@link RequestGuard} (non-canonical paths, anything escaping the chain);
 *   <li>Spring Security's firewall: the same {@link HttpFirewall}, and a {@link
 *       RequestRejectedHandler} answering as the guard does (Spring Security picks both beans up);
 *   <li>both engine APIs: {@link EngineErrorBodies};
 *   <li>Spring MVC ({@code /api/v1}, …): {@code ApiExceptionHandler};
 *   <li>{@code sendError} from anywhere: the error page, {@link ProblemErrorController}.
 * </ol>
 */
@Configuration
class ErrorModelConfig {

  /** Spring Security's default firewall, as one bean: the guard and the security chain share it. */
  @Bean
  HttpFirewall httpFirewall() {
    return new StrictHttpFirewall();
  }

  @Bean
  RequestRejectedHandler requestRejectedHandler(ObjectMapper objectMapper) {
    return RequestGuard.rejectedHandler(objectMapper);
  }

  /** Right after the character encoding and observation filters, before Spring Security. */
  @Bean
  FilterRegistrationBean<RequestGuard> requestGuard(
      HttpFirewall firewall, ObjectMapper objectMapper) {
    FilterRegistrationBean<RequestGuard> registration =
        new FilterRegistrationBean<>(new RequestGuard(firewall, objectMapper));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  /** Outside {@code boundary.EngineProblemFilter}, so that its problems pass as they are. */
  @Bean
  FilterRegistrationBean<EngineErrorBodies> engineErrorBodies(ObjectMapper objectMapper) {
    FilterRegistrationBean<EngineErrorBodies> registration =
        new FilterRegistrationBean<>(new EngineErrorBodies(objectMapper));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
    return registration;
  }

  /**
   * Replaces the host's error report valve, which Spring Boot sets to Tomcat's HTML one (with
   * {@code server.error.include-stacktrace: never}); after Spring Boot's customizer, which adds it.
   */
  @Bean
  @Order(Ordered.LOWEST_PRECEDENCE)
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              Pipeline host = context.getParent().getPipeline();
              for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                  host.removeValve(valve);
                }
              }
              host.addValve(new ProblemErrorReportValve());
              if (context.getParent() instanceof StandardHost standard) {
                // Tomcat adds a valve of this class at start unless one is there: ours is.
                standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
              }
            });
  }
}
