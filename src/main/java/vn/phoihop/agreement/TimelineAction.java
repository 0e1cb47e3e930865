package vn.phoihop.agreement;

import vn.phoihop.shared.Texts;

/** What happened in one step of an agreement's life, for its timeline. */
enum TimelineAction {
  CREATED,
  DRAFT_SUBMITTED,
  RETURNED,
  SENT_TO_CONSULTATION,
  COMMENTED,
  NO_OBJECTION_BY_SILENCE,
  CONSOLIDATED_FOR_REVISION,
  CONSOLIDATED_FOR_APPROVAL,
  REVISED,
  SIGNED,
  DOCUMENT_REGISTERED,
  SUBMITTED_FOR_DECISION,
  DECISION_RECORDED,
  ENTERED_INTO_FORCE,
  AMENDMENT_REQUESTED,
  AMENDMENT_DRAFTED,
  AMENDMENT_APPROVED,
  AMENDMENT_REJECTED,
  EVALUATED,
  EVALUATION_CANCELLED,
  TERMINATION_DECIDED,
  TERMINATION_DECLINED,
  FINAL_REVIEWED,
  RENEWED,
  RENEWAL_OF,
  TERMINATED,
  EXPIRED,
  SUB_PLAN_CREATED,
  INFORMATION_REQUESTED,
  INFORMATION_REPLIED;

  /** What users read for this value (i18n/agreement.properties). */
  public String label() {
    return switch (this) {
      case CREATED -> Texts.text("agreement.action.CREATED");
      case DRAFT_SUBMITTED -> Texts.text("agreement.action.DRAFT_SUBMITTED");
      case RETURNED -> Texts.text("agreement.action.RETURNED");
      case SENT_TO_CONSULTATION -> Texts.text("agreement.action.SENT_TO_CONSULTATION");
      case COMMENTED -> Texts.text("agreement.action.COMMENTED");
      case NO_OBJECTION_BY_SILENCE -> Texts.text("agreement.action.NO_OBJECTION_BY_SILENCE");
      case CONSOLIDATED_FOR_REVISION -> Texts.text("agreement.action.CONSOLIDATED_FOR_REVISION");
      case CONSOLIDATED_FOR_APPROVAL -> Texts.text("agreement.action.CONSOLIDATED_FOR_APPROVAL");
      case REVISED -> Texts.text("agreement.action.REVISED");
      case SIGNED -> Texts.text("agreement.action.SIGNED");
      case DOCUMENT_REGISTERED -> Texts.text("agreement.action.DOCUMENT_REGISTERED");
      case SUBMITTED_FOR_DECISION -> Texts.text("agreement.action.SUBMITTED_FOR_DECISION");
      case DECISION_RECORDED -> Texts.text("agreement.action.DECISION_RECORDED");
      case ENTERED_INTO_FORCE -> Texts.text("agreement.action.ENTERED_INTO_FORCE");
      case AMENDMENT_REQUESTED -> Texts.text("agreement.action.AMENDMENT_REQUESTED");
      case AMENDMENT_DRAFTED -> Texts.text("agreement.action.AMENDMENT_DRAFTED");
      case AMENDMENT_APPROVED -> Texts.text("agreement.action.AMENDMENT_APPROVED");
      case AMENDMENT_REJECTED -> Texts.text("agreement.action.AMENDMENT_REJECTED");
      case EVALUATED -> Texts.text("agreement.action.EVALUATED");
      case EVALUATION_CANCELLED -> Texts.text("agreement.action.EVALUATION_CANCELLED");
      case TERMINATION_DECIDED -> Texts.text("agreement.action.TERMINATION_DECIDED");
      case TERMINATION_DECLINED -> Texts.text("agreement.action.TERMINATION_DECLINED");
      case FINAL_REVIEWED -> Texts.text("agreement.action.FINAL_REVIEWED");
      case RENEWED -> Texts.text("agreement.action.RENEWED");
      case RENEWAL_OF -> Texts.text("agreement.action.RENEWAL_OF");
      case TERMINATED -> Texts.text("agreement.action.TERMINATED");
      case EXPIRED -> Texts.text("agreement.action.EXPIRED");
      case SUB_PLAN_CREATED -> Texts.text("agreement.action.SUB_PLAN_CREATED");
      case INFORMATION_REQUESTED -> Texts.text("agreement.action.INFORMATION_REQUESTED");
      case INFORMATION_REPLIED -> Texts.text("agreement.action.INFORMATION_REPLIED");
    };
  }
}
