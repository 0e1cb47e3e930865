package vn.phoihop.engine;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the beans the features list in {@link ExpressionBeans}, and no other, reachable from
 * expressions; naming any other bean fails with the engine's "Unknown property used in expression".
 * Without it Camunda's Spring expression manager resolves every bean of the application context.
 *
 * <p>Why the plugin also installs the expression manager (camunda-engine-spring 7.24.0): {@code
 * ProcessEngineFactoryBean#getObject} creates the {@code SpringExpressionManager} with the
 * configuration's beans <em>before</em> it builds the engine, so before any plugin's {@code
 * preInit}, and the manager keeps the map it got (none: the whole context). {@code setBeans} in
 * {@code preInit} alone would leave expressions as they were. So {@code preInit} sets the beans and
 * a new {@code SpringExpressionManager} made with them. The engine's {@code init} runs after {@code
 * preInit}: {@code initExpressionManager} keeps a manager that is set and adds its functions
 * ({@code currentUser()}, {@code now()}, {@code dateTime()}) to it, the DMN engine takes its JUEL
 * from it, and {@code initScripting} gives scripts the same beans instead of the whole context;
 * Spin adds its functions in {@code postInit}. First among the plugins, so that nothing another
 * plugin registers on the manager in {@code preInit} is dropped.
 *
 * <p>A bean is looked up when an expression names it: the delegates need engine services, which
 * exist only once the engine is built.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExpressionBeansPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;
  private final Set<String> names;

  ExpressionBeansPlugin(ApplicationContext context, List<ExpressionBeans> features) {
    this.context = context;
    this.names =
        features.stream()
            .flatMap(feature -> feature.names().stream())
            .collect(Collectors.toCollection(TreeSet::new));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Set<String> unknown = new TreeSet<>(names);
    unknown.removeIf(context::containsBean);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("Expression beans listed but not defined: " + unknown);
    }
    Map<Object, Object> beans = new ListedBeans(names, context);
    configuration.setBeans(beans);
    configuration.setExpressionManager(new SpringExpressionManager(context, beans));
  }

  /** The listed beans by name; each is taken from the context when an expression names it. */
  private static final class ListedBeans extends AbstractMap<Object, Object> {

    private final Set<String> names;
    private final ApplicationContext context;

    ListedBeans(Set<String> names, ApplicationContext context) {
      this.names = Set.copyOf(names);
      this.context = context;
    }

    @Override
    public boolean containsKey(Object key) {
      return names.contains(key);
    }

    @Override
    public Object get(Object key) {
      return names.contains(key) ? context.getBean((String) key) : null;
    }

    @Override
    public Set<Object> keySet() {
      return Set.copyOf(names);
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
      return names.stream()
          .map(name -> Map.entry((Object) name, context.getBean(name)))
          .collect(Collectors.toUnmodifiableSet());
    }
  }
}
