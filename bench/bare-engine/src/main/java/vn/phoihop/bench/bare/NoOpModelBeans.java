package vn.phoihop.bench.bare;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every bean that bpmn/coordination-agreement.bpmn names in an expression, doing nothing of
 * PhoiHop's domain work: the engine still evaluates each expression, creates the same tasks,
 * candidate links and timer jobs. The list follows `grep -o '\$\{[^}]*\}'` over the model.
 */
@Configuration
class NoOpModelBeans {

  private static final JavaDelegate NO_OP_DELEGATE = execution -> {};
  private static final TaskListener NO_OP_TASK_LISTENER = task -> {};
  private static final ExecutionListener NO_OP_EXECUTION_LISTENER = execution -> {};

  @Bean
  JavaDelegate registerAgreementDelegate() {
    return NO_OP_DELEGATE;
  }

  @Bean
  JavaDelegate recordNoObjectionDelegate() {
    return NO_OP_DELEGATE;
  }

  @Bean
  JavaDelegate putAgreementInForceDelegate() {
    return NO_OP_DELEGATE;
  }

  @Bean
  JavaDelegate setEvaluationPeriodDelegate() {
    return NO_OP_DELEGATE;
  }

  @Bean
  JavaDelegate recordEvaluationDelegate() {
    return NO_OP_DELEGATE;
  }

  @Bean
  JavaDelegate keepCurrentVersionDelegate() {
    return NO_OP_DELEGATE;
  }

  @Bean
  JavaDelegate renewAgreementDelegate() {
    return NO_OP_DELEGATE;
  }

  @Bean
  JavaDelegate expireAgreementDelegate() {
    return NO_OP_DELEGATE;
  }

  @Bean
  JavaDelegate terminateAgreementDelegate() {
    return NO_OP_DELEGATE;
  }

  @Bean
  TaskListener agreementFormListener() {
    return NO_OP_TASK_LISTENER;
  }

  @Bean
  TaskListener deadlineReminderListener() {
    return NO_OP_TASK_LISTENER;
  }

  @Bean
  TaskListener deadlineEscalationListener() {
    return NO_OP_TASK_LISTENER;
  }

  @Bean
  ExecutionListener cancelOpenEvaluationListener() {
    return NO_OP_EXECUTION_LISTENER;
  }

  @Bean
  Deadlines deadlines() {
    return new Deadlines();
  }

  @Bean
  Groups groups() {
    return new Groups();
  }

  @Bean
  EvaluationSchedule evaluationSchedule() {
    return new EvaluationSchedule();
  }

  /** Fixed clocks instead of PhoiHop's working-day calendar: due in 10 days, remind 2 before. */
  public static class Deadlines {

    public Date due(DelegateExecution execution) {
      return Date.from(Instant.now().plus(Duration.ofDays(10)));
    }

    public Date remindAt(DelegateExecution execution) {
      return remindBefore(due(execution), execution.getCurrentActivityId());
    }

    public Date remindBefore(Date due, String taskKey) {
      return Date.from(due.toInstant().minus(Duration.ofDays(2)));
    }

    public Date escalateAt(DelegateExecution execution) {
      return Date.from(due(execution).toInstant().plus(Duration.ofDays(1)));
    }
  }

  /** The same group ids PhoiHop derives: {@code QLTT-TNI.staff}. */
  public static class Groups {

    public String of(String agencyCode, String roleGroupId) {
      return agencyCode + '.' + roleGroupId;
    }
  }

  /** One evaluation period, a quarter from now. */
  public static class EvaluationSchedule {

    public boolean hasNextPeriod(long agreementId) {
      return false;
    }

    public Date nextEvaluationAt(long agreementId) {
      return Date.from(Instant.now().plus(Duration.ofDays(90)));
    }
  }
}
