package vn.phoihop.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;

/**
 * Evaluations of coordination agreements and their KPI series. A caller sees the evaluations of
 * agreements their agency is a party to; managers those of their province; administrators all.
 */
@Tag(
    name = "Evaluations",
    description = "Periodic evaluations of coordination agreements and KPI series")
@RestController
@RequestMapping("/api/v1")
class EvaluationController {

  private final EvaluationQueries queries;

  EvaluationController(EvaluationQueries queries) {
    this.queries = queries;
  }

  @Operation(summary = "List the evaluated periods of an agreement, oldest first")
  @GetMapping("/agreements/{code}/evaluations")
  List<EvaluationView> ofAgreement(@PathVariable("code") String code) {
    return queries.ofAgreement(code);
  }

  @Operation(
      summary = "Get one evaluated period with every party's report and the review conference")
  @GetMapping("/evaluations/{id}")
  EvaluationView evaluation(@PathVariable("id") long id) {
    return queries.get(id);
  }

  @Operation(
      summary =
          "KPI series per party and period, of one agreement or of one agency, as JSON or CSV")
  @GetMapping("/evaluations/kpis")
  ResponseEntity<?> kpis(
      @Parameter(description = "Agreement code, e.g. QC-2026-0001")
          @RequestParam(name = "agreement", required = false)
          String agreement,
      @Parameter(description = "Agency code, e.g. QLTT-TNI")
          @RequestParam(name = "agency", required = false)
          String agency,
      @Parameter(description = "json (default) or csv (UTF-8 with BOM, for spreadsheets)")
          @RequestParam(name = "format", defaultValue = "json")
          String format) {
    boolean byAgreement = agreement != null && !agreement.isBlank();
    boolean byAgency = agency != null && !agency.isBlank();
    if (byAgreement == byAgency) {
      throw DomainException.invalid("agreement", Texts.text("evaluation.kpis.oneCriterion"));
    }
    String kind = format.strip().toLowerCase(Locale.ROOT);
    if (!kind.equals("json") && !kind.equals("csv")) {
      throw DomainException.invalid("format", Texts.text("evaluation.kpis.format", format));
    }
    List<KpiRow> rows =
        byAgreement ? queries.kpisOfAgreement(agreement.strip()) : queries.kpisOfAgency(agency);
    if (kind.equals("json")) {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rows);
    }
    String file =
        "chi-so-"
            + (byAgreement ? agreement.strip() : agency.strip()).replaceAll("[^A-Za-z0-9-]", "_")
            + ".csv";
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(KpiCsv.MEDIA_TYPE))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file).build().toString())
        .body(KpiCsv.write(rows));
  }
}
