package vn.phoihop.identity;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.engine.ExpressionBeans;

/** Candidate groups of user tasks: {@code ${groups.of(leadAgency, 'leader')}} ({@link Groups}). */
@Component
class IdentityExpressionBeans implements ExpressionBeans {

  @Override
  public Set<String> names() {
    return Set.of("groups");
  }
}
