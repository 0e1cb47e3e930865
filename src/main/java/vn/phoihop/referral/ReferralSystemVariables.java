package vn.phoihop.referral;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.engine.SystemVariables;

/**
 * Variables of {@link ReferralProcess case-referral} that only PhoiHop sets: ids, agencies, routing
 * result, legal clocks, and what the task listener puts on a task for its form to show (dossier
 * summary, document list, proposed agency, receiving options, decision deadline).
 *
 * <p>The list must be complete: the engine boundary refuses a task submission that writes one of
 * these names, and a variable the model reads that is missing here can be set by whoever completes
 * a task, e.g. handing the dossier to another receiving agency or moving the legal deadline. {@code
 * ModelExpressionsTests} fails when the model, its routing table or its forms read a variable that
 * is neither listed here nor a field one of its forms submits. A field a task form submits (the
 * routing decisions, the routing table's inputs) never belongs here.
 */
@Component
class ReferralSystemVariables implements SystemVariables {

  @Override
  public String processKey() {
    return ReferralProcess.KEY;
  }

  @Override
  public Set<String> names() {
    return Set.of(
        ReferralProcess.Vars.REFERRAL_ID,
        ReferralProcess.Vars.REFERRAL_CODE,
        ReferralProcess.Vars.CASE_TITLE,
        ReferralProcess.Vars.OPENING_AGENCY,
        ReferralProcess.Vars.SUB_DEPARTMENT,
        ReferralProcess.Vars.RECEIVING_AGENCY,
        ReferralProcess.Vars.RECEIVING_AGENCY_TYPE,
        ReferralProcess.Vars.LEGAL_BASIS,
        ReferralProcess.Vars.TRANSFER_DUE_AT,
        ReferralProcess.Vars.ACK_DUE_AT,
        ReferralProcess.Vars.DECISION_DUE_AT,
        ReferralProcess.Vars.RETURN_DUE_AT,
        ReferralProcess.Vars.SANCTION_DUE_AT,
        ReferralProcess.Vars.FOLLOW_UP_DUE_AT,
        ReferralProcess.Vars.DOSSIER_SUMMARY,
        ReferralProcess.Vars.DOCUMENT_LIST,
        ReferralProcess.Vars.DOCUMENT_COUNT,
        ReferralProcess.FormFields.PROPOSED_AGENCY_NAME,
        ReferralProcess.FormFields.RECEIVING_AGENCY_OPTIONS,
        ReferralProcess.FormFields.DECISION_DUE_TEXT,
        ReferralProcess.FormFields.COMPETENT_BODY_OPTIONS);
  }
}
