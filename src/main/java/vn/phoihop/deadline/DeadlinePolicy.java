package vn.phoihop.deadline;

import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The one deadline policy: for each user task (by its BPMN id, e.g. {@code Task_ConsultPartner}),
 * how long it may take, when to remind and when to escalate to whom. Configured under {@code
 * phoihop.deadlines} in {@code deadline-policy.yaml}; models never hard-code durations.
 */
@Validated
@ConfigurationProperties("phoihop.deadlines")
public record DeadlinePolicy(Map<String, Rule> policies) {

  public DeadlinePolicy {
    policies = policies == null ? Map.of() : Map.copyOf(policies);
  }

  /**
   * @param duration how many units the task may take
   * @param unit working days, calendar days or months
   * @param remindBefore working days before the due date when the assignee is reminded
   * @param escalateAfter working days after the due date when the escalation goes out (0: on the
   *     due date's evening)
   * @param escalateTo role group of the escalation's recipients ({@code leader}, {@code manager})
   * @param escalateAgencyVariable process variable holding the agency whose role group receives the
   *     escalation; when empty, the agency of the task's own candidate group
   * @param label Vietnamese description for messages and the admin overview
   */
  public record Rule(
      int duration,
      DeadlineUnit unit,
      Integer remindBefore,
      Integer escalateAfter,
      String escalateTo,
      String escalateAgencyVariable,
      String label) {

    public Rule {
      if (duration < 0) {
        throw new IllegalArgumentException("duration must not be negative");
      }
      unit = unit == null ? DeadlineUnit.WORKING_DAYS : unit;
      remindBefore = remindBefore == null ? 1 : remindBefore;
      escalateAfter = escalateAfter == null ? 1 : escalateAfter;
      escalateTo = escalateTo == null || escalateTo.isBlank() ? "leader" : escalateTo;
      escalateAgencyVariable = escalateAgencyVariable == null ? "" : escalateAgencyVariable;
    }
  }

  public Optional<Rule> find(String taskKey) {
    return Optional.ofNullable(policies.get(taskKey));
  }

  public Rule require(String taskKey) {
    Rule rule = policies.get(taskKey);
    if (rule == null) {
      throw new IllegalStateException(
          "No deadline policy for task '" + taskKey + "' in phoihop.deadlines.policies");
    }
    return rule;
  }
}
