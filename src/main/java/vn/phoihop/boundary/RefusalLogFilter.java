package vn.phoihop.boundary;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Camunda's REST layers wrap some refusals (a form refused by PhoiHop's validation, a call the
 * engine boundary refuses) as server errors and log each at WARN with its stack trace, before
 * {@link EngineProblemFilter} answers the 4xx it is. An expected refusal is not a failure: the REST
 * layer's log events of a request whose refusal the boundary recorded ({@link
 * EngineBoundary#REFUSAL_ATTRIBUTE}) are dropped; the boundary logs one line itself. Failures of
 * other requests are logged as before.
 */
@Component
class RefusalLogFilter extends TurboFilter {

  private static final String REST_EXCEPTION_LOGGER = "org.camunda.bpm.engine.rest.exception";

  @PostConstruct
  void register() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        && !context.getTurboFilterList().contains(this)) {
      context.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(
      Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || !logger.getName().startsWith(REST_EXCEPTION_LOGGER)) {
      return FilterReply.NEUTRAL;
    }
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    boolean refused =
        request != null
            && request.getAttribute(
                    EngineBoundary.REFUSAL_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                != null;
    return refused ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
