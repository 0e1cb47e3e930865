package vn.phoihop.agreement;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.engine.SystemVariables;

/**
 * Variables of {@link AgreementProcess coordination-agreement} that only PhoiHop sets: ids,
 * parties, approval path, term, the evaluation period handed to {@code agreement-evaluation}, the
 * last evaluation's id, and what every task form shows (summary, current text, comments), computed
 * when the task opens.
 *
 * <p>The list must be complete: the engine boundary refuses a task submission that writes one of
 * these names, and a variable the model reads that is missing here can be set by whoever completes
 * any task of the instance, re-routing it (another lead agency, another period). {@code
 * ModelExpressionsTests} fails when the model or its forms read a variable that is neither listed
 * here nor a field one of its forms submits. A field a task form submits (routing decisions such as
 * {@link Vars#REVIEW_DECISION}) never belongs here. {@link Vars#EVALUATION_CONCLUSION} is neither:
 * the call activity copies it from {@code agreement-evaluation}, whose conclusion form submits it.
 */
@Component
class AgreementSystemVariables implements SystemVariables {

  @Override
  public String processKey() {
    return AgreementProcess.KEY;
  }

  @Override
  public Set<String> names() {
    return Set.of(
        Vars.AGREEMENT_ID,
        Vars.AGREEMENT_CODE,
        Vars.CASE_TITLE,
        Vars.LEAD_AGENCY,
        Vars.PARTNER_AGENCIES,
        Vars.PARTNER_AGENCY,
        Vars.SIGNING_PARTIES,
        Vars.SIGNING_PARTY,
        Vars.APPROVAL_PATH,
        Vars.TERM_ENDS_AT,
        Vars.RENEWED_FROM,
        Vars.INITIATOR,
        Vars.PERIOD_KIND,
        Vars.PERIOD_YEAR,
        Vars.PERIOD_NUMBER,
        Vars.EVALUATION_ID,
        Vars.AGREEMENT_SUMMARY,
        Vars.AGREEMENT_TEXT,
        Vars.AGREEMENT_COMMENTS,
        Vars.AGENCY_OPTIONS);
  }
}
