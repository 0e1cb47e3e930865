package vn.phoihop.referral;

import vn.phoihop.shared.Texts;

/** Where a case referral stands. */
enum ReferralStatus {
  DRAFT,
  UNDER_REVIEW,
  AWAITING_TRANSFER_DECISION,
  TRANSFERRED,
  REFUSED,
  AWAITING_DECISION,
  PROSECUTED,
  CASE_CONCLUDED,
  SUSPENDED,
  NOT_PROSECUTED,
  RETURNED,
  ADMINISTRATIVE_HANDLING,
  SANCTIONED,
  WITHDRAWN;

  /** The Vietnamese name users read. */
  String label() {
    return switch (this) {
      case DRAFT -> Texts.text("referral.status.DRAFT");
      case UNDER_REVIEW -> Texts.text("referral.status.UNDER_REVIEW");
      case AWAITING_TRANSFER_DECISION -> Texts.text("referral.status.AWAITING_TRANSFER_DECISION");
      case TRANSFERRED -> Texts.text("referral.status.TRANSFERRED");
      case REFUSED -> Texts.text("referral.status.REFUSED");
      case AWAITING_DECISION -> Texts.text("referral.status.AWAITING_DECISION");
      case PROSECUTED -> Texts.text("referral.status.PROSECUTED");
      case CASE_CONCLUDED -> Texts.text("referral.status.CASE_CONCLUDED");
      case SUSPENDED -> Texts.text("referral.status.SUSPENDED");
      case NOT_PROSECUTED -> Texts.text("referral.status.NOT_PROSECUTED");
      case RETURNED -> Texts.text("referral.status.RETURNED");
      case ADMINISTRATIVE_HANDLING -> Texts.text("referral.status.ADMINISTRATIVE_HANDLING");
      case SANCTIONED -> Texts.text("referral.status.SANCTIONED");
      case WITHDRAWN -> Texts.text("referral.status.WITHDRAWN");
    };
  }

  /**
   * A closed referral takes no more steps or documents. A prosecuted case stays open until its
   * outcome is recorded; a suspended one until it is resumed and decided.
   */
  boolean isClosed() {
    return this == CASE_CONCLUDED || this == SANCTIONED || this == WITHDRAWN;
  }

  /** Before the dossier left QLTT: it can still be edited and withdrawn. */
  boolean isBeforeTransfer() {
    return this == DRAFT || this == UNDER_REVIEW || this == AWAITING_TRANSFER_DECISION;
  }
}
