package vn.phoihop.campaign;

import vn.phoihop.shared.Texts;

/** Where a report campaign stands. */
public enum CampaignStatus {
  /** Recipients prepare, submit and have their reports reviewed. */
  COLLECTING(Texts.text("campaign.status.collecting")),
  /** Collection ended; the requester writes the consolidated report. */
  CONSOLIDATING(Texts.text("campaign.status.consolidating")),
  /** The consolidated report is written; nothing more is collected. */
  CLOSED(Texts.text("campaign.status.closed"));

  private final String label;

  CampaignStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
