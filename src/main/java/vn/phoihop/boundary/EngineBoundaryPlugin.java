package vn.phoihop.boundary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.phoihop.engine.StartFormOptions;
import vn.phoihop.engine.SystemVariables;

/** Puts {@link EngineBoundary} in front of every command the engine executes. */
@Component
class EngineBoundaryPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<SystemVariables> features;
  private final ObjectProvider<StartFormOptions> startFormOptions;
  private volatile Set<String> systemVariables;

  EngineBoundaryPlugin(
      ObjectProvider<SystemVariables> features, ObjectProvider<StartFormOptions> startFormOptions) {
    this.features = features;
    this.startFormOptions = startFormOptions;
  }

  /** Services run commands through the "transaction required" executor; that is where it sits. */
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineBoundary boundary =
        new EngineBoundary(configuration, this::systemVariables, this::startFormOptions);
    configuration.setCustomPreCommandInterceptorsTxRequired(
        withFirst(boundary, configuration.getCustomPreCommandInterceptorsTxRequired()));
  }

  private static List<CommandInterceptor> withFirst(
      CommandInterceptor first, List<CommandInterceptor> others) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    interceptors.add(first);
    if (others != null) {
      interceptors.addAll(others);
    }
    return interceptors;
  }

  /** The choices the start form of a process offers, computed now (null: none declared). */
  private Map<String, List<StartFormOptions.Option>> startFormOptions(String processKey) {
    return startFormOptions
        .orderedStream()
        .filter(f -> f.processKey().equals(processKey))
        .findFirst()
        .map(StartFormOptions::options)
        .orElse(null);
  }

  /** Every feature's system variables, collected once the features exist. */
  private Set<String> systemVariables() {
    Set<String> names = systemVariables;
    if (names == null) {
      Set<String> all = new HashSet<>();
      features.orderedStream().forEach(f -> all.addAll(f.names()));
      names = Set.copyOf(all);
      systemVariables = names;
    }
    return names;
  }
}
