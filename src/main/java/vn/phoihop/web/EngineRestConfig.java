package vn.phoihop.web;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Additions to Camunda's REST API (a Jersey application). */
@Configuration
class EngineRestConfig {

  @Bean
  ResourceConfigCustomizer engineRestRefusals() {
    return config -> config.register(EngineRestRefusalMapper.class);
  }
}
