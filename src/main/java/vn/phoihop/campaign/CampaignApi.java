package vn.phoihop.campaign;

import java.util.List;

/**
 * What {@code POST /api/v1/campaigns} takes, before validation; field names are the JSON keys, so a
 * 400 names the field the client sent. {@code requester} defaults to the caller's agency and may
 * only be that agency; {@code deadline} ({@code yyyy-MM-dd}) defaults to {@code
 * phoihop.campaign.submission-working-days} working days after the period.
 */
record CampaignApi(
    String requester,
    String kind,
    String title,
    String periodKind,
    Integer periodYear,
    Integer periodNumber,
    String deadline,
    List<String> recipients) {

  static final String REQUESTER = "requester";
  static final String KIND = "kind";
  static final String TITLE = "title";
  static final String PERIOD_KIND = "periodKind";
  static final String PERIOD_YEAR = "periodYear";
  static final String PERIOD_NUMBER = "periodNumber";
  static final String DEADLINE = "deadline";
  static final String RECIPIENTS = "recipients";
}
