package vn.phoihop.referral;

import vn.phoihop.shared.Texts;

/** Small value types of a case referral, each with the Vietnamese label users read. */
final class ReferralEnums {

  private ReferralEnums() {}

  enum OffenderKind {
    PERSON,
    ORGANISATION;

    String label() {
      return switch (this) {
        case PERSON -> Texts.text("referral.offenderKind.PERSON");
        case ORGANISATION -> Texts.text("referral.offenderKind.ORGANISATION");
      };
    }
  }

  /** When the signs of crime were found: decides the legal transfer clock. */
  enum FoundDuring {
    CONSIDERING_PENALTY,
    ENFORCING_PENALTY;

    String label() {
      return switch (this) {
        case CONSIDERING_PENALTY -> Texts.text("referral.foundDuring.CONSIDERING_PENALTY");
        case ENFORCING_PENALTY -> Texts.text("referral.foundDuring.ENFORCING_PENALTY");
      };
    }
  }

  /** What the receiving agency decided. */
  enum Outcome {
    PROSECUTED,
    NOT_PROSECUTED,
    SUSPENDED;

    String label() {
      return switch (this) {
        case PROSECUTED -> Texts.text("referral.outcome.PROSECUTED");
        case NOT_PROSECUTED -> Texts.text("referral.outcome.NOT_PROSECUTED");
        case SUSPENDED -> Texts.text("referral.outcome.SUSPENDED");
      };
    }
  }

  /** Who approved an extension of the decision clock. */
  enum ApprovingBodyType {
    INVESTIGATION_BODY,
    PROCURACY;

    String label() {
      return switch (this) {
        case INVESTIGATION_BODY -> Texts.text("referral.approvingBody.INVESTIGATION_BODY");
        case PROCURACY -> Texts.text("referral.approvingBody.PROCURACY");
      };
    }
  }

  enum DocumentKind {
    EVIDENCE,
    HANDOVER_RECORD;

    String label() {
      return switch (this) {
        case EVIDENCE -> Texts.text("referral.documentKind.EVIDENCE");
        case HANDOVER_RECORD -> Texts.text("referral.documentKind.HANDOVER_RECORD");
      };
    }
  }

  /** What happened, for the audit trail. */
  enum Action {
    OPENED,
    DOSSIER_UPDATED,
    DOCUMENT_ADDED,
    DOCUMENT_REMOVED,
    ROUTED,
    ROUTING_CONFIRMED,
    ROUTING_OVERRIDDEN,
    REVIEW_APPROVED,
    REVIEW_RETURNED,
    TRANSFER_DECIDED,
    ADMINISTRATIVE_HANDLING_DECIDED,
    TRANSFERRED,
    RECEIPT_ACKNOWLEDGED,
    DECISION_EXTENDED,
    PROSECUTED,
    NOT_PROSECUTED,
    SUSPENDED,
    DOSSIER_RETURNED,
    SANCTIONED,
    WITHDRAWN;

    String label() {
      return switch (this) {
        case OPENED -> Texts.text("referral.action.OPENED");
        case DOSSIER_UPDATED -> Texts.text("referral.action.DOSSIER_UPDATED");
        case DOCUMENT_ADDED -> Texts.text("referral.action.DOCUMENT_ADDED");
        case DOCUMENT_REMOVED -> Texts.text("referral.action.DOCUMENT_REMOVED");
        case ROUTED -> Texts.text("referral.action.ROUTED");
        case ROUTING_CONFIRMED -> Texts.text("referral.action.ROUTING_CONFIRMED");
        case ROUTING_OVERRIDDEN -> Texts.text("referral.action.ROUTING_OVERRIDDEN");
        case REVIEW_APPROVED -> Texts.text("referral.action.REVIEW_APPROVED");
        case REVIEW_RETURNED -> Texts.text("referral.action.REVIEW_RETURNED");
        case TRANSFER_DECIDED -> Texts.text("referral.action.TRANSFER_DECIDED");
        case ADMINISTRATIVE_HANDLING_DECIDED ->
            Texts.text("referral.action.ADMINISTRATIVE_HANDLING_DECIDED");
        case TRANSFERRED -> Texts.text("referral.action.TRANSFERRED");
        case RECEIPT_ACKNOWLEDGED -> Texts.text("referral.action.RECEIPT_ACKNOWLEDGED");
        case DECISION_EXTENDED -> Texts.text("referral.action.DECISION_EXTENDED");
        case PROSECUTED -> Texts.text("referral.action.PROSECUTED");
        case NOT_PROSECUTED -> Texts.text("referral.action.NOT_PROSECUTED");
        case SUSPENDED -> Texts.text("referral.action.SUSPENDED");
        case DOSSIER_RETURNED -> Texts.text("referral.action.DOSSIER_RETURNED");
        case SANCTIONED -> Texts.text("referral.action.SANCTIONED");
        case WITHDRAWN -> Texts.text("referral.action.WITHDRAWN");
      };
    }
  }
}
