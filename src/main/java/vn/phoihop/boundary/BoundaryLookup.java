package vn.phoihop.boundary;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * A read the boundary itself makes to judge a client's call (the task's assignee, a form's fields),
 * without the client's authorizations. Only this package creates them; the boundary lets them pass.
 */
@FunctionalInterface
interface BoundaryLookup<T> extends Command<T> {

  T read(CommandContext context);

  @Override
  default T execute(CommandContext context) {
    context.disableAuthorizationCheck();
    try {
      return read(context);
    } finally {
      context.enableAuthorizationCheck();
    }
  }
}
