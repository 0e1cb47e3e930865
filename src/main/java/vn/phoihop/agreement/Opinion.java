package vn.phoihop.agreement;

import vn.phoihop.shared.Texts;

/** A partner's answer to a consultation on one version of the draft. */
enum Opinion {
  AGREE,
  COMMENTS,
  OBJECTION,
  NO_OBJECTION_BY_SILENCE;

  /** What users read for this value (i18n/agreement.properties). */
  public String label() {
    return switch (this) {
      case AGREE -> Texts.text("agreement.opinion.AGREE");
      case COMMENTS -> Texts.text("agreement.opinion.COMMENTS");
      case OBJECTION -> Texts.text("agreement.opinion.OBJECTION");
      case NO_OBJECTION_BY_SILENCE -> Texts.text("agreement.opinion.NO_OBJECTION_BY_SILENCE");
    };
  }

  /** Opinions other than plain agreement must say what the partner wants changed. */
  boolean needsText() {
    return this == COMMENTS || this == OBJECTION;
  }
}
