package vn.phoihop.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class SystemVariablesGuardConfig {

  /** After Spring Security (which authenticates /engine-rest), before Camunda's REST layer. */
  @Bean
  FilterRegistrationBean<SystemVariablesGuard> systemVariablesGuard(
      List<SystemVariables> features, ObjectMapper objectMapper) {
    FilterRegistrationBean<SystemVariablesGuard> registration =
        new FilterRegistrationBean<>(new SystemVariablesGuard(features, objectMapper));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}
