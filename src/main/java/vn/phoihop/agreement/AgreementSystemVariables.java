package vn.phoihop.agreement;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.web.SystemVariables;

/**
 * Variables of coordination-agreement that only PhoiHop sets (ids, parties, approval path, term).
 */
@Component
class AgreementSystemVariables implements SystemVariables {

  @Override
  public Set<String> names() {
    return Set.of(
        Vars.AGREEMENT_ID,
        Vars.AGREEMENT_CODE,
        Vars.LEAD_AGENCY,
        Vars.PARTNER_AGENCIES,
        Vars.PARTNER_AGENCY,
        Vars.SIGNING_PARTIES,
        Vars.SIGNING_PARTY,
        Vars.APPROVAL_PATH,
        Vars.TERM_ENDS_AT,
        Vars.RENEWED_FROM,
        Vars.INITIATOR);
  }
}
