package vn.phoihop.referral;

import java.util.Date;
import java.util.List;
import vn.phoihop.shared.ProcessVariable;

/**
 * The contract between {@code bpmn/case-referral.bpmn} (with its decision table {@code
 * bpmn/referral-routing.dmn}) and Java: process key, the element ids Java and tests touch, message
 * names, variable names with their types and the values routing variables take. No other class
 * spells these strings.
 */
public final class ReferralProcess {

  public static final String KEY = "case-referral";

  /** Key of the routing decision table ({@code Task_RouteReferral}). */
  public static final String ROUTING_DECISION = "referral-routing";

  private ReferralProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_ReferralOpened";
    public static final String PREPARE_REFERRAL = "SubProcess_PrepareReferral";
    public static final String PREPARE_DOSSIER = "Task_PrepareDossier";
    public static final String ROUTE_REFERRAL = "Task_RouteReferral";
    public static final String RESOLVE_RECEIVING_AGENCY = "Task_ResolveReceivingAgency";
    public static final String CONFIRM_ROUTING = "Task_ConfirmRouting";
    public static final String REVIEW_DOSSIER = "Task_ReviewDossier";
    public static final String DECIDE_TRANSFER = "Task_DecideTransfer";
    public static final String TRANSFER_REFERRAL = "Task_TransferReferral";
    public static final String ACKNOWLEDGE_RECEIPT = "Task_AcknowledgeReceipt";
    public static final String REROUTE_REFERRAL = "Task_RerouteReferral";
    public static final String RECORD_DECISION = "Task_RecordDecision";
    public static final String NOTIFY_DECISION = "Task_NotifyDecision";
    public static final String FORWARD_REFERRAL = "Task_ForwardReferral";
    public static final String FOLLOW_PROSECUTION = "Task_FollowProsecution";
    public static final String FOLLOW_SUSPENSION = "Task_FollowSuspension";
    public static final String RETURN_DOSSIER = "Task_ReturnDossier";
    public static final String CONFIRM_RETURN = "Task_ConfirmReturn";
    public static final String HANDLE_ADMINISTRATIVELY = "Task_HandleAdministratively";
    public static final String WITHDRAWN = "Event_ReferralWithdrawn";
    public static final String END_WITHDRAWN = "EndEvent_ReferralWithdrawn";
    public static final String END_CONCLUDED = "EndEvent_CaseConcluded";
    public static final String END_SANCTIONED = "EndEvent_Sanctioned";

    private Elements() {}
  }

  /** Message names. */
  public static final class Messages {
    /** Correlated when a dossier is withdrawn before the transfer. */
    public static final String WITHDRAWN = "ReferralWithdrawn";

    private Messages() {}
  }

  /**
   * Process variables: ids, routing values and the legal clocks the model's timers read. Those that
   * only PhoiHop sets are listed in {@link ReferralSystemVariables}; the others are fields of the
   * model's forms.
   */
  public static final class Vars {
    /** Long: id of the {@code CaseReferral} aggregate. */
    public static final String REFERRAL_ID = "referralId";

    /** String: the referral's code (= business key), shown in forms. */
    public static final String REFERRAL_CODE = "referralCode";

    /** String: violation and offender, shown on Tasklist's task cards beside the code. */
    public static final String CASE_TITLE = "caseTitle";

    /** String: code of the QLTT team that opened the dossier (candidate groups of QLTT tasks). */
    public static final String OPENING_AGENCY = "openingAgency";

    /**
     * String: code of the team's Chi cục (QLTT sub-department): the deciding leader, escalations.
     */
    public static final String SUB_DEPARTMENT = "subDepartment";

    /** String: violation category code (DMN input). */
    public static final String VIOLATION_CATEGORY = "violationCategory";

    /** Boolean: found in a border area (DMN input). */
    public static final String BORDER_AREA = "borderArea";

    /** Boolean: goods caught crossing the border or under customs control (DMN input). */
    public static final String CUSTOMS_CONTROL = "customsControl";

    /**
     * String: agency type proposed by the DMN (DMN output): PROVINCIAL_POLICE, CUSTOMS_BRANCH,
     * BORDER_GUARD.
     */
    public static final String RECEIVING_AGENCY_TYPE = "receivingAgencyType";

    /** String: legal basis of the routing (DMN output), shown to users. */
    public static final String LEGAL_BASIS = "legalBasis";

    /** String: code of the receiving unit (candidate groups of the liaison's tasks). */
    public static final String RECEIVING_AGENCY = "receivingAgency";

    /** Date: legal deadline to transfer the dossier (due date of the preparation tasks). */
    public static final String TRANSFER_DUE_AT = "transferDueAt";

    /**
     * Date: end of the acknowledgment clock, counted from the handover record's date (due date of
     * {@code Task_AcknowledgeReceipt}).
     */
    public static final String ACK_DUE_AT = "ackDueAt";

    /**
     * Date: end of the receiving agency's decision clock: 20 days from the legal date of receipt
     * (or of the resumption), moved by extensions.
     */
    public static final String DECISION_DUE_AT = "decisionDueAt";

    /** Date: end of the return clock: 3 working days from the decision not to prosecute. */
    public static final String RETURN_DUE_AT = "returnDueAt";

    /**
     * Date: end of the administrative penalty's clock, from the day QLTT received the dossier back.
     */
    public static final String SANCTION_DUE_AT = "sanctionDueAt";

    /**
     * Date: when the next report on a prosecuted or suspended case is due (the follow-up tasks).
     */
    public static final String FOLLOW_UP_DUE_AT = "followUpDueAt";

    /**
     * String (Markdown): the dossier in short, shown read-only in forms; refreshed on each task.
     */
    public static final String DOSSIER_SUMMARY = "dossierSummary";

    /** String (Markdown): the evidence documents uploaded through the REST API. */
    public static final String DOCUMENT_LIST = "documentList";

    /**
     * Integer: how many documents the dossier holds, shown by the dossier form; kept up to date on
     * every upload and removal (REST API and the Tasklist case file).
     */
    public static final String DOCUMENT_COUNT = "documentCount";

    /** String: {@link #APPROVED} or {@link #RETURNED} (team leader). */
    public static final String REVIEW_OUTCOME = "reviewOutcome";

    /** String: {@link #TRANSFER} or {@link #ADMINISTRATIVE} (Chi cục leader). */
    public static final String TRANSFER_DECISION = "transferDecision";

    /** String: {@link #ACCEPTED} or {@link #REFUSED} (the receiving unit's liaison). */
    public static final String RECEIPT_DECISION = "receiptDecision";

    /** String: {@link #REROUTE} or {@link #ADMINISTRATIVE} (Chi cục leader, after a refusal). */
    public static final String REROUTE_DECISION = "rerouteDecision";

    /** String: {@link #IN_PROGRESS} or {@link #CONCLUDED} (QLTT, following a prosecuted case). */
    public static final String FOLLOW_UP_OUTCOME = "followUpOutcome";

    /**
     * String: PROSECUTED, NOT_PROSECUTED, SUSPENDED ({@code ReferralEnums.Outcome}), {@link
     * #EXTENDED} or {@link #FORWARDED} (receiving agency).
     */
    public static final String DECISION_OUTCOME = "decisionOutcome";

    public static final String APPROVED = "APPROVED";
    public static final String RETURNED = "RETURNED";
    public static final String TRANSFER = "TRANSFER";
    public static final String ADMINISTRATIVE = "ADMINISTRATIVE";
    public static final String EXTENDED = "EXTENDED";
    public static final String FORWARDED = "FORWARDED";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REFUSED = "REFUSED";
    public static final String REROUTE = "REROUTE";
    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String CONCLUDED = "CONCLUDED";

    private Vars() {}
  }

  /** Typed handles on the variables Java reads or writes. */
  static final class Variables {
    static final ProcessVariable<Long> REFERRAL_ID = ProcessVariable.longValue(Vars.REFERRAL_ID);
    static final ProcessVariable<String> REFERRAL_CODE = ProcessVariable.string(Vars.REFERRAL_CODE);
    static final ProcessVariable<String> CASE_TITLE = ProcessVariable.string(Vars.CASE_TITLE);
    static final ProcessVariable<String> OPENING_AGENCY =
        ProcessVariable.string(Vars.OPENING_AGENCY);
    static final ProcessVariable<String> SUB_DEPARTMENT =
        ProcessVariable.string(Vars.SUB_DEPARTMENT);
    static final ProcessVariable<String> VIOLATION_CATEGORY =
        ProcessVariable.string(Vars.VIOLATION_CATEGORY);
    static final ProcessVariable<Boolean> BORDER_AREA = ProcessVariable.bool(Vars.BORDER_AREA);
    static final ProcessVariable<Boolean> CUSTOMS_CONTROL =
        ProcessVariable.bool(Vars.CUSTOMS_CONTROL);
    static final ProcessVariable<String> RECEIVING_AGENCY_TYPE =
        ProcessVariable.string(Vars.RECEIVING_AGENCY_TYPE);
    static final ProcessVariable<String> LEGAL_BASIS = ProcessVariable.string(Vars.LEGAL_BASIS);
    static final ProcessVariable<String> RECEIVING_AGENCY =
        ProcessVariable.string(Vars.RECEIVING_AGENCY);
    static final ProcessVariable<Date> TRANSFER_DUE_AT = ProcessVariable.date(Vars.TRANSFER_DUE_AT);
    static final ProcessVariable<Date> ACK_DUE_AT = ProcessVariable.date(Vars.ACK_DUE_AT);
    static final ProcessVariable<Date> DECISION_DUE_AT = ProcessVariable.date(Vars.DECISION_DUE_AT);
    static final ProcessVariable<Date> RETURN_DUE_AT = ProcessVariable.date(Vars.RETURN_DUE_AT);
    static final ProcessVariable<Date> SANCTION_DUE_AT = ProcessVariable.date(Vars.SANCTION_DUE_AT);
    static final ProcessVariable<Date> FOLLOW_UP_DUE_AT =
        ProcessVariable.date(Vars.FOLLOW_UP_DUE_AT);
    // Three 4,000-character fields overflow a string variable: kept as a long text.
    static final ProcessVariable<String> DOSSIER_SUMMARY =
        ProcessVariable.longText(Vars.DOSSIER_SUMMARY);
    static final ProcessVariable<String> DOCUMENT_LIST = ProcessVariable.string(Vars.DOCUMENT_LIST);
    static final ProcessVariable<Integer> DOCUMENT_COUNT =
        ProcessVariable.intValue(Vars.DOCUMENT_COUNT);
    static final ProcessVariable<String> PROPOSED_AGENCY_NAME =
        ProcessVariable.string(FormFields.PROPOSED_AGENCY_NAME);
    static final ProcessVariable<String> DECISION_DUE_TEXT =
        ProcessVariable.string(FormFields.DECISION_DUE_TEXT);

    private Variables() {}
  }

  /**
   * Keys of form fields: set while a task is open, read, written to the aggregate and removed when
   * it completes, so that the instance keeps ids and routing values only. User input is read
   * through {@link DossierInput}'s readers, which refuse a value of the wrong type in Vietnamese.
   */
  static final class FormFields {
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

    /**
     * The dossier's fields edited in forms; the DMN inputs among them stay as routing variables.
     */
    static final List<String> DOSSIER =
        List.of(
            CASE_SUMMARY,
            FOUND_ON,
            FOUND_PLACE,
            PROVINCE,
            OFFENDER_KIND,
            OFFENDER_NAME,
            OFFENDER_ID_NUMBER,
            OFFENDER_ADDRESS,
            GOODS_DESCRIPTION,
            ESTIMATED_VALUE,
            CRIME_SIGNS,
            FOUND_DURING);

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

    /** Options of the competent-body selects (re-routing, forwarding): a system variable. */
    static final String COMPETENT_BODY_OPTIONS = "competentBodyOptions";

    // Task_AcknowledgeReceipt
    static final String RECEIVED_ON = "receivedOn";
    static final String RECEIPT_NOTE = "receiptNote";
    static final String REFUSAL_REASON = "refusalReason";
    // Task_RerouteReferral
    static final String REROUTE_AGENCY = "rerouteAgency";
    static final String REROUTE_REASON = "rerouteReason";

    // Task_RecordDecision
    /** Shown by the form, set by the create listener: a system variable. */
    static final String DECISION_DUE_TEXT = "decisionDueText";

    static final String DECISION_NUMBER = "decisionNumber";
    static final String DECISION_DATE = "decisionDate";
    static final String DECISION_NOTE = "decisionNote";
    static final String FORWARD_AGENCY = "forwardAgency";
    static final String FORWARD_DATE = "forwardDate";
    static final String FORWARD_REASON = "forwardReason";
    static final String EXTENSION_MONTHS = "extensionMonths";
    static final String EXTENSION_REASON = "extensionReason";
    static final String APPROVING_BODY_TYPE = "approvingBodyType";
    static final String APPROVING_BODY = "approvingBody";
    static final String APPROVAL_NUMBER = "approvalNumber";
    // Task_FollowProsecution
    static final String FOLLOW_UP_DATE = "followUpDate";
    static final String FOLLOW_UP_NOTE = "followUpNote";
    // Task_FollowSuspension
    static final String RESUMPTION_DATE = "resumptionDate";
    static final String RESUMPTION_NUMBER = "resumptionNumber";
    static final String RESUMPTION_REASON = "resumptionReason";
    // Task_ReturnDossier
    static final String RETURN_DATE = "returnDate";
    static final String RETURN_NOTE = "returnNote";
    // Task_ConfirmReturn
    static final String RETURN_RECEIVED_DATE = "returnReceivedDate";
    static final String EXHIBITS_COMPLETE = "exhibitsComplete";
    static final String VERIFICATION_NEEDED = "verificationNeeded";
    static final String RETURN_RECEIPT_NOTE = "returnReceiptNote";
    // Task_HandleAdministratively
    static final String PENALTY_DECISION_NUMBER = "penaltyDecisionNumber";
    static final String PENALTY_DECISION_DATE = "penaltyDecisionDate";
    static final String PENALTY_NOTE = "penaltyNote";

    private FormFields() {}
  }
}
