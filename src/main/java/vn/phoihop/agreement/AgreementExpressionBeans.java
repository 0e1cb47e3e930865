package vn.phoihop.agreement;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.engine.ExpressionBeans;

/** The agreement feature's beans that {@code coordination-agreement} names in expressions. */
@Component
class AgreementExpressionBeans implements ExpressionBeans {

  @Override
  public Set<String> names() {
    return Set.of(
        "registerAgreementDelegate",
        "agreementFormListener",
        "recordNoObjectionDelegate",
        "putAgreementInForceDelegate",
        "evaluationSchedule",
        "setEvaluationPeriodDelegate",
        "cancelOpenEvaluationListener",
        "recordEvaluationDelegate",
        "keepCurrentVersionDelegate",
        "renewAgreementDelegate",
        "expireAgreementDelegate",
        "terminateAgreementDelegate");
  }
}
