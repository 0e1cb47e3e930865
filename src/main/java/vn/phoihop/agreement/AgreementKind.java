package vn.phoihop.agreement;

import vn.phoihop.shared.Texts;

/** Quy chế (regulation) or kế hoạch (plan); the code prefix of an agreement follows the kind. */
enum AgreementKind {
  REGULATION("QC"),
  PLAN("KH");

  private final String codePrefix;

  AgreementKind(String codePrefix) {
    this.codePrefix = codePrefix;
  }

  public String codePrefix() {
    return codePrefix;
  }

  /** What users read for this value (i18n/agreement.properties). */
  public String label() {
    return switch (this) {
      case REGULATION -> Texts.text("agreement.kind.REGULATION");
      case PLAN -> Texts.text("agreement.kind.PLAN");
    };
  }
}
