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
import vn.phoihop.shared.Csv;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;

/** Reports for managers and leaders, each as JSON or as CSV (UTF-8 with BOM, for Excel). */
@Tag(name = "Reports", description = "Progress and figures for managers, as JSON or CSV")
@RestController
@RequestMapping("/api/v1/reports")
class ReportsController {

  private final CampaignQueries campaigns;

  ReportsController(CampaignQueries campaigns) {
    this.campaigns = campaigns;
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
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("dot-bao-cao-" + campaign.code() + ".csv")
                .build()
                .toString())
        .body(CampaignReportCsv.write(campaign));
  }

  private static String format(String format) {
    String kind = format.strip().toLowerCase(Locale.ROOT);
    if (!kind.equals("json") && !kind.equals("csv")) {
      throw DomainException.invalid("format", Texts.text("reporting.format", format));
    }
    return kind;
  }
}
