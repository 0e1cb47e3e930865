package vn.phoihop.agreement;

import vn.phoihop.shared.Texts;

/** A party leads (drafts, consolidates) or is a partner (is consulted, co-signs). */
enum PartyRole {
  LEAD,
  PARTNER;

  /** What users read for this value (i18n/agreement.properties). */
  public String label() {
    return switch (this) {
      case LEAD -> Texts.text("agreement.partyRole.LEAD");
      case PARTNER -> Texts.text("agreement.partyRole.PARTNER");
    };
  }
}
