package vn.phoihop.referral;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.web.SystemVariables;

/**
 * Variables of case-referral that only PhoiHop sets (ids, agencies, routing result, legal clocks).
 */
@Component
class ReferralSystemVariables implements SystemVariables {

  @Override
  public Set<String> names() {
    return Set.of(
        ReferralProcess.VAR_REFERRAL_ID,
        ReferralProcess.VAR_REFERRAL_CODE,
        ReferralProcess.VAR_OPENING_AGENCY,
        ReferralProcess.VAR_SUB_DEPARTMENT,
        ReferralProcess.VAR_RECEIVING_AGENCY,
        ReferralProcess.VAR_RECEIVING_AGENCY_TYPE,
        ReferralProcess.VAR_LEGAL_BASIS,
        ReferralProcess.VAR_TRANSFER_DUE_AT,
        ReferralProcess.VAR_DECISION_DUE_AT,
        ReferralProcess.VAR_DOSSIER_SUMMARY,
        ReferralProcess.VAR_DOCUMENT_LIST);
  }
}
