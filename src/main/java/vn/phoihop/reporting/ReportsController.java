package vn.phoihop.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.campaign.CampaignQueries;
import vn.phoihop.campaign.CampaignView;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.Csv;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;

/** Reports for managers and leaders, each as JSON or as CSV (UTF-8 with BOM, for Excel). */
@Tag(name = "Reports", description = "Progress and figures for managers, as JSON or CSV")
@RestController
@RequestMapping("/api/v1/reports")
class ReportsController {

  private final CampaignQueries campaigns;
  private final KpiRollUp kpis;

  ReportsController(CampaignQueries campaigns, KpiRollUp kpis) {
    this.campaigns = campaigns;
    this.kpis = kpis;
  }

  @Operation(
      summary =
          "KPI roll-up of evaluations, referrals, campaigns and information requests in a"
              + " reporting window, per agency (former bodies under today's), province or field")
  @GetMapping("/kpis")
  ResponseEntity<?> kpis(
      @Parameter(description = "agency (default), province or field")
          @RequestParam(name = "by", defaultValue = "agency")
          String by,
      @Parameter(
              description =
                  "Statistical window (15th to 14th): 2026, 2026-Q1…Q4, 2026-H1 (6 months), 2026-9M"
                      + " (9 months), 2026-03 (a month); default the current reporting year")
          @RequestParam(name = "period", required = false)
          String period,
      @Parameter(description = "First day of a window of any two days (with to), yyyy-MM-dd")
          @RequestParam(name = "from", required = false)
          String from,
      @Parameter(description = "Last day of that window (with from), yyyy-MM-dd")
          @RequestParam(name = "to", required = false)
          String to,
      @Parameter(description = "Only records of agreements in this coordination field (code)")
          @RequestParam(name = "field", required = false)
          String field,
      @Parameter(description = "Only agencies (as they are today) in this current province")
          @RequestParam(name = "province", required = false)
          String province,
      @Parameter(description = "json (default) or csv (UTF-8 with BOM, for spreadsheets)")
          @RequestParam(name = "format", defaultValue = "json")
          String format) {
    String kind = format(format);
    KpiRollUp.Report report =
        kpis.report(
            by,
            KpiWindow.of(blank(period), blank(from), blank(to), Clocks.today()),
            blank(field),
            blank(province));
    if (kind.equals("json")) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
    }
    String name =
        "chi-tieu-"
            + report.by()
            + "-"
            + (report.window().period() != null
                ? report.window().period()
                : report.window().from() + "_" + report.window().to());
    return csv(name + ".csv", KpiRollUpCsv.write(report));
  }

  /** A download: UTF-8 CSV with BOM, saved under {@code filename}. */
  private static ResponseEntity<byte[]> csv(String filename, byte[] body) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .body(body);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  @Operation(
      summary =
          "A campaign's progress: x/N submitted, the late and missing agencies by name, each"
              + " submitted report")
  @GetMapping("/campaigns/{id}")
  ResponseEntity<?> campaign(
      @PathVariable("id") long id,
      @Parameter(description = "json (default) or csv (UTF-8 with BOM, for spreadsheets)")
          @RequestParam(name = "format", defaultValue = "json")
          String format) {
    String kind = format(format);
    CampaignView campaign = campaigns.get(id);
    if (kind.equals("json")) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(campaign);
    }
    return csv("dot-bao-cao-" + campaign.code() + ".csv", CampaignReportCsv.write(campaign));
  }

  private static String format(String format) {
    String kind = format.strip().toLowerCase(Locale.ROOT);
    if (!kind.equals("json") && !kind.equals("csv")) {
      throw DomainException.invalid("format", Texts.text("reporting.format", format));
    }
    return kind;
  }
}
