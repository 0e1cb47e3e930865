package vn.phoihop.engine;

import java.util.Set;

/**
 * The Spring beans of one feature that BPMN and DMN expressions may name: delegates and listeners
 * ({@code camunda:delegateExpression="${registerAgreementDelegate}"}) and beans whose methods the
 * models call ({@code ${deadlines.due('Task_DraftAgreement')}}). Each feature declares its own as a
 * bean, next to the beans it lists; {@link ExpressionBeansPlugin} gives the engine their union, and
 * no other bean is reachable from an expression. {@code ModelExpressionsTests} fails when a model
 * names a bean that no feature lists, or a feature lists a bean that no model names.
 */
public interface ExpressionBeans {

  /** Bean names, as the models spell them. */
  Set<String> names();
}
