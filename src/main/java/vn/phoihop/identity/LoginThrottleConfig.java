package vn.phoihop.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The login throttle on the webapps' login form (HTTP Basic is throttled in {@link
 * vn.phoihop.identity.CamundaIdentityAuthenticationProvider}), and no unthrottled password check
 * beside it. Both run after Spring Security and before Camunda's webapp filters (CSRF, session) and
 * REST layer.
 */
@Configuration
class LoginThrottleConfig {

  @Bean
  FilterRegistrationBean<WebappLoginThrottleFilter> webappLoginThrottle(
      LoginThrottle throttle,
      ObjectMapper objectMapper,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<WebappLoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new WebappLoginThrottleFilter(throttle, objectMapper));
    registration.addUrlPatterns(webappPath + "/api/admin/auth/user/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
    return registration;
  }
}
