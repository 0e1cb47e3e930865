package vn.phoihop.evaluation;

/** The review conference that closes a half-year or a year of an agreement. */
public enum ConferenceKind {
  INTERIM("Hội nghị sơ kết"),
  FINAL("Hội nghị tổng kết");

  private final String label;

  ConferenceKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
