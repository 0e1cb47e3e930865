package vn.phoihop.inforequest;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Process test coverage that fails the test class unless every element of the models it ran was
 * covered.
 */
@TestConfiguration
class InformationRequestCoverageConfiguration extends ProcessEngineCoverageConfiguration {

  @Bean
  @Override
  public ProcessEngineCoverageProperties defaultCoverageProperties() {
    return ProcessEngineCoverageProperties.builder().assertClassCoverageAtLeast(1.0).build();
  }
}
