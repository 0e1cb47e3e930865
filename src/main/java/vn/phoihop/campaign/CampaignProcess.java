package vn.phoihop.campaign;

import java.util.Date;
import java.util.List;
import vn.phoihop.shared.ProcessVariable;

/**
 * The contract between {@code bpmn/report-campaign.bpmn} and Java: process key, element ids and
 * variable names (docs/report-campaigns.md). No other class spells these strings.
 */
public final class CampaignProcess {

  public static final String KEY = "report-campaign";

  /**
   * {@code bpmn/bcd389-period-campaigns.bpmn}: the BCĐ 389 period timer, in a process of its own
   * (Camunda 7 does not deploy a process with both a none start and a timer start event). Each
   * firing opens the period's campaigns, each in a {@link #KEY} instance.
   */
  public static final class PeriodCampaigns {
    public static final String KEY = "bcd389-period-campaigns";
    public static final String PERIOD_DUE = "StartEvent_PeriodDue";
    public static final String OPEN_PERIOD_CAMPAIGNS = "Task_OpenPeriodCampaigns";

    private PeriodCampaigns() {}
  }

  private CampaignProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String REQUESTED = "StartEvent_CampaignRequested";
    public static final String OPEN = "Task_OpenCampaign";
    public static final String COLLECTION = "SubProcess_Collection";
    public static final String SUBMISSION = "SubProcess_Submission";
    public static final String PREPARE_BCD389 = "Task_PrepareBcd389Report";
    public static final String PREPARE_PLAN = "Task_PreparePlanReport";
    public static final String APPROVE = "Task_ApproveReport";
    public static final String SUBMIT = "Task_SubmitReport";
    public static final String REVIEW = "Task_ReviewReport";
    public static final String DEADLINE = "Timer_SubmissionDeadline";
    public static final String MARK_LATE = "Task_MarkLateSubmissions";
    public static final String FOLLOW_UP = "Task_FollowUp";
    public static final String REMINDER_ROUND = "Task_StartReminderRound";
    public static final String ROUND_DEADLINE = "Timer_RoundDeadline";
    public static final String CONSOLIDATE_FIGURES = "Task_ConsolidateFigures";
    public static final String CONSOLIDATE = "Task_ConsolidateReport";
    public static final String CLOSE = "Task_CloseCampaign";

    private Elements() {}
  }

  /** Variable names. */
  public static final class Vars {
    /** Long, system: the campaign's id. */
    public static final String CAMPAIGN_ID = "campaignId";

    /** String, system: the requesting agency's code. */
    public static final String REQUESTER = "requester";

    /** List of agency codes, system: one submission per recipient. */
    public static final String RECIPIENTS = "recipients";

    /** String, system: the multi-instance element variable. */
    public static final String RECIPIENT = "recipient";

    /** String, system: a {@code CampaignKind} name; chooses the report form. */
    public static final String REPORT_KIND = "reportKind";

    /** Date, system: the submission deadline in force (moved by a reminder round). */
    public static final String SUBMISSION_DEADLINE = "submissionDeadline";

    /** String, system: the campaign's code (business key), e.g. {@code DBC-2026-0001}. */
    public static final String CAMPAIGN_CODE = "campaignCode";

    /** Strings, system, shown by the forms' headers. */
    public static final String CAMPAIGN_TITLE = "campaignTitle";

    public static final String PERIOD_LABEL = "periodLabel";
    public static final String REQUESTER_NAME = "requesterName";
    public static final String DEADLINE_LABEL = "deadlineLabel";
    public static final String RECIPIENT_NAME = "recipientName";
    public static final String RETURNED_REASON = "returnedReason";
    public static final String SUBMITTED_LABEL = "submittedLabel";
    public static final String MISSING_NAMES = "missingNames";

    /** String, system: what the recipient reported, in words, for the leader and the reviewer. */
    public static final String REPORT_SUMMARY = "reportSummary";

    /** String, system: the summed figures, for the consolidation form. */
    public static final String TOTALS_SUMMARY = "totalsSummary";

    /** String: who submitted the Tasklist start form (the engine sets it; removed at once). */
    public static final String INITIATOR = "initiator";

    /** The start form's agency picker: every agency in force (StartFormOptions). */
    public static final String RECIPIENT_OPTIONS = "recipientOptions";

    /** Form fields that route. */
    public static final String APPROVAL_DECISION = "approvalDecision";

    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String FOLLOW_UP_DECISION = "followUpDecision";

    private Vars() {}
  }

  /** Form fields that are stored with the campaign and then removed from the process. */
  public static final class FormFields {
    public static final String INSPECTIONS = "inspections";
    public static final String VIOLATIONS_HANDLED = "violationsHandled";
    public static final String BUDGET_PAID_VND = "budgetPaidVnd";
    public static final String CONFISCATED_GOODS_VND = "confiscatedGoodsVnd";
    public static final String CASES_TRANSFERRED = "casesTransferred";
    public static final String CASES_PROSECUTED = "casesProsecuted";
    public static final String NARRATIVE = "narrative";
    public static final String DIFFICULTIES = "difficulties";
    public static final String PLAN_ISSUED = "planIssued";
    public static final String PLAN_NUMBER = "planNumber";
    public static final String PLAN_DATE = "planDate";
    public static final String EXPECTED_DATE = "expectedDate";
    public static final String NOT_ISSUED_REASON = "notIssuedReason";
    public static final String RETURN_REASON = "returnReason";
    public static final String NEW_DEADLINE = "newDeadline";
    public static final String FOLLOW_UP_NOTE = "followUpNote";
    public static final String CONSOLIDATED_TEXT = "consolidatedText";

    /** The Tasklist start form's fields (named as in {@code POST /api/v1/campaigns}). */
    public static final String TITLE = "title";

    public static final String KIND = "kind";
    public static final String PERIOD_KIND = "periodKind";
    public static final String PERIOD_YEAR = "periodYear";
    public static final String PERIOD_NUMBER = "periodNumber";
    public static final String DEADLINE = "deadline";
    public static final String RECIPIENT_AGENCIES = "recipientAgencies";

    private FormFields() {}
  }

  /** Typed access to the variables the Java side reads and writes. */
  static final class Variables {
    static final ProcessVariable<Long> CAMPAIGN_ID = ProcessVariable.longValue(Vars.CAMPAIGN_ID);
    static final ProcessVariable<String> CAMPAIGN_CODE = ProcessVariable.string(Vars.CAMPAIGN_CODE);
    static final ProcessVariable<String> REQUESTER = ProcessVariable.string(Vars.REQUESTER);
    static final ProcessVariable<List<String>> RECIPIENTS =
        ProcessVariable.stringList(Vars.RECIPIENTS);
    static final ProcessVariable<String> RECIPIENT = ProcessVariable.string(Vars.RECIPIENT);
    static final ProcessVariable<String> REPORT_KIND = ProcessVariable.string(Vars.REPORT_KIND);
    static final ProcessVariable<Date> SUBMISSION_DEADLINE =
        ProcessVariable.date(Vars.SUBMISSION_DEADLINE);
    static final ProcessVariable<String> CAMPAIGN_TITLE =
        ProcessVariable.string(Vars.CAMPAIGN_TITLE);
    static final ProcessVariable<String> PERIOD_LABEL = ProcessVariable.string(Vars.PERIOD_LABEL);
    static final ProcessVariable<String> REQUESTER_NAME =
        ProcessVariable.string(Vars.REQUESTER_NAME);
    static final ProcessVariable<String> DEADLINE_LABEL =
        ProcessVariable.string(Vars.DEADLINE_LABEL);
    static final ProcessVariable<String> RECIPIENT_NAME =
        ProcessVariable.string(Vars.RECIPIENT_NAME);
    static final ProcessVariable<String> RETURNED_REASON =
        ProcessVariable.longText(Vars.RETURNED_REASON);
    static final ProcessVariable<String> SUBMITTED_LABEL =
        ProcessVariable.string(Vars.SUBMITTED_LABEL);
    static final ProcessVariable<String> MISSING_NAMES =
        ProcessVariable.longText(Vars.MISSING_NAMES);
    static final ProcessVariable<String> REPORT_SUMMARY =
        ProcessVariable.longText(Vars.REPORT_SUMMARY);
    static final ProcessVariable<String> TOTALS_SUMMARY =
        ProcessVariable.longText(Vars.TOTALS_SUMMARY);

    private Variables() {}
  }
}
