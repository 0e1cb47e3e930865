package vn.phoihop.evaluation;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.phoihop.engine.SystemVariables;
import vn.phoihop.evaluation.EvaluationProcess.Vars;

/**
 * Variables of {@link EvaluationProcess agreement-evaluation} that only PhoiHop sets: the call's
 * input (ids, parties, the period), the evaluation's id, and what its delegates and listener
 * compute for the model — the period's label, a report task's pre-filled referral figures in words,
 * the reporting clock, whether a review conference is due and when it is held, the rating table's
 * inputs and result.
 *
 * <p>The list must be complete: the engine boundary refuses a task submission that writes one of
 * these names, and a variable the model reads that is missing here can be set by whoever completes
 * a task, e.g. skipping the review conference or moving the reporting deadline. {@code
 * ModelExpressionsTests} fails when the model, its rating table or its forms read a variable that
 * is neither listed here nor a field one of its forms submits. A field a task form submits ({@link
 * Vars#EVALUATION_CONCLUSION}) never belongs here; {@link Vars#EVALUATION_RATING} does, because the
 * conclusion form shows it disabled, and form-js does not submit disabled fields.
 */
@Component
class EvaluationSystemVariables implements SystemVariables {

  @Override
  public String processKey() {
    return EvaluationProcess.KEY;
  }

  @Override
  public Set<String> names() {
    return Set.of(
        Vars.AGREEMENT_ID,
        Vars.AGREEMENT_CODE,
        Vars.CASE_TITLE,
        Vars.LEAD_AGENCY,
        Vars.PARTIES,
        Vars.PARTY,
        Vars.PERIOD_KIND,
        Vars.PERIOD_YEAR,
        Vars.PERIOD_NUMBER,
        Vars.EVALUATION_ID,
        Vars.PERIOD_LABEL,
        Vars.REFERRAL_FIGURES_SUMMARY,
        Vars.REPORTING_FROM,
        Vars.REVIEW_CONFERENCE,
        Vars.CONFERENCE_AT,
        Vars.REPORTS_SUMMARY,
        Vars.EVALUATION_RATING,
        Vars.ON_TIME_REPORT_PERCENT,
        Vars.MISSING_REPORTS,
        Vars.INFORMATION_EXCHANGED_TOTAL,
        Vars.JOINT_INSPECTIONS_HELD,
        Vars.REFERRALS_ANSWERED_IN_TIME_PERCENT);
  }
}
