package vn.phoihop;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Camunda's REST API and webapps find "the" engine in a static registry. When several Spring test
 * contexts are cached in one JVM, each registers an engine named "default" and the last one wins;
 * this points the registry at the engine of the context the current test runs in.
 */
public class DefaultEngineTestExecutionListener implements TestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    ApplicationContext context = testContext.getApplicationContext();
    context.getBeanProvider(ProcessEngine.class).ifAvailable(ProcessEngines::registerProcessEngine);
  }

  @Override
  public void prepareTestInstance(TestContext testContext) {
    beforeTestMethod(testContext);
  }
}
