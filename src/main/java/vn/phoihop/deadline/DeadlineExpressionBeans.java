package vn.phoihop.deadline;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.engine.ExpressionBeans;

/**
 * The deadline beans every model names: due dates and timers ({@code ${deadlines.due(execution)}})
 * and the reminder and escalation {@code timeout} listeners.
 */
@Component
class DeadlineExpressionBeans implements ExpressionBeans {

  @Override
  public Set<String> names() {
    return Set.of("deadlines", "deadlineReminderListener", "deadlineEscalationListener");
  }
}
