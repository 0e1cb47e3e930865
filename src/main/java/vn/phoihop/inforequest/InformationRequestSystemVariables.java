package vn.phoihop.inforequest;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.engine.SystemVariables;
import vn.phoihop.inforequest.InformationRequestProcess.Vars;

/**
 * Variables of {@code information-request} only PhoiHop sets: the request's id and parties (the
 * receiver's groups are its candidate groups) and the promised date of the rest of a partial reply.
 */
@Component
class InformationRequestSystemVariables implements SystemVariables {

  @Override
  public String processKey() {
    return InformationRequestProcess.KEY;
  }

  @Override
  public Set<String> names() {
    return Set.of(
        Vars.REQUEST_ID,
        Vars.AGREEMENT_CODE,
        Vars.REQUESTER_AGENCY,
        Vars.RECEIVER_AGENCY,
        Vars.CASE_TITLE,
        Vars.REST_DUE_AT);
  }
}
