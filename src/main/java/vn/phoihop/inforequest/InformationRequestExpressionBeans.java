package vn.phoihop.inforequest;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.engine.ExpressionBeans;

/** The beans {@code information-request} names in expressions. */
@Component
class InformationRequestExpressionBeans implements ExpressionBeans {

  @Override
  public Set<String> names() {
    return Set.of("informationRequestFormListener");
  }
}
