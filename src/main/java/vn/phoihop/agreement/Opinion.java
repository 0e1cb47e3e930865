package vn.phoihop.agreement;

/** A partner's answer to a consultation on one version of the draft. */
public enum Opinion {
  AGREE("Nhất trí"),
  COMMENTS("Nhất trí, có ý kiến góp ý"),
  OBJECTION("Không nhất trí"),
  NO_OBJECTION_BY_SILENCE("Không trả lời đúng hạn — coi như nhất trí");

  private final String label;

  Opinion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Opinions other than plain agreement must say what the partner wants changed. */
  boolean needsText() {
    return this == COMMENTS || this == OBJECTION;
  }
}
