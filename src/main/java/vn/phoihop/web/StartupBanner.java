package vn.phoihop.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started PhoiHop where its applications are. */
@Component
class StartupBanner {

  private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

  private final String baseUrl;

  StartupBanner(@Value("${phoihop.base-url}") String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  @EventListener(ApplicationReadyEvent.class)
  void printLinks() {
    log.info(
        """

        PhoiHop is up.
          Tasklist : {}/camunda/app/tasklist/
          Cockpit  : {}/camunda/app/cockpit/
          Admin    : {}/camunda/app/admin/
          REST API : {}/api/v1   (Camunda REST: {}/engine-rest)
          OpenAPI  : {}/swagger-ui.html
          Health   : {}/actuator/health""",
        baseUrl,
        baseUrl,
        baseUrl,
        baseUrl,
        baseUrl,
        baseUrl,
        baseUrl);
  }
}
