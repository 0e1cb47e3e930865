package vn.phoihop.referral;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.engine.ExpressionBeans;

/** The referral feature's beans that {@code case-referral} names in expressions. */
@Component
class ReferralExpressionBeans implements ExpressionBeans {

  @Override
  public Set<String> names() {
    return Set.of(
        "openReferralListener",
        "referralTaskListener",
        "resolveReceivingAgencyDelegate",
        "transferReferralDelegate",
        "forwardReferralDelegate",
        "notifyDecisionDelegate");
  }
}
