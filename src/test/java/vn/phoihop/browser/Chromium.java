package vn.phoihop.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Finds the system's Chromium and its driver (Debian packages {@code chromium} and {@code
 * chromium-driver}). Without them the browser tests are skipped, saying how to enable them — unless
 * {@code -Dphoihop.browser.required=true} (set by {@code .ci/run}), where a missing browser fails
 * the run instead of silently skipping the acceptance suite.
 */
final class Chromium implements ExecutionCondition {

  static final String REQUIRED = "phoihop.browser.required";

  private static final List<String> BROWSERS =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final List<String> DRIVERS =
      List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  static Optional<Path> browser() {
    return first(System.getProperty("phoihop.browser.binary"), BROWSERS);
  }

  static Optional<Path> driver() {
    return first(System.getProperty("phoihop.browser.driver"), DRIVERS);
  }

  private static Optional<Path> first(String configured, List<String> candidates) {
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(Files::isExecutable);
    }
    return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (browser().isPresent() && driver().isPresent()) {
      return ConditionEvaluationResult.enabled("Chromium " + browser().get());
    }
    String how =
        "Browser tests need Chromium and its driver: apt-get install -y chromium chromium-driver"
            + " (or -Dphoihop.browser.binary=… -Dphoihop.browser.driver=…).";
    if (Boolean.getBoolean(REQUIRED)) {
      throw new ExtensionConfigurationException(how + " " + REQUIRED + " is set.");
    }
    return ConditionEvaluationResult.disabled("Skipped. " + how);
  }
}
