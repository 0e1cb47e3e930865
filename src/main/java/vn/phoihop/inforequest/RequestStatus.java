package vn.phoihop.inforequest;

import vn.phoihop.shared.Texts;

/** Where a request stands. */
enum RequestStatus {
  OPEN,
  PARTLY_ANSWERED,
  ANSWERED,
  REFUSED;

  /** What users read for this value (i18n/inforequest.properties). */
  String label() {
    return switch (this) {
      case OPEN -> Texts.text("inforequest.status.OPEN");
      case PARTLY_ANSWERED -> Texts.text("inforequest.status.PARTLY_ANSWERED");
      case ANSWERED -> Texts.text("inforequest.status.ANSWERED");
      case REFUSED -> Texts.text("inforequest.status.REFUSED");
    };
  }
}
