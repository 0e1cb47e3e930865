package vn.phoihop.evaluation;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.evaluation.EvaluationProcess.Vars;
import vn.phoihop.web.SystemVariables;

/** Variables of agreement-evaluation that only PhoiHop sets (ids, parties, the period). */
@Component
class EvaluationSystemVariables implements SystemVariables {

  @Override
  public Set<String> names() {
    return Set.of(
        Vars.AGREEMENT_ID,
        Vars.AGREEMENT_CODE,
        Vars.LEAD_AGENCY,
        Vars.PARTIES,
        Vars.PARTY,
        Vars.PERIOD_KIND,
        Vars.PERIOD_YEAR,
        Vars.PERIOD_NUMBER,
        Vars.EVALUATION_ID);
  }
}
