package vn.phoihop.agreement;

import java.util.Date;
import java.util.List;
import vn.phoihop.evaluation.EvaluationProcess;
import vn.phoihop.shared.ProcessVariable;

/**
 * The contract between {@code bpmn/coordination-agreement.bpmn} and Java: process key, the element
 * ids Java and tests touch, message names, variable names and the values routing variables take. No
 * other class spells these strings.
 */
public final class AgreementProcess {

  public static final String KEY = "coordination-agreement";

  private AgreementProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_AgreementRequested";
    public static final String REGISTER = "Task_RegisterAgreement";
    public static final String DRAFT = "Task_DraftAgreement";
    public static final String REVIEW = "Task_ReviewDraft";
    public static final String CONSULTATION = "SubProcess_ConsultPartner";
    public static final String CONSULT = "Task_ConsultPartner";
    public static final String CONSULTATION_DEADLINE = "Timer_ConsultationDeadline";
    public static final String RECORD_NO_OBJECTION = "Task_RecordNoObjection";
    public static final String CONSOLIDATE = "Task_ConsolidateComments";
    public static final String REVISE = "Task_ReviseDraft";
    public static final String SIGN = "Task_SignAgreement";
    public static final String RECORD_SIGNED_DOCUMENT = "Task_RecordSignedDocument";
    public static final String SUBMIT_FOR_DECISION = "Task_SubmitForDecision";
    public static final String RECORD_DECISION = "Task_RecordIssuingDecision";
    public static final String PUT_IN_FORCE = "Task_PutInForce";
    public static final String IN_FORCE = "SubProcess_InForce";
    // the evaluation cycle inside SubProcess_InForce
    public static final String EVALUATION_LOOP = "Gateway_EvaluationLoop";
    public static final String NEXT_PERIOD = "Gateway_NextPeriod";
    public static final String EVALUATION_DUE = "Timer_EvaluationDue";
    public static final String SET_EVALUATION_PERIOD = "Task_SetEvaluationPeriod";
    public static final String EVALUATE_PERIOD = "CallActivity_EvaluatePeriod";
    public static final String RECORD_EVALUATION = "Task_RecordEvaluation";
    public static final String EVALUATION_CONCLUSION = "Gateway_EvaluationConclusion";
    public static final String AMENDMENT_PROPOSED_END = "EndEvent_AmendmentProposed";
    public static final String DECIDE_TERMINATION = "Task_DecideTermination";
    public static final String TERMINATION_DECISION = "Gateway_TerminationDecision";
    public static final String TERMINATION_DECIDED_END = "EndEvent_TerminationDecided";
    public static final String TERM_ENDED = "Timer_TermEnded";
    public static final String TERM_REACHED = "EndEvent_TermReached";
    // boundaries of SubProcess_InForce and what follows it
    public static final String AMENDMENT_PROPOSED = "Event_AmendmentProposed";
    public static final String TERMINATION_DECIDED = "Event_TerminationDecided";
    public static final String FINAL_REVIEW = "Task_FinalReview";
    public static final String RENEW = "Task_RenewAgreement";
    public static final String END_RENEWED = "EndEvent_AgreementRenewed";
    public static final String AMENDMENT_REQUESTED = "Event_AmendmentRequested";
    public static final String DRAFT_AMENDMENT = "Task_DraftAmendment";
    public static final String REVIEW_AMENDMENT = "Task_ReviewAmendment";
    public static final String KEEP_CURRENT_VERSION = "Task_KeepCurrentVersion";
    public static final String TERMINATION_REQUESTED = "Event_TerminationRequested";
    public static final String TERMINATE = "Task_TerminateAgreement";
    public static final String EXPIRE = "Task_ExpireAgreement";
    public static final String END_TERMINATED = "EndEvent_AgreementTerminated";
    public static final String END_EXPIRED = "EndEvent_AgreementExpired";

    private Elements() {}
  }

  /** Message names. */
  static final class Messages {
    public static final String AMENDMENT_REQUESTED = "AgreementAmendmentRequested";
    public static final String TERMINATION_REQUESTED = "AgreementTerminationRequested";

    private Messages() {}
  }

  /**
   * Escalation codes thrown inside {@code SubProcess_InForce} and caught on its boundary: the
   * evaluation cycle leaves the in-force wait by the same paths as a party's messages.
   */
  static final class Escalations {
    /** An evaluation concluded "propose amendment": the amendment cycle starts. */
    public static final String AMENDMENT_PROPOSED = "AgreementAmendmentProposed";

    /** The lead's leader decided to terminate after an evaluation proposed it. */
    public static final String TERMINATION_DECIDED = "AgreementTerminationDecided";

    private Escalations() {}
  }

  /**
   * Process variables: ids and routing values, nothing else lingers. Those that only PhoiHop sets
   * are listed in {@link AgreementSystemVariables}; the others are fields of the model's forms.
   */
  public static final class Vars {
    /** Long: the aggregate's id. */
    public static final String AGREEMENT_ID = "agreementId";

    /** String: the aggregate's code (= business key), shown in forms. */
    public static final String AGREEMENT_CODE = "agreementCode";

    /** String: the agreement's title, shown on Tasklist's task cards beside the code. */
    public static final String CASE_TITLE = "caseTitle";

    /** String: agency code of the lead agency (candidate groups). */
    public static final String LEAD_AGENCY = "leadAgency";

    /** List&lt;String&gt;: partner agency codes (consultation multi-instance). */
    public static final String PARTNER_AGENCIES = "partnerAgencies";

    /** String: element variable of the consultation, one partner's code. */
    public static final String PARTNER_AGENCY = "partnerAgency";

    /** List&lt;String&gt;: every party's code, lead first (signing multi-instance). */
    public static final String SIGNING_PARTIES = "signingParties";

    /** String: element variable of the signing, one party's code. */
    public static final String SIGNING_PARTY = "signingParty";

    /** String: {@link ApprovalPath} name. */
    public static final String APPROVAL_PATH = "approvalPath";

    /** String: {@link #CONSULT} or {@link #RETURN}. */
    public static final String REVIEW_DECISION = "reviewDecision";

    /** String: {@link #REVISE} or {@link #APPROVE}. */
    public static final String CONSOLIDATION_DECISION = "consolidationDecision";

    /** String: {@link #APPROVE} or {@link #REJECT}. */
    public static final String AMENDMENT_DECISION = "amendmentDecision";

    /** Date: when the term of an agreement in force ends (the expiry timer). */
    public static final String TERM_ENDS_AT = "termEndsAt";

    /** Long: the last evaluation's id (output of the call activity; its forms link to it). */
    public static final String EVALUATION_ID = EvaluationProcess.Vars.EVALUATION_ID;

    /**
     * String: the last evaluation's {@link vn.phoihop.evaluation.Conclusion} name (output of the
     * call activity).
     */
    public static final String EVALUATION_CONCLUSION = EvaluationProcess.Vars.EVALUATION_CONCLUSION;

    /** Input of the call activity, set by {@code Task_SetEvaluationPeriod} and removed after it. */
    public static final String PERIOD_KIND = EvaluationProcess.Vars.PERIOD_KIND;

    public static final String PERIOD_YEAR = EvaluationProcess.Vars.PERIOD_YEAR;
    public static final String PERIOD_NUMBER = EvaluationProcess.Vars.PERIOD_NUMBER;

    /**
     * String: {@link #TERMINATE} or {@link #CONTINUE} (after an evaluation proposed termination).
     */
    public static final String TERMINATION_DECISION = "terminationDecision";

    /** String: {@link #RENEW} or {@link #EXPIRE} (final review at the end of the term). */
    public static final String FINAL_REVIEW_DECISION = "finalReviewDecision";

    /**
     * String: code of the agreement a renewal renews (only in a renewal's instance; its draft form
     * shows it).
     */
    public static final String RENEWED_FROM = "renewedFrom";

    /**
     * Text (JSON-serialised, any length): the agreement as every task form shows it, Markdown;
     * computed when each task opens ({@link AgreementDescriptions#summary}).
     */
    public static final String AGREEMENT_SUMMARY = "agreementSummary";

    /** Text (JSON-serialised): the full text of the version under way, computed per task. */
    public static final String AGREEMENT_TEXT = "agreementText";

    /**
     * Text (JSON-serialised): the partners' comments on the version under way, Markdown, computed
     * per task.
     */
    public static final String AGREEMENT_COMMENTS = "agreementComments";

    /**
     * The start form's agency choices ({@code valuesKey} of the lead and partner pickers): every
     * agency in force, delivered by {@link AgreementStartFormOptions}, never stored.
     */
    public static final String AGENCY_OPTIONS = "agencyOptions";

    /** String: who started the process from Tasklist ({@code camunda:initiator}). */
    public static final String INITIATOR = "initiator";

    public static final String CONSULT = "CONSULT";
    public static final String RETURN = "RETURN";
    public static final String REVISE = "REVISE";
    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";
    public static final String TERMINATE = "TERMINATE";
    public static final String CONTINUE = "CONTINUE";
    public static final String RENEW = "RENEW";
    public static final String EXPIRE = "EXPIRE";

    private Vars() {}
  }

  /**
   * Typed handles on the {@link Vars} that Java reads or writes: {@code
   * Variables.AGREEMENT_ID.get(execution)} instead of a cast, failing with the variable's name when
   * it is missing or of another type.
   */
  public static final class Variables {
    public static final ProcessVariable<Long> AGREEMENT_ID =
        ProcessVariable.longValue(Vars.AGREEMENT_ID);
    public static final ProcessVariable<String> AGREEMENT_CODE =
        ProcessVariable.string(Vars.AGREEMENT_CODE);
    public static final ProcessVariable<String> CASE_TITLE =
        ProcessVariable.string(Vars.CASE_TITLE);
    public static final ProcessVariable<String> LEAD_AGENCY =
        ProcessVariable.string(Vars.LEAD_AGENCY);
    public static final ProcessVariable<List<String>> PARTNER_AGENCIES =
        ProcessVariable.stringList(Vars.PARTNER_AGENCIES);
    public static final ProcessVariable<String> PARTNER_AGENCY =
        ProcessVariable.string(Vars.PARTNER_AGENCY);
    public static final ProcessVariable<List<String>> SIGNING_PARTIES =
        ProcessVariable.stringList(Vars.SIGNING_PARTIES);
    public static final ProcessVariable<String> SIGNING_PARTY =
        ProcessVariable.string(Vars.SIGNING_PARTY);
    public static final ProcessVariable<String> APPROVAL_PATH =
        ProcessVariable.string(Vars.APPROVAL_PATH);
    public static final ProcessVariable<String> REVIEW_DECISION =
        ProcessVariable.string(Vars.REVIEW_DECISION);
    public static final ProcessVariable<String> CONSOLIDATION_DECISION =
        ProcessVariable.string(Vars.CONSOLIDATION_DECISION);
    public static final ProcessVariable<String> AMENDMENT_DECISION =
        ProcessVariable.string(Vars.AMENDMENT_DECISION);
    public static final ProcessVariable<String> TERMINATION_DECISION =
        ProcessVariable.string(Vars.TERMINATION_DECISION);
    public static final ProcessVariable<String> FINAL_REVIEW_DECISION =
        ProcessVariable.string(Vars.FINAL_REVIEW_DECISION);
    public static final ProcessVariable<Date> TERM_ENDS_AT =
        ProcessVariable.date(Vars.TERM_ENDS_AT);
    public static final ProcessVariable<Long> EVALUATION_ID =
        ProcessVariable.longValue(Vars.EVALUATION_ID);
    public static final ProcessVariable<String> PERIOD_KIND =
        ProcessVariable.string(Vars.PERIOD_KIND);
    public static final ProcessVariable<Integer> PERIOD_YEAR =
        ProcessVariable.intValue(Vars.PERIOD_YEAR);
    public static final ProcessVariable<Integer> PERIOD_NUMBER =
        ProcessVariable.intValue(Vars.PERIOD_NUMBER);
    public static final ProcessVariable<String> RENEWED_FROM =
        ProcessVariable.string(Vars.RENEWED_FROM);
    public static final ProcessVariable<String> AGREEMENT_SUMMARY =
        ProcessVariable.longText(Vars.AGREEMENT_SUMMARY);
    public static final ProcessVariable<String> AGREEMENT_TEXT =
        ProcessVariable.longText(Vars.AGREEMENT_TEXT);
    public static final ProcessVariable<String> AGREEMENT_COMMENTS =
        ProcessVariable.longText(Vars.AGREEMENT_COMMENTS);

    private Variables() {}
  }

  /**
   * Keys of form fields that carry business data. The complete listener reads them, writes them to
   * the aggregate and removes them, so they never linger as process variables.
   */
  public static final class FormFields {
    // start form
    public static final String TITLE = "title";
    public static final String KIND = "kind";
    public static final String SUMMARY = "summary";
    public static final String FIELDS = "fields";
    public static final String TERM_START = "termStart";
    public static final String TERM_END = "termEnd";
    public static final String EVALUATION_CADENCE = "evaluationCadence";
    public static final String PARENT_AGREEMENT = "parentAgreementCode";
    // drafting, revision, amendment
    public static final String CONTENT = "content";
    public static final String VERSION_NOTE = "versionNote";
    // review and consolidation
    public static final String REVIEW_REASON = "reviewReason";
    public static final String CONSOLIDATION_NOTE = "consolidationNote";
    public static final String AMENDMENT_REASON = "amendmentReviewReason";
    // consultation
    public static final String OPINION = "opinion";
    public static final String COMMENT = "comment";
    // signing
    public static final String SIGNATORY_NAME = "signatoryName";
    public static final String SIGNATORY_TITLE = "signatoryTitle";
    public static final String SIGNED_ON = "signedOn";
    // registration of the signed document
    public static final String DOCUMENT_NUMBER = "documentNumber";
    public static final String EFFECTIVE_DATE = "effectiveDate";
    // issue by decision
    public static final String SUBMISSION_NUMBER = "submissionNumber";
    public static final String SUBMITTED_ON = "submittedOn";
    public static final String DECISION_NUMBER = "decisionNumber";
    public static final String DECISION_DATE = "decisionDate";
    public static final String DECISION_SIGNER = "decisionSigner";
    // decision on a proposed termination, final review
    public static final String TERMINATION_DECISION_REASON = "terminationDecisionReason";
    public static final String FINAL_REVIEW_REASON = "finalReviewReason";

    private FormFields() {}
  }
}
