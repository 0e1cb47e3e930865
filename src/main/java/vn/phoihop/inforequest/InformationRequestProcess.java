package vn.phoihop.inforequest;

import java.util.Date;
import vn.phoihop.shared.ProcessVariable;

/**
 * Ids and variable names of {@code bpmn/information-request.bpmn}. Business key: the request's
 * code. Input: {@link Vars#REQUEST_ID}, {@link Vars#REQUESTER_AGENCY}, {@link
 * Vars#RECEIVER_AGENCY}, {@link Vars#AGREEMENT_CODE}.
 */
public final class InformationRequestProcess {

  public static final String KEY = "information-request";

  private InformationRequestProcess() {}

  /** Element ids. */
  public static final class Elements {
    public static final String START = "StartEvent_InformationRequested";
    public static final String ANSWER = "Task_AnswerRequest";
    public static final String REPLY_KIND = "Gateway_ReplyKind";
    public static final String ANSWER_REST = "Task_AnswerRest";
    public static final String ANSWERED = "EndEvent_Answered";
    public static final String REFUSED = "EndEvent_Refused";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Vars {
    public static final String REQUEST_ID = "requestId";
    public static final String AGREEMENT_CODE = "agreementCode";
    public static final String REQUESTER_AGENCY = "requesterAgency";
    public static final String RECEIVER_AGENCY = "receiverAgency";
    public static final String CASE_TITLE = "caseTitle";

    /** Date: when the rest of a partial reply is promised (set by the form listener). */
    public static final String REST_DUE_AT = "restDueAt";

    /** String, a form field: a {@link ReplyKind} name, validated by the complete listener. */
    public static final String REPLY_KIND = "replyKind";

    private Vars() {}
  }

  /** Typed handles. */
  public static final class Variables {
    public static final ProcessVariable<Long> REQUEST_ID =
        ProcessVariable.longValue(Vars.REQUEST_ID);
    public static final ProcessVariable<Date> REST_DUE_AT = ProcessVariable.date(Vars.REST_DUE_AT);

    private Variables() {}
  }

  /** Form fields the listener consumes. */
  public static final class FormFields {
    public static final String REPLY_TEXT = "replyText";
    public static final String REFUSAL_REASON = "refusalReason";
    public static final String REST_DATE = "restDate";

    private FormFields() {}
  }
}
