package vn.phoihop.referral;

/**
 * The contract between {@code bpmn/case-referral.bpmn} (with its decision table {@code
 * bpmn/referral-routing.dmn}) and Java: process key, the element ids Java and tests touch, message
 * names and variable names with their types. No other class spells these strings. Variables that
 * only PhoiHop sets are listed in {@link ReferralSystemVariables}; the others are fields of the
 * model's forms.
 */
public final class ReferralProcess {

  public static final String KEY = "case-referral";
  public static final String DECISION_ROUTING = "referral-routing";

  // Elements
  public static final String START = "StartEvent_ReferralOpened";
  public static final String SUBPROCESS_PREPARE = "SubProcess_PrepareReferral";
  public static final String TASK_PREPARE_DOSSIER = "Task_PrepareDossier";
  public static final String TASK_ROUTE_REFERRAL = "Task_RouteReferral";
  public static final String TASK_RESOLVE_RECEIVING_AGENCY = "Task_ResolveReceivingAgency";
  public static final String TASK_CONFIRM_ROUTING = "Task_ConfirmRouting";
  public static final String TASK_REVIEW_DOSSIER = "Task_ReviewDossier";
  public static final String TASK_DECIDE_TRANSFER = "Task_DecideTransfer";
  public static final String TASK_TRANSFER_REFERRAL = "Task_TransferReferral";
  public static final String TASK_ACKNOWLEDGE_RECEIPT = "Task_AcknowledgeReceipt";
  public static final String TASK_RECORD_DECISION = "Task_RecordDecision";
  public static final String TASK_NOTIFY_DECISION = "Task_NotifyDecision";
  public static final String TASK_RETURN_DOSSIER = "Task_ReturnDossier";
  public static final String TASK_HANDLE_ADMINISTRATIVELY = "Task_HandleAdministratively";
  public static final String EVENT_WITHDRAWN = "Event_ReferralWithdrawn";
  public static final String END_WITHDRAWN = "EndEvent_ReferralWithdrawn";
  public static final String END_PROSECUTED = "EndEvent_Prosecuted";
  public static final String END_SUSPENDED = "EndEvent_Suspended";
  public static final String END_SANCTIONED = "EndEvent_Sanctioned";

  // Timeout task listeners (reminder / escalation timers)
  public static final String REMINDER_PREFIX = "Reminder_";
  public static final String ESCALATION_PREFIX = "Escalation_";

  // Messages
  public static final String MESSAGE_WITHDRAWN = "ReferralWithdrawn";

  // Variables that live for the whole instance
  /** Long: id of the {@code CaseReferral} aggregate. */
  public static final String VAR_REFERRAL_ID = "referralId";

  /** String: the referral's code (= business key), shown in forms. */
  public static final String VAR_REFERRAL_CODE = "referralCode";

  /** String: code of the QLTT team that opened the dossier (candidate groups of QLTT tasks). */
  public static final String VAR_OPENING_AGENCY = "openingAgency";

  /** String: code of the team's Chi cục (QLTT sub-department): the deciding leader, escalations. */
  public static final String VAR_SUB_DEPARTMENT = "subDepartment";

  /** String: violation category code (DMN input). */
  public static final String VAR_VIOLATION_CATEGORY = "violationCategory";

  /** Boolean: found in a border area (DMN input). */
  public static final String VAR_BORDER_AREA = "borderArea";

  /** Boolean: goods caught crossing the border or under customs control (DMN input). */
  public static final String VAR_CUSTOMS_CONTROL = "customsControl";

  /**
   * String: agency type proposed by the DMN (DMN output): PROVINCIAL_POLICE, CUSTOMS_BRANCH,
   * BORDER_GUARD.
   */
  public static final String VAR_RECEIVING_AGENCY_TYPE = "receivingAgencyType";

  /** String: legal basis of the routing (DMN output), shown to users. */
  public static final String VAR_LEGAL_BASIS = "legalBasis";

  /** String: code of the receiving unit (candidate groups of the liaison's tasks). */
  public static final String VAR_RECEIVING_AGENCY = "receivingAgency";

  /** Date: legal deadline to transfer the dossier (due date of the preparation tasks). */
  public static final String VAR_TRANSFER_DUE_AT = "transferDueAt";

  /** Date: end of the receiving agency's decision clock (20 days, moved by extensions). */
  public static final String VAR_DECISION_DUE_AT = "decisionDueAt";

  /** String (Markdown): the dossier in short, shown read-only in forms; refreshed on each task. */
  public static final String VAR_DOSSIER_SUMMARY = "dossierSummary";

  /** String (Markdown): the evidence documents uploaded through the REST API. */
  public static final String VAR_DOCUMENT_LIST = "documentList";

  // Routing variables written by forms
  /** String: APPROVED or RETURNED (team leader). */
  public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";

  public static final String REVIEW_APPROVED = "APPROVED";
  public static final String REVIEW_RETURNED = "RETURNED";

  /** String: TRANSFER or ADMINISTRATIVE (Chi cục leader). */
  public static final String VAR_TRANSFER_DECISION = "transferDecision";

  public static final String TRANSFER = "TRANSFER";
  public static final String ADMINISTRATIVE = "ADMINISTRATIVE";

  /** String: PROSECUTED, NOT_PROSECUTED, SUSPENDED or EXTENDED (receiving agency). */
  public static final String VAR_DECISION_OUTCOME = "decisionOutcome";

  public static final String EXTENDED = "EXTENDED";

  /** Form fields: set while a task is open, read and removed when it completes. */
  static final class Form {
    // Dossier (start form and Task_PrepareDossier)
    static final String CASE_SUMMARY = "caseSummary";
    static final String FOUND_ON = "foundOn";
    static final String FOUND_PLACE = "foundPlace";
    static final String PROVINCE = "provinceCode";
    static final String OFFENDER_KIND = "offenderKind";
    static final String OFFENDER_NAME = "offenderName";
    static final String OFFENDER_ID_NUMBER = "offenderIdNumber";
    static final String OFFENDER_ADDRESS = "offenderAddress";
    static final String GOODS_DESCRIPTION = "goodsDescription";
    static final String ESTIMATED_VALUE = "estimatedValueVnd";
    static final String CRIME_SIGNS = "crimeSigns";
    static final String FOUND_DURING = "foundDuring";
    static final String OPENING_AGENCY = "openingAgency";

    // Task_ConfirmRouting
    /** Shown by the form, set by the create listener: a system variable. */
    static final String PROPOSED_AGENCY_NAME = "proposedAgencyName";

    /** The override select's options, set by the create listener: a system variable. */
    static final String RECEIVING_AGENCY_OPTIONS = "receivingAgencyOptions";

    static final String ROUTING_OVERRIDE = "routingOverride";
    static final String OVERRIDE_AGENCY = "overrideAgency";
    static final String OVERRIDE_REASON = "overrideReason";
    // Task_ReviewDossier, Task_DecideTransfer
    static final String REVIEW_REASON = "reviewReason";
    static final String TRANSFER_DECISION_REASON = "transferDecisionReason";
    // Task_AcknowledgeReceipt
    static final String RECEIPT_CONFIRMED = "receiptConfirmed";
    static final String RECEIPT_NOTE = "receiptNote";

    // Task_RecordDecision
    /** Shown by the form, set by the create listener: a system variable. */
    static final String DECISION_DUE_TEXT = "decisionDueText";

    static final String DECISION_NUMBER = "decisionNumber";
    static final String DECISION_NOTE = "decisionNote";
    static final String EXTENSION_MONTHS = "extensionMonths";
    static final String EXTENSION_REASON = "extensionReason";
    static final String APPROVING_BODY_TYPE = "approvingBodyType";
    static final String APPROVING_BODY = "approvingBody";
    static final String APPROVAL_NUMBER = "approvalNumber";
    // Task_ReturnDossier
    static final String RETURN_NOTE = "returnNote";
    // Task_HandleAdministratively
    static final String PENALTY_DECISION_NUMBER = "penaltyDecisionNumber";
    static final String PENALTY_DECISION_DATE = "penaltyDecisionDate";
    static final String PENALTY_NOTE = "penaltyNote";

    private Form() {}
  }

  private ReferralProcess() {}
}
