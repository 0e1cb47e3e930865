package vn.phoihop.agreement;

import vn.phoihop.shared.Texts;

/**
 * How an agreement is adopted (docs/domain.md#coordination-agreements): co-signed by the parties'
 * heads, or issued by the provincial People's Committee.
 */
enum ApprovalPath {
  CO_SIGNED,
  ISSUED_BY_DECISION;

  /** What users read for this value (i18n/agreement.properties). */
  public String label() {
    return switch (this) {
      case CO_SIGNED -> Texts.text("agreement.approvalPath.CO_SIGNED");
      case ISSUED_BY_DECISION -> Texts.text("agreement.approvalPath.ISSUED_BY_DECISION");
    };
  }
}
