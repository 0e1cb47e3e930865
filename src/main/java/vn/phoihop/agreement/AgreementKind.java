package vn.phoihop.agreement;

/** Quy chế (regulation) or kế hoạch (plan); the code prefix of an agreement follows the kind. */
public enum AgreementKind {
  REGULATION("QC", "Quy chế phối hợp"),
  PLAN("KH", "Kế hoạch phối hợp");

  private final String codePrefix;
  private final String label;

  AgreementKind(String codePrefix, String label) {
    this.codePrefix = codePrefix;
    this.label = label;
  }

  public String codePrefix() {
    return codePrefix;
  }

  public String label() {
    return label;
  }
}
