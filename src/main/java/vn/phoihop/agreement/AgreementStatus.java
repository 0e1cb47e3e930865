package vn.phoihop.agreement;

import vn.phoihop.shared.Texts;

/**
 * Where an agreement stands. AMENDING: in force, with an amendment under way. FINAL_REVIEW: the
 * term has ended and the lead's leader holds the final review (renew or let it expire); a renewed
 * agreement ends EXPIRED and links to its successor.
 */
enum AgreementStatus {
  DRAFTING,
  IN_REVIEW,
  IN_CONSULTATION,
  CONSOLIDATING,
  AWAITING_SIGNATURES,
  AWAITING_DECISION,
  IN_FORCE,
  AMENDING,
  FINAL_REVIEW,
  TERMINATED,
  EXPIRED;

  /** What users read for this value (i18n/agreement.properties). */
  public String label() {
    return switch (this) {
      case DRAFTING -> Texts.text("agreement.status.DRAFTING");
      case IN_REVIEW -> Texts.text("agreement.status.IN_REVIEW");
      case IN_CONSULTATION -> Texts.text("agreement.status.IN_CONSULTATION");
      case CONSOLIDATING -> Texts.text("agreement.status.CONSOLIDATING");
      case AWAITING_SIGNATURES -> Texts.text("agreement.status.AWAITING_SIGNATURES");
      case AWAITING_DECISION -> Texts.text("agreement.status.AWAITING_DECISION");
      case IN_FORCE -> Texts.text("agreement.status.IN_FORCE");
      case AMENDING -> Texts.text("agreement.status.AMENDING");
      case FINAL_REVIEW -> Texts.text("agreement.status.FINAL_REVIEW");
      case TERMINATED -> Texts.text("agreement.status.TERMINATED");
      case EXPIRED -> Texts.text("agreement.status.EXPIRED");
    };
  }

  /** In force, whether or not an amendment is under way. */
  public boolean inForce() {
    return this == IN_FORCE || this == AMENDING;
  }

  public boolean ended() {
    return this == TERMINATED || this == EXPIRED;
  }
}
