package vn.phoihop.boundary;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class EngineProblemFilterConfig {

  /** Around both engine APIs, inside Spring Security (which authenticates /engine-rest). */
  @Bean
  FilterRegistrationBean<EngineProblemFilter> engineProblemFilter(ObjectMapper objectMapper) {
    FilterRegistrationBean<EngineProblemFilter> registration =
        new FilterRegistrationBean<>(new EngineProblemFilter(objectMapper));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}
