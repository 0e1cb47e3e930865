package vn.phoihop.agreement;

import vn.phoihop.shared.Texts;

/** Why a version of the text was written. */
enum VersionKind {
  DRAFT,
  REVISION,
  AMENDMENT;

  /** What users read for this value (i18n/agreement.properties). */
  public String label() {
    return switch (this) {
      case DRAFT -> Texts.text("agreement.versionKind.DRAFT");
      case REVISION -> Texts.text("agreement.versionKind.REVISION");
      case AMENDMENT -> Texts.text("agreement.versionKind.AMENDMENT");
    };
  }
}
