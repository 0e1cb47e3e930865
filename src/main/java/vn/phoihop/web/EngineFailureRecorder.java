package vn.phoihop.web;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Remembers, for the HTTP request being served, the exception the last failed engine command threw
 * (outermost commands only). Camunda's REST layers turn most engine exceptions into a 500 with only
 * a message; {@link EngineErrorBodies} reads the exception back to answer what it really was (a
 * task that does not exist: 404) and to log a real failure once, with its stack trace.
 */
@Component
class EngineFailureRecorder extends AbstractProcessEnginePlugin {

  static final String ATTRIBUTE = EngineFailureRecorder.class.getName() + ".failure";

  /** Appended after the other interceptors of the "transaction required" executor. */
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new Recorder());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private static final class Recorder extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() != null) {
        return next.execute(command);
      }
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
          request.setAttribute(ATTRIBUTE, e, RequestAttributes.SCOPE_REQUEST);
        }
        throw e;
      }
    }
  }
}
