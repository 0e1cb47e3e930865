package vn.phoihop.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * An acceptance test in a real headless Chromium against the whole application (the same Spring
 * context as the other integration tests). Skipped without Chromium, unless required.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(Chromium.class)
@PhoiHopIntegrationTest
@interface BrowserTest {}
