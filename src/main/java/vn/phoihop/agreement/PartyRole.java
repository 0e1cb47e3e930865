package vn.phoihop.agreement;

/** A party leads (drafts, consolidates) or is a partner (is consulted, co-signs). */
public enum PartyRole {
  LEAD("Cơ quan chủ trì"),
  PARTNER("Cơ quan phối hợp");

  private final String label;

  PartyRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
