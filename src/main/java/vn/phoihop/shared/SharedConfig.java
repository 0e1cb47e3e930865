package vn.phoihop.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The shared kernel's beans. */
@Configuration(proxyBeanMethods = false)
class SharedConfig {

  /** The engine clock in Vietnam's zone; see {@link Clocks}. */
  @Bean
  Clock clock() {
    return Clocks.ENGINE;
  }
}
