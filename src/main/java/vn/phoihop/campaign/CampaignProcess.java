package vn.phoihop.campaign;

/**
 * The contract between {@code bpmn/report-campaign.bpmn} and Java: process key, element ids and
 * variable names (docs/report-campaigns.md). No other class spells these strings.
 */
public final class CampaignProcess {

  public static final String KEY = "report-campaign";

  private CampaignProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String REQUESTED = "StartEvent_CampaignRequested";
    public static final String PERIOD_DUE = "StartEvent_PeriodDue";
    public static final String OPEN_PERIOD_CAMPAIGNS = "Task_OpenPeriodCampaigns";
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

    /** Form fields that route. */
    public static final String APPROVAL_DECISION = "approvalDecision";

    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String FOLLOW_UP_DECISION = "followUpDecision";

    private Vars() {}
  }
}
