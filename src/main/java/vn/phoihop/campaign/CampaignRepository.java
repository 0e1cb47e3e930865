package vn.phoihop.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.phoihop.evaluation.PeriodKind;

interface CampaignRepository extends JpaRepository<ReportCampaign, Long> {

  Optional<ReportCampaign> findByCode(String code);

  Optional<ReportCampaign> findByRequesterCodeAndKindAndPeriodKindAndPeriodStart(
      String requesterCode, CampaignKind kind, PeriodKind periodKind, LocalDate periodStart);

  /** Newest first. */
  @Query("select c from ReportCampaign c order by c.startedAt desc, c.id desc")
  List<ReportCampaign> findAllNewestFirst();
}
