package vn.phoihop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.shared.Clocks;

/**
 * The evaluations API over HTTP as the demo users: who sees which agreement's periods, the KPI
 * series as JSON and as a CSV that a spreadsheet opens with its Vietnamese names intact.
 */
@PhoiHopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationApiTests {

  @Autowired TestRestTemplate rest;
  @Autowired EvaluationService service;

  @Value("${phoihop.demo.password}")
  String password;

  /** Tây Ninh: QLTT, Department of Industry and Trade and police; quarters I and II of 2026. */
  String tayNinh;

  /** Gia Lai: the sub-department and its border team. */
  String giaLai;

  String longAn;

  /** Tây Ninh without the sub-department: its team no. 1 and the Mộc Bài border post. */
  String teamPlan;

  long giaLaiEvaluationId;

  long teamPlanEvaluationId;

  @BeforeAll
  void evaluatedPeriods() {
    try {
      tayNinh = code();
      long tayNinhId = agreementId();
      at(2026, 3, 16);
      long q1 = open(tayNinhId, tayNinh, "QLTT-TNI", List.of("QLTT-TNI", "SCT-TNI", "CA-TNI"), 1);
      at(2026, 3, 20);
      service.fileReport(
          q1,
          "QLTT-TNI",
          AgreementEvaluationProcessTests.QLTT_QUARTER,
          "Quý I",
          null,
          "canbo.qltttni");
      service.fileReport(
          q1,
          "SCT-TNI",
          AgreementEvaluationProcessTests.SCT_QUARTER,
          "Quý I, có \"điểm nóng\", xăng dầu",
          null,
          "canbo.scttni");
      service.fileReport(
          q1,
          "CA-TNI",
          AgreementEvaluationProcessTests.POLICE_QUARTER,
          "Quý I",
          null,
          "daumoi.catni");
      service.summarize(q1);
      service.recordRating(q1, Rating.GOOD);
      service.conclude(q1, Conclusion.CONTINUE, null, "lanhdao.qltttni");

      at(2026, 6, 15);
      long q2 = open(tayNinhId, tayNinh, "QLTT-TNI", List.of("QLTT-TNI", "SCT-TNI", "CA-TNI"), 2);
      at(2026, 6, 22);
      service.fileReport(
          q2,
          "QLTT-TNI",
          EvaluationRatingDecisionTests.LONG_AN_QLTT,
          "Quý II",
          null,
          "canbo.qltttni");
      at(2026, 7, 1);
      service.markOverdue(q2);
      service.fileReport(
          q2,
          "SCT-TNI",
          AgreementEvaluationProcessTests.SCT_QUARTER,
          "Quý II (muộn)",
          null,
          "canbo.scttni");

      giaLai = code();
      at(2026, 3, 16);
      giaLaiEvaluationId =
          open(agreementId(), giaLai, "QLTT-GLA", List.of("QLTT-GLA", "QLTT-GLA-D4"), 1);
      teamPlan = code();
      teamPlanEvaluationId =
          open(agreementId(), teamPlan, "QLTT-TNI-D1", List.of("QLTT-TNI-D1", "BP-MOCBAI"), 1);
      // Neither the team nor the border post transferred a case in the quarter.
      at(2026, 3, 20);
      service.fileReport(
          teamPlanEvaluationId,
          "QLTT-TNI-D1",
          AgreementEvaluationProcessTests.SCT_QUARTER,
          "Quý I",
          null,
          "canbo.qltttnid1");
      service.fileReport(
          teamPlanEvaluationId,
          "BP-MOCBAI",
          AgreementEvaluationProcessTests.POLICE_QUARTER,
          "Quý I",
          null,
          "daumoi.bpmocbai");
      service.summarize(teamPlanEvaluationId);

      // Before the merger: Long An's Cục and Sở reported a 2024 quarter of their own agreement.
      longAn = code();
      at(2024, 6, 16);
      long longAnQ2 =
          service
              .open(
                  new EvaluationService.OpenRequest(
                      agreementId(),
                      longAn,
                      "CQLTT-LAN",
                      List.of("CQLTT-LAN", "SCT-LAN"),
                      "QUARTER",
                      2024,
                      2),
                  null)
              .getId();
      at(2024, 6, 20);
      service.fileReport(
          longAnQ2,
          "CQLTT-LAN",
          EvaluationRatingDecisionTests.LONG_AN_QLTT,
          "Quý II năm 2024",
          null,
          "canbo.cqlttlan");
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void csvOfAnAgreementsKpisOpensInASpreadsheetWithVietnameseNamesIntact() throws IOException {
    ResponseEntity<byte[]> response =
        as("canbo.scttni")
            .getForEntity(
                "/api/v1/evaluations/kpis?agreement=" + tayNinh + "&format=csv", byte[].class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(
            response
                .getHeaders()
                .getContentType()
                .isCompatibleWith(MediaType.parseMediaType("text/csv")))
        .isTrue();
    assertThat(response.getHeaders().getContentType().getCharset())
        .isEqualTo(StandardCharsets.UTF_8);
    assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .startsWith("attachment")
        .contains("chi-so-" + tayNinh + ".csv");
    byte[] bytes = response.getBody();
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);

    // Read back as a spreadsheet does: UTF-8, byte order mark first, one record per CRLF line.
    List<List<String>> records = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
      assertThat(reader.read()).as("byte order mark").isEqualTo('\uFEFF');
      String line;
      while ((line = reader.readLine()) != null) {
        records.add(parseCsvLine(line));
      }
    }
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n").doesNotContain("\uFFFD");
    List<String> header = records.get(0);
    assertThat(header)
        .hasSize(32)
        .startsWith(
            "Số hiệu quy chế", "Loại kỳ", "Kỳ", "Từ ngày", "Đến ngày", "Mã đơn vị", "Tên đơn vị");
    assertThat(header)
        .contains(
            "Số cuộc kiểm tra",
            "Số tiền nộp ngân sách nhà nước, đồng",
            "Số cuộc kiểm tra liên ngành",
            "Số vụ đến hạn ra quyết định giải quyết",
            "Tỷ lệ vụ được giải quyết trong thời hạn luật định, %",
            "Xếp loại kỳ");
    List<List<String>> rows = records.subList(1, records.size());
    assertThat(rows)
        .hasSize(6)
        .allSatisfy(row -> assertThat(row).hasSize(32).first().isEqualTo(tayNinh));
    assertThat(rows)
        .extracting(row -> row.get(6))
        .containsExactly(
            "Chi cục Quản lý thị trường tỉnh Tây Ninh",
            "Công an tỉnh Tây Ninh",
            "Sở Công Thương tỉnh Tây Ninh",
            "Chi cục Quản lý thị trường tỉnh Tây Ninh",
            "Công an tỉnh Tây Ninh",
            "Sở Công Thương tỉnh Tây Ninh");

    List<String> qlttQ1 = rows.get(0);
    assertThat(qlttQ1.subList(1, 8))
        .containsExactly(
            "Quý",
            "Quý I năm 2026 (15/12/2025 – 14/03/2026)",
            "2025-12-15",
            "2026-03-14",
            "QLTT-TNI",
            "Chi cục Quản lý thị trường tỉnh Tây Ninh",
            "Có");
    assertThat(qlttQ1.get(header.indexOf("Tình trạng báo cáo"))).isEqualTo("Đã nộp");
    assertThat(qlttQ1.get(header.indexOf("Số cuộc kiểm tra"))).isEqualTo("305");
    assertThat(qlttQ1.get(header.indexOf("Xếp loại kỳ"))).isEqualTo("Tốt");
    assertThat(qlttQ1.get(header.indexOf("Tỷ lệ vụ được giải quyết trong thời hạn luật định, %")))
        .isEqualTo("100");
    List<String> sctQ1 = rows.get(2);
    assertThat(sctQ1.get(header.indexOf("Số vụ chuyển cơ quan điều tra"))).isEqualTo("0");
    assertThat(sctQ1.get(header.indexOf("Tỷ lệ vụ được giải quyết trong thời hạn luật định, %")))
        .as("nothing was due: blank, not 100")
        .isEmpty();
    assertThat(sctQ1.get(header.indexOf("Tỷ lệ vụ được xác nhận nhận hồ sơ đúng hạn, %")))
        .isEmpty();

    List<String> qlttQ2 = rows.get(3);
    assertThat(qlttQ2.get(header.indexOf("Số tiền nộp ngân sách nhà nước, đồng")))
        .isEqualTo("4600000000");
    assertThat(qlttQ2.get(header.indexOf("Trị giá hàng hóa tịch thu, đồng")))
        .isEqualTo("5000000000");
    assertThat(qlttQ2.get(header.indexOf("Số cuộc kiểm tra liên ngành"))).isEqualTo("1168");
    List<String> policeQ2 = rows.get(4);
    assertThat(policeQ2.get(header.indexOf("Tình trạng báo cáo"))).isEqualTo("Quá hạn, chưa nộp");
    assertThat(policeQ2.get(header.indexOf("Số cuộc kiểm tra"))).isEmpty();
    List<String> sctQ2 = rows.get(5);
    assertThat(sctQ2.get(header.indexOf("Nộp muộn"))).isEqualTo("Có");
    assertThat(sctQ2.get(header.indexOf("Số ngày muộn"))).isEqualTo("2");
  }

  @Test
  void theKpiRollUpSumsLongAnsQuarterUnderTodaysBodiesOfTayNinh() {
    // Quarter II of 2024 (15/03 – 14/06/2024): only Long An's Cục and Sở, before the merger.
    JsonNode byAgency =
        as("quanly.bctctbvntd")
            .getForObject("/api/v1/reports/kpis?by=agency&period=2024-Q2", JsonNode.class);
    assertThat(byAgency.at("/window/label").asText())
        .isEqualTo("Quý II năm 2024 (15/03/2024 – 14/06/2024)");
    List<String> codes = new ArrayList<>();
    byAgency.get("rows").forEach(r -> codes.add(r.get("code").asText()));
    assertThat(codes)
        .as("former bodies are summed under the bodies that carry on their work")
        .containsExactly("QLTT-TNI", "SCT-TNI");
    JsonNode qltt = byAgency.at("/rows/0");
    assertThat(qltt.get("name").asText()).isEqualTo("Chi cục Quản lý thị trường tỉnh Tây Ninh");
    assertThat(qltt.get("rolledUp").findValuesAsText("name"))
        .containsExactly("Cục Quản lý thị trường tỉnh Long An");
    assertThat(qltt.at("/evaluations/reportsDue").asLong()).isEqualTo(1);
    assertThat(qltt.at("/evaluations/reportsFiled").asLong()).isEqualTo(1);
    assertThat(qltt.at("/evaluations/kpis/inspections").asLong()).isEqualTo(1_220L);
    JsonNode sct = byAgency.at("/rows/1");
    assertThat(sct.get("rolledUp").findValuesAsText("code")).containsExactly("SCT-LAN");
    assertThat(sct.at("/evaluations/reportsNotFiled").asLong()).isEqualTo(1);
    assertThat(sct.at("/evaluations/kpis/inspections").asLong()).isZero();

    // By province: both in today's Tây Ninh, which Long An merged into.
    JsonNode byProvince =
        as("quanly.bctctbvntd")
            .getForObject("/api/v1/reports/kpis?by=province&period=2024-Q2", JsonNode.class);
    assertThat(byProvince.get("rows")).hasSize(1);
    assertThat(byProvince.at("/rows/0/name").asText()).isEqualTo("Tây Ninh");
    assertThat(byProvince.at("/rows/0/evaluations/reportsDue").asLong()).isEqualTo(2);
    assertThat(byProvince.at("/total/evaluations/kpis/inspections").asLong()).isEqualTo(1_220L);

    // The same window, as the series behind it reads it: the one filed report, 1,220 inspections.
    long fromSeries = 0;
    for (JsonNode row :
        as("canbo.qltttni")
            .getForObject("/api/v1/evaluations/kpis?agency=QLTT-TNI", JsonNode.class)) {
      if (row.get("periodStart").asText().compareTo("2024-03-15") >= 0
          && row.get("periodEnd").asText().compareTo("2024-06-14") <= 0) {
        fromSeries += row.at("/kpis/inspections").asLong();
      }
    }
    assertThat(fromSeries).isEqualTo(qltt.at("/evaluations/kpis/inspections").asLong());

    // A manager of Gia Lai reads nothing of Tây Ninh's, rolled up or not.
    assertThat(
            as("quanly.qlttgla")
                .getForObject("/api/v1/reports/kpis?period=2024-Q2", JsonNode.class)
                .get("rows"))
        .isEmpty();
  }

  @Test
  void kpiSeriesOfAnAgencyAsJsonCoversTheAgreementsItIsAPartyTo() {
    JsonNode rows =
        as("canbo.qltttni")
            .getForObject("/api/v1/evaluations/kpis?agency=QLTT-TNI", JsonNode.class);
    List<JsonNode> ours = new ArrayList<>();
    List<JsonNode> predecessors = new ArrayList<>();
    rows.forEach(
        row -> {
          // Today's Chi cục and, rolled up, the bodies it took over (each under its own name).
          assertThat(row.get("agencyCode").asText()).isIn("QLTT-TNI", "CQLTT-LAN", "CQLTT-TNI");
          if (row.get("agreementCode").asText().equals(tayNinh)) {
            ours.add(row);
          }
          if (row.get("agreementCode").asText().equals(longAn)) {
            predecessors.add(row);
          }
        });
    assertThat(predecessors)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("agencyCode").asText()).isEqualTo("CQLTT-LAN");
              assertThat(row.get("agencyName").asText())
                  .isEqualTo("Cục Quản lý thị trường tỉnh Long An");
              assertThat(row.get("periodStart").asText()).startsWith("2024-");
              assertThat(row.get("kpis").get("inspections").asLong()).isPositive();
            });
    assertThat(ours).hasSize(2);
    assertThat(ours.get(0).get("agencyName").asText())
        .isEqualTo("Chi cục Quản lý thị trường tỉnh Tây Ninh");
    assertThat(ours.get(0).get("periodStart").asText()).isEqualTo("2025-12-15");
    assertThat(ours.get(1).get("kpis").get("inspections").asLong()).isEqualTo(1_220L);
    assertThat(ours.get(1).get("kpis").get("budgetPaidVnd").asLong()).isEqualTo(4_600_000_000L);
    assertThat(ours.get(1).get("late").asBoolean()).isFalse();
    assertThat(rows.findValuesAsText("agreementCode")).doesNotContain(teamPlan, giaLai);
  }

  @Test
  void partiesSeeTheirAgreementsEvaluationsAndOthersAreRefused() {
    ResponseEntity<JsonNode> party =
        as("canbo.scttni").getForEntity(evaluationsOf(tayNinh), JsonNode.class);
    assertThat(party.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode periods = party.getBody();
    assertThat(periods).hasSize(2);
    assertThat(periods.get(0).get("periodLabel").asText())
        .isEqualTo("Quý I năm 2026 (15/12/2025 – 14/03/2026)");
    assertThat(periods.get(0).get("ratingLabel").asText()).isEqualTo("Tốt");
    assertThat(periods.get(0).get("conclusion").asText()).isEqualTo("CONTINUE");
    assertThat(periods.get(0).get("parties").findValuesAsText("agencyName"))
        .containsExactly(
            "Chi cục Quản lý thị trường tỉnh Tây Ninh",
            "Công an tỉnh Tây Ninh",
            "Sở Công Thương tỉnh Tây Ninh");
    assertThat(periods.get(1).get("parties").get(2).get("late").asBoolean()).isTrue();

    ResponseEntity<JsonNode> outsider =
        as("canbo.qlttgla").getForEntity(evaluationsOf(tayNinh), JsonNode.class);
    assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(outsider.getBody().get("detail").asText()).contains("không có quyền");
    assertThat(as("canbo.qlttgla").getForEntity(evaluationsOf(giaLai), JsonNode.class).getBody())
        .hasSize(1);
    assertThat(
            as("canbo.qlttgla")
                .getForEntity(
                    "/api/v1/evaluations/kpis?agreement=" + tayNinh + "&format=csv", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // The sub-department's staff is no party to its team's plan with the border post.
    assertThat(
            as("canbo.qltttni").getForEntity(evaluationsOf(teamPlan), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(
            as("canbo.qltttni")
                .getForEntity("/api/v1/evaluations/" + giaLaiEvaluationId, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode one =
        as("canbo.qlttgla")
            .getForObject("/api/v1/evaluations/" + giaLaiEvaluationId, JsonNode.class);
    assertThat(one.get("agreementCode").asText()).isEqualTo(giaLai);
    assertThat(one.get("parties").findValuesAsText("agencyName"))
        .containsExactly(
            "Chi cục Quản lý thị trường tỉnh Gia Lai", "Đội Quản lý thị trường số 4 (biên giới)");
    assertThat(
            as("canbo.qlttgla")
                .getForEntity("/api/v1/evaluations/" + Long.MAX_VALUE, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aPeriodWithoutReferralDecisionsDueShowsItsInTimeSharesBlankNotHundred() {
    JsonNode period =
        as("quanly.qltttni")
            .getForObject("/api/v1/evaluations/" + teamPlanEvaluationId, JsonNode.class);
    assertThat(period.get("onTimeReportPercent").asInt()).isEqualTo(100);
    assertThat(period.get("referralsAnsweredInTimePercent").isNull()).isTrue();
    assertThat(period.get("parties"))
        .hasSize(2)
        .allSatisfy(
            party -> {
              assertThat(party.get("kpis").get("casesTransferred").asLong()).isZero();
              assertThat(party.get("referralsAcknowledgedInTimePercent").isNull()).isTrue();
              assertThat(party.get("referralsDecidedInTimePercent").isNull()).isTrue();
              // filed through the service, not a report task: nothing was pre-filled
              assertThat(party.get("referralFigures").isNull()).isTrue();
              assertThat(party.get("referralFiguresCorrection").isNull()).isTrue();
            });
    JsonNode tayNinhQ1 = as("canbo.scttni").getForObject(evaluationsOf(tayNinh), JsonNode.class);
    assertThat(tayNinhQ1.get(0).get("referralsAnsweredInTimePercent").asInt()).isEqualTo(100);
    assertThat(tayNinhQ1.get(0).get("parties").get(0).get("referralsDecidedInTimePercent").asInt())
        .isEqualTo(100);
  }

  @Test
  void managersSeeTheirProvinceAndAdministratorsEverything() {
    assertThat(as("quanly.qltttni").getForEntity(evaluationsOf(teamPlan), JsonNode.class).getBody())
        .hasSize(1);
    assertThat(
            as("quanly.qltttni").getForEntity(evaluationsOf(giaLai), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("quanly.qlttgla").getForEntity(evaluationsOf(giaLai), JsonNode.class).getBody())
        .hasSize(1);
    // The ministry's agency has no province: its managers follow every province.
    assertThat(as("quanly.bcttttn").getForEntity(evaluationsOf(giaLai), JsonNode.class).getBody())
        .hasSize(1);
    assertThat(as("quanly.bcttttn").getForEntity(evaluationsOf(tayNinh), JsonNode.class).getBody())
        .hasSize(2);
    assertThat(as("quantri").getForEntity(evaluationsOf(tayNinh), JsonNode.class).getBody())
        .hasSize(2);
    assertThat(as("quantri").getForEntity(evaluationsOf("QC-1999-0000"), JsonNode.class).getBody())
        .isEmpty();
  }

  @Test
  void kpiQueryNeedsExactlyOneCriterionAKnownAgencyAndAKnownFormat() {
    assertProblem("/api/v1/evaluations/kpis", "agreement");
    assertProblem(
        "/api/v1/evaluations/kpis?agreement=" + tayNinh + "&agency=QLTT-TNI", "agreement");
    assertProblem("/api/v1/evaluations/kpis?agency=XX-NOWHERE", "agency");
    assertProblem("/api/v1/evaluations/kpis?agreement=" + tayNinh + "&format=xml", "format");
  }

  // ------------------------------------------------------------------ helpers

  private void assertProblem(String path, String field) {
    ResponseEntity<JsonNode> response = as("canbo.qltttni").getForEntity(path, JsonNode.class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("field").asText()).isEqualTo(field);
    assertThat(response.getBody().get("detail").asText()).isNotBlank();
  }

  private long open(long agreementId, String code, String lead, List<String> parties, int quarter) {
    return service
        .open(
            new EvaluationService.OpenRequest(
                agreementId, code, lead, parties, "QUARTER", 2026, quarter),
            null)
        .getId();
  }

  private TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, password);
  }

  private static String evaluationsOf(String code) {
    return "/api/v1/agreements/" + code + "/evaluations";
  }

  private static String code() {
    return "QC-2026-" + ThreadLocalRandom.current().nextInt(10_000, 100_000_000);
  }

  private static long agreementId() {
    return ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
  }

  private static void at(int year, int month, int day) {
    ClockUtil.setCurrentTime(
        Date.from(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, Clocks.ZONE).toInstant()));
  }

  /** RFC 4180: fields may be quoted, a quote inside a quoted field is doubled. */
  static List<String> parseCsvLine(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
