package vn.phoihop.campaign;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.identity.Readership;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;

/**
 * What the REST API and the reports read about campaigns (docs/report-campaigns.md#who-sees-what):
 * the requester's members, administrators, national managers and the managers of the requester's
 * province read everything; a recipient, or a manager of a recipient's province, reads the campaign
 * with only the reports of its own agency or province.
 */
@Service
@Transactional(readOnly = true)
public class CampaignQueries {

  private final CampaignRepository campaigns;
  private final Readership readership;
  private final AgencyRegistry agencies;

  CampaignQueries(CampaignRepository campaigns, Readership readership, AgencyRegistry agencies) {
    this.campaigns = campaigns;
    this.readership = readership;
    this.agencies = agencies;
  }

  /** One campaign as the caller may read it; 404 when there is none, 403 when none of it. */
  public CampaignView get(long id) {
    ReportCampaign campaign =
        campaigns
            .findById(id)
            .orElseThrow(
                () ->
                    DomainException.notFound(Texts.text("campaign.notFound", String.valueOf(id))));
    return view(readership.current(), campaign)
        .orElseThrow(() -> DomainException.forbidden(Texts.text("campaign.read.forbidden")));
  }

  /** Every campaign the caller reads something of, newest first. */
  public List<CampaignView> readable() {
    return readable(readership.current());
  }

  /**
   * Every campaign {@code reader} reads something of, newest first (for callers outside the REST
   * API, such as the webapps' dashboard, that know their user otherwise).
   */
  public List<CampaignView> readable(Readership.Reader reader) {
    return campaigns.findAllNewestFirst().stream()
        .map(c -> view(reader, c))
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  private java.util.Optional<CampaignView> view(Readership.Reader reader, ReportCampaign campaign) {
    String requesterProvince =
        agencies.find(campaign.getRequesterCode()).map(AgencyView::provinceCode).orElse(null);
    if (reader.reads(List.of(campaign.getRequesterCode()), nullable(requesterProvince))) {
      return java.util.Optional.of(
          CampaignViews.of(campaign, s -> true, agencies::nameOf, this::currentOf));
    }
    Predicate<CampaignSubmission> own =
        s -> reader.reads(List.of(s.getAgencyCode()), nullable(s.getProvinceCode()));
    if (campaign.getSubmissions().stream().noneMatch(own)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        CampaignViews.of(campaign, own, agencies::nameOf, this::currentOf));
  }

  private String currentOf(String code) {
    return agencies
        .find(code)
        .map(a -> a.currentSuccessorCode() == null ? a.code() : a.currentSuccessorCode())
        .orElse(code);
  }

  private static List<String> nullable(String value) {
    return value == null ? List.of() : List.of(value);
  }
}
