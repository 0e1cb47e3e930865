package vn.phoihop.boundary;

import java.lang.reflect.Field;

/**
 * Reads a field of an engine command. The engine's commands keep their arguments in protected
 * fields without getters; the boundary needs them to judge a call before it runs. Tied to Camunda
 * 7.24's command classes: the boundary tests fail if a field is renamed.
 */
final class CommandFields {

  private CommandFields() {}

  @SuppressWarnings("unchecked")
  static <T> T get(Object command, String name) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return (T) field.get(command);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + command.getClass(), e);
      }
    }
    throw new IllegalStateException(command.getClass() + " has no field " + name);
  }
}
