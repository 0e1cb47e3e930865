package vn.phoihop.campaign;

import vn.phoihop.shared.Texts;

/** The kinds of report a campaign asks for; each has its own preparation task and form. */
public enum CampaignKind {
  /** The BCĐ 389 periodic report: figures of the period and a narrative. */
  BCD389_PERIODIC(
      Texts.text("campaign.kind.bcd389Periodic"), CampaignProcess.Elements.PREPARE_BCD389),
  /** A plan-implementation report: plan issued yes/no, its number and date, the results. */
  PLAN_IMPLEMENTATION(
      Texts.text("campaign.kind.planImplementation"), CampaignProcess.Elements.PREPARE_PLAN);

  private final String label;
  private final String preparationTask;

  CampaignKind(String label, String preparationTask) {
    this.label = label;
    this.preparationTask = preparationTask;
  }

  public String label() {
    return label;
  }

  /** The user task in which a recipient prepares a report of this kind. */
  public String preparationTask() {
    return preparationTask;
  }
}
