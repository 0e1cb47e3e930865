package vn.phoihop.casefile;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The Tasklist plugin, found by Camunda's {@code ServiceLoader} ({@code
 * META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin}): its frontend {@code
 * plugin-webapp/casefile/app/plugin.js} (an ES module, as Tasklist 7.24 loads every plugin whose
 * name does not start with {@code legacy}) is served at {@code
 * /camunda/api/tasklist/plugin/casefile/static/app/plugin.js}, its data by {@link
 * CaseFileResource}.
 */
public class CaseFilePlugin extends AbstractTasklistPlugin {

  public static final String ID = "casefile";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CaseFileResource.class);
  }
}
