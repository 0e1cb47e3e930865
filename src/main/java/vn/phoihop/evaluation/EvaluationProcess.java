package vn.phoihop.evaluation;

import java.util.Date;
import java.util.List;
import vn.phoihop.shared.ProcessVariable;

/**
 * The contract between {@code bpmn/agreement-evaluation.bpmn} (with its rating table {@code
 * bpmn/evaluation-rating.dmn}) and Java: process key, element ids, variable names and the values
 * routing variables take. No other class spells these strings.
 *
 * <h2>Calling it</h2>
 *
 * {@code agreement-evaluation} evaluates one period of one agreement and is meant to be called from
 * the agreement's process as a call activity, with the agreement's code as business key:
 *
 * <pre>{@code
 * <bpmn:callActivity id="CallActivity_EvaluatePeriod" calledElement="agreement-evaluation" camunda:calledElementBinding="latest">
 *   <bpmn:extensionElements>
 *     <camunda:in businessKey="#{execution.processBusinessKey}" />
 *     <camunda:in source="agreementId" target="agreementId" />
 *     <camunda:in source="agreementCode" target="agreementCode" />
 *     <camunda:in source="leadAgency" target="leadAgency" />
 *     <camunda:in source="parties" target="parties" />
 *     <camunda:in source="periodKind" target="periodKind" />
 *     <camunda:in source="periodYear" target="periodYear" />
 *     <camunda:in source="periodNumber" target="periodNumber" />
 *     <camunda:out source="evaluationConclusion" target="evaluationConclusion" />
 *     <camunda:out source="evaluationId" target="evaluationId" />
 *   </bpmn:extensionElements>
 * </bpmn:callActivity>
 * }</pre>
 *
 * <p>Input (all required unless said otherwise):
 *
 * <ul>
 *   <li>{@link Vars#AGREEMENT_ID} Long — the agreement's id (stored, never dereferenced: the
 *       evaluation does not depend on the agreement's tables);
 *   <li>{@link Vars#AGREEMENT_CODE} String — its code, e.g. {@code QC-2026-0001}; equal to the
 *       business key;
 *   <li>{@link Vars#LEAD_AGENCY} String — the lead agency's code ({@code QLTT-TNI});
 *   <li>{@link Vars#PARTIES} List&lt;String&gt; — every party's agency code, lead included (one
 *       report task per party);
 *   <li>{@link Vars#PERIOD_KIND} String — a {@link PeriodKind} name: {@code MONTH}, {@code
 *       QUARTER}, {@code HALF_YEAR}, {@code NINE_MONTHS}, {@code YEAR};
 *   <li>{@link Vars#PERIOD_YEAR} Integer — the reporting year (the year the period ends in);
 *   <li>{@link Vars#PERIOD_NUMBER} Integer — month 1–12 for {@code MONTH}, quarter 1–4 for {@code
 *       QUARTER}; ignored (may be absent) for the other kinds.
 * </ul>
 *
 * The period's dates follow the 15th→14th cut-off ({@link EvaluationPeriod}); {@link
 * EvaluationPeriod#lastEndedBefore} gives the period a cadence timer that fires after a cut-off
 * should evaluate. Output: {@link Vars#EVALUATION_CONCLUSION} ({@link Conclusion} name: {@code
 * CONTINUE}, {@code PROPOSE_AMENDMENT}, {@code PROPOSE_TERMINATION}) and {@link Vars#EVALUATION_ID}
 * (Long). Invalid input (unknown agency, lead not among the parties, a period already evaluated)
 * fails the start with an {@link DomainException}.
 */
public final class EvaluationProcess {

  public static final String KEY = "agreement-evaluation";
  public static final String DECISION_RATING = "evaluation-rating";

  private EvaluationProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_EvaluationStarted";
    public static final String OPEN = "Task_OpenEvaluation";
    public static final String REPORTING = "SubProcess_Reporting";
    public static final String REPORTING_OPENED = "StartEvent_ReportingOpened";
    public static final String PARTY_REPORT = "SubProcess_PartyReport";
    public static final String PARTY_REPORT_REQUESTED = "StartEvent_PartyReportRequested";
    public static final String FILE_REPORT = "Task_FileReport";
    public static final String REPORT_FILED = "EndEvent_ReportFiled";
    public static final String ALL_REPORTED = "EndEvent_AllReported";
    public static final String REPORTING_DEADLINE = "Timer_ReportingDeadline";
    public static final String MARK_OVERDUE = "Task_MarkOverdueReports";
    public static final String CLOSE_REPORTING = "Task_CloseReporting";
    public static final String REPORTING_CLOSED = "EndEvent_ReportingClosed";
    public static final String SUMMARIZE = "Task_SummarizeReports";
    public static final String RATE = "Task_RateEvaluation";
    public static final String RECORD_RATING = "Task_RecordRating";
    public static final String CONFERENCE_NEEDED = "Gateway_ReviewConference";
    public static final String SCHEDULE_CONFERENCE = "Task_ScheduleConference";
    public static final String CONFERENCE_DAY = "Timer_ConferenceDay";
    public static final String RECORD_MINUTES = "Task_RecordConferenceMinutes";
    public static final String CONFERENCE_DONE = "Gateway_ConferenceDone";
    public static final String CONCLUDE = "Task_ConcludeEvaluation";
    public static final String NOTIFY_CONCLUSION = "Task_NotifyConclusion";
    public static final String END = "EndEvent_EvaluationConcluded";

    private Elements() {}
  }

  /**
   * Process variables: ids, routing values and the few values forms show. Those that only PhoiHop
   * sets are listed in {@link EvaluationSystemVariables}; the others are fields of the model's
   * forms.
   */
  public static final class Vars {
    // input
    /** Long: the agreement's id. */
    public static final String AGREEMENT_ID = "agreementId";

    /** String: the agreement's code (= business key). */
    public static final String AGREEMENT_CODE = "agreementCode";

    /** String: the agreement's title, handed in by the caller for Tasklist's task cards. */
    public static final String CASE_TITLE = "caseTitle";

    /** String: the lead agency's code (candidate groups of the lead's tasks). */
    public static final String LEAD_AGENCY = "leadAgency";

    /** List&lt;String&gt;: every party's agency code, lead included (report multi-instance). */
    public static final String PARTIES = "parties";

    /** String: a {@link PeriodKind} name. */
    public static final String PERIOD_KIND = "periodKind";

    /** Integer: the reporting year. */
    public static final String PERIOD_YEAR = "periodYear";

    /** Integer: month or quarter number; absent for the other kinds. */
    public static final String PERIOD_NUMBER = "periodNumber";

    // set by the process
    /** String: element variable of the report multi-instance, one party's code. */
    public static final String PARTY = "party";

    /** Long: the evaluation aggregate's id (also an output). */
    public static final String EVALUATION_ID = "evaluationId";

    /** String: the period in words, e.g. "Quý I năm 2026 (15/12/2025 – 14/03/2026)", for forms. */
    public static final String PERIOD_LABEL = "periodLabel";

    /**
     * String, local to a report task: the party's referral figures PhoiHop pre-filled, in words,
     * for the report form ({@link ReferralPrefill#describe()}).
     */
    public static final String REFERRAL_FIGURES_SUMMARY = "referralFiguresSummary";

    /** Date: when the reporting clock starts (the period's last day, or the start if later). */
    public static final String REPORTING_FROM = "reportingFrom";

    /** Boolean: the period ends with a review conference (half-year: sơ kết, year: tổng kết). */
    public static final String REVIEW_CONFERENCE = "reviewConference";

    /** String: a {@link Rating} name, the rating table's result. */
    public static final String EVALUATION_RATING = "evaluationRating";

    /** Date: when the review conference takes place (the timer before its minutes). */
    public static final String CONFERENCE_AT = "conferenceAt";

    /**
     * Text (JSON-serialised, any length): every party's report as filed, Markdown, set when
     * reporting ends; the conference and conclusion forms show it.
     */
    public static final String REPORTS_SUMMARY = "reportsSummary";

    /** String: a {@link Conclusion} name — the output the calling process routes on. */
    public static final String EVALUATION_CONCLUSION = "evaluationConclusion";

    // inputs of the rating table (RatingFacts): transient, set by Task_SummarizeReports for
    // Task_RateEvaluation in the same transaction, never stored (the decision's history keeps
    // them).
    // Their names differ from the report form's fields, which are removed in that same transaction.
    public static final String ON_TIME_REPORT_PERCENT = "onTimeReportPercent";
    public static final String MISSING_REPORTS = "missingReports";
    public static final String INFORMATION_EXCHANGED_TOTAL = "informationExchangedTotal";
    public static final String JOINT_INSPECTIONS_HELD = "jointInspectionsHeld";
    public static final String REFERRALS_ANSWERED_IN_TIME_PERCENT =
        "referralsAnsweredInTimePercent";

    private Vars() {}
  }

  /**
   * Typed handles on the variables Java reads or writes, named as in {@link Vars}. The calling
   * process's input is read leniently by {@link CallInput} (a number may arrive as text); every
   * other read goes through these handles.
   */
  public static final class Variables {
    public static final ProcessVariable<Long> AGREEMENT_ID =
        ProcessVariable.longValue(Vars.AGREEMENT_ID);
    public static final ProcessVariable<String> AGREEMENT_CODE =
        ProcessVariable.string(Vars.AGREEMENT_CODE);
    public static final ProcessVariable<String> LEAD_AGENCY =
        ProcessVariable.string(Vars.LEAD_AGENCY);
    public static final ProcessVariable<List<String>> PARTIES =
        ProcessVariable.stringList(Vars.PARTIES);
    public static final ProcessVariable<String> PERIOD_KIND =
        ProcessVariable.string(Vars.PERIOD_KIND);
    public static final ProcessVariable<Integer> PERIOD_YEAR =
        ProcessVariable.intValue(Vars.PERIOD_YEAR);
    public static final ProcessVariable<Integer> PERIOD_NUMBER =
        ProcessVariable.intValue(Vars.PERIOD_NUMBER);
    public static final ProcessVariable<String> PARTY = ProcessVariable.string(Vars.PARTY);
    public static final ProcessVariable<Long> EVALUATION_ID =
        ProcessVariable.longValue(Vars.EVALUATION_ID);
    public static final ProcessVariable<String> PERIOD_LABEL =
        ProcessVariable.string(Vars.PERIOD_LABEL);
    public static final ProcessVariable<String> REFERRAL_FIGURES_SUMMARY =
        ProcessVariable.string(Vars.REFERRAL_FIGURES_SUMMARY);
    public static final ProcessVariable<Date> REPORTING_FROM =
        ProcessVariable.date(Vars.REPORTING_FROM);
    public static final ProcessVariable<Boolean> REVIEW_CONFERENCE =
        ProcessVariable.bool(Vars.REVIEW_CONFERENCE);
    public static final ProcessVariable<String> EVALUATION_RATING =
        ProcessVariable.string(Vars.EVALUATION_RATING);
    public static final ProcessVariable<Date> CONFERENCE_AT =
        ProcessVariable.date(Vars.CONFERENCE_AT);
    public static final ProcessVariable<String> REPORTS_SUMMARY =
        ProcessVariable.longText(Vars.REPORTS_SUMMARY);
    public static final ProcessVariable<String> EVALUATION_CONCLUSION =
        ProcessVariable.string(Vars.EVALUATION_CONCLUSION);
    // the rating table's inputs, written as transient values (SummarizeReportsDelegate)
    public static final ProcessVariable<Integer> ON_TIME_REPORT_PERCENT =
        ProcessVariable.intValue(Vars.ON_TIME_REPORT_PERCENT);
    public static final ProcessVariable<Integer> MISSING_REPORTS =
        ProcessVariable.intValue(Vars.MISSING_REPORTS);
    public static final ProcessVariable<Integer> INFORMATION_EXCHANGED_TOTAL =
        ProcessVariable.intValue(Vars.INFORMATION_EXCHANGED_TOTAL);
    public static final ProcessVariable<Integer> JOINT_INSPECTIONS_HELD =
        ProcessVariable.intValue(Vars.JOINT_INSPECTIONS_HELD);
    public static final ProcessVariable<Integer> REFERRALS_ANSWERED_IN_TIME_PERCENT =
        ProcessVariable.intValue(Vars.REFERRALS_ANSWERED_IN_TIME_PERCENT);

    private Variables() {}
  }

  /**
   * Keys of form fields that carry business data. The complete listener checks them, writes them to
   * the aggregate and removes them, so they never linger as process variables.
   */
  public static final class FormFields {
    // period report (KPIs as in Kpis; the referral figures are pre-filled, see ReferralPrefill)
    public static final String INSPECTIONS = "inspections";
    public static final String VIOLATIONS_HANDLED = "violationsHandled";
    public static final String PENALTY_DECISIONS = "penaltyDecisions";
    public static final String AMOUNT_HANDLED_VND = "amountHandledVnd";
    public static final String BUDGET_PAID_VND = "budgetPaidVnd";
    public static final String CONFISCATED_GOODS_VND = "confiscatedGoodsVnd";
    public static final String CASES_TRANSFERRED = "casesTransferred";
    public static final String CASES_PROSECUTED = "casesProsecuted";
    public static final String INFORMATION_EXCHANGED = "informationExchanged";
    public static final String JOINT_INSPECTIONS = "jointInspections";
    public static final String BRIEFINGS_ON_TIME = "briefingsOnTime";
    public static final String REFERRALS_ANSWERED_IN_TIME = "referralsAnsweredInTime";
    public static final String REFERRALS_ACKNOWLEDGED_IN_TIME = "referralsAcknowledgedInTime";
    public static final String REFERRAL_DECISIONS_DUE = "referralDecisionsDue";
    public static final String CASES_RETURNED = "casesReturned";
    public static final String CASES_SANCTIONED = "casesSanctioned";

    /** Why the party's referral figures differ from the pre-filled ones; required then. */
    public static final String REFERRAL_FIGURES_CORRECTION = "referralFiguresCorrection";

    public static final String NARRATIVE = "narrative";
    public static final String DIFFICULTIES = "difficulties";
    // closing the reporting
    public static final String CLOSE_CONFIRMED = "closeConfirmed";
    public static final String CLOSE_NOTE = "closeNote";
    // review conference
    public static final String CONFERENCE_DATE = "conferenceDate";
    public static final String CONFERENCE_VENUE = "conferenceVenue";
    public static final String CONFERENCE_PARTICIPANTS = "conferenceParticipants";
    public static final String CONFERENCE_CHAIR = "conferenceChair";
    public static final String CONFERENCE_MINUTES = "conferenceMinutes";
    public static final String CONFERENCE_CONCLUSIONS = "conferenceConclusions";
    // conclusion
    public static final String CONCLUSION_NOTE = "conclusionNote";

    private FormFields() {}
  }
}
