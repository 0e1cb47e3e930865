package vn.phoihop.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * The KPI roll-up over HTTP on the demo's campaign (situation 4, quarter I of 2025): the 49 former
 * Sở Công Thương asked summed under the Sở that carry on their work today, in today's provinces; a
 * provincial manager reads only what the campaign shows them; the CSV opens in Excel; bad
 * parameters are refused naming the parameter. The evaluation side is shown in EvaluationApiTests,
 * on periods it records itself.
 */
@PhoiHopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiRollUpTests {

  private static final String DEMO_WINDOW = "/api/v1/reports/kpis?period=2025-Q1";

  @Autowired TestRestTemplate rest;

  @Value("${phoihop.demo.password}")
  String password;

  /** The demo campaign's recipients by today's body: how many were asked, submitted, missing. */
  final Map<String, long[]> expected = new HashMap<>();

  long demo;

  @BeforeAll
  void theDemoCampaignByTodaysBodies() {
    JsonNode list = as("quanly.bctctbvntd").getForObject("/api/v1/campaigns", JsonNode.class);
    List<JsonNode> imported = new ArrayList<>();
    list.forEach(
        c -> {
          if (c.get("imported").asBoolean()) {
            imported.add(c);
          }
        });
    assertThat(imported).hasSize(1);
    demo = imported.get(0).get("id").asLong();
    JsonNode report =
        as("quanly.bctctbvntd").getForObject("/api/v1/reports/campaigns/" + demo, JsonNode.class);
    for (JsonNode s : report.get("submissions")) {
      long[] counts =
          expected.computeIfAbsent(s.get("currentAgencyCode").asText(), k -> new long[3]);
      counts[0]++;
      counts[1] += s.get("submitted").asBoolean() ? 1 : 0;
      counts[2] += s.get("status").asText().equals("MISSING") ? 1 : 0;
    }
  }

  @Test
  void theFortyNineFormerSoAreSummedUnderTodaysSoAndProvinces() {
    JsonNode byAgency = as("quanly.bctctbvntd").getForObject(DEMO_WINDOW, JsonNode.class);
    assertThat(byAgency.at("/window/from").asText()).isEqualTo("2024-12-15");
    assertThat(byAgency.at("/window/to").asText()).isEqualTo("2025-03-14");

    Map<String, JsonNode> rows = new HashMap<>();
    byAgency.get("rows").forEach(r -> rows.put(r.get("code").asText(), r));
    assertThat(rows.keySet())
        .as("one row per body in charge today, none for a former Sở")
        .containsExactlyInAnyOrderElementsOf(expected.keySet())
        .doesNotContain("SCT-LAN");
    assertThat(expected.size()).as("mergers fold some of the 49 together").isLessThan(49);
    expected.forEach(
        (code, counts) -> {
          JsonNode campaigns = rows.get(code).get("campaigns");
          assertThat(campaigns.get("requested").asLong()).as(code).isEqualTo(counts[0]);
          assertThat(campaigns.get("submitted").asLong()).as(code).isEqualTo(counts[1]);
          assertThat(campaigns.get("missing").asLong()).as(code).isEqualTo(counts[2]);
        });
    JsonNode tayNinh = rows.get("SCT-TNI");
    assertThat(tayNinh.get("name").asText()).isEqualTo("Sở Công Thương tỉnh Tây Ninh");
    assertThat(tayNinh.get("rolledUp").findValuesAsText("name"))
        .contains("Sở Công Thương tỉnh Long An");
    assertThat(tayNinh.at("/province/name").asText()).isEqualTo("Tây Ninh");

    JsonNode total = byAgency.get("total").get("campaigns");
    assertThat(total.get("requested").asLong()).isEqualTo(49);
    assertThat(total.get("submitted").asLong()).isEqualTo(40);
    assertThat(total.get("missing").asLong()).isEqualTo(9);

    // By province: today's provinces, each the sum of its Sở.
    JsonNode byProvince =
        as("quanly.bctctbvntd").getForObject(DEMO_WINDOW + "&by=province", JsonNode.class);
    long requested = 0;
    for (JsonNode row : byProvince.get("rows")) {
      requested += row.at("/campaigns/requested").asLong();
      if (row.get("code").asText().equals("TNI")) {
        assertThat(row.at("/campaigns/requested").asLong())
            .isEqualTo(tayNinh.at("/campaigns/requested").asLong());
      }
    }
    assertThat(requested).isEqualTo(49);
    assertThat(byProvince.get("rows").findValuesAsText("code"))
        .contains("TNI")
        .doesNotContain("LAN");
  }

  @Test
  void aProvincialManagerRollsUpOnlyWhatTheCampaignShowsThem() {
    JsonNode mine =
        as("quanly.qlttdtp").getForObject("/api/v1/reports/campaigns/" + demo, JsonNode.class);
    assertThat(mine.get("submissions")).as("Đồng Tháp's Sở was asked").isNotEmpty();
    JsonNode rollUp = as("quanly.qlttdtp").getForObject(DEMO_WINDOW, JsonNode.class);
    assertThat(rollUp.at("/total/campaigns/requested").asLong())
        .isEqualTo(mine.get("submissions").size());
    for (JsonNode row : rollUp.get("rows")) {
      assertThat(row.at("/province/code").asText()).as(row.get("name").asText()).isEqualTo("DTP");
    }
    // Filtered to another province, a national manager's roll-up has none of Tây Ninh.
    JsonNode giaLai =
        as("quanly.bctctbvntd").getForObject(DEMO_WINDOW + "&province=GLA", JsonNode.class);
    assertThat(giaLai.get("province").get("name").asText()).isEqualTo("Gia Lai");
    assertThat(codes(giaLai)).isNotEmpty().doesNotContain("SCT-TNI");
    for (JsonNode row : giaLai.get("rows")) {
      assertThat(row.at("/province/code").asText()).isEqualTo("GLA");
    }
  }

  @Test
  void byFieldLeavesOutWhatHasNoFieldAndSaysSo() {
    JsonNode byField =
        as("quanly.bctctbvntd").getForObject(DEMO_WINDOW + "&by=field", JsonNode.class);
    assertThat(byField.get("byLabel").asText()).isEqualTo("Theo lĩnh vực phối hợp");
    assertThat(byField.get("notes").get(0).asText()).contains("không gắn với lĩnh vực");
    assertThat(byField.get("total").get("campaigns").isNull()).isTrue();
    assertThat(byField.get("total").get("referrals").isNull()).isTrue();
  }

  @Test
  void theCsvOpensInExcelWithItsVietnameseIntact() {
    ResponseEntity<byte[]> csv =
        as("quanly.bctctbvntd").getForEntity(DEMO_WINDOW + "&format=csv", byte[].class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("chi-tieu-agency-2025-Q1.csv");
    byte[] body = csv.getBody();
    assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<String> lines =
        new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
    List<String> header = cells(lines.get(0));
    assertThat(header)
        .startsWith("Kỳ báo cáo", "Mã", "Tên", "Tỉnh, thành phố")
        .contains("Đợt báo cáo: Số báo cáo được yêu cầu", "Đánh giá định kỳ: Số cuộc kiểm tra");
    assertThat(lines).hasSize(expected.size() + 2);
    int requested = header.indexOf("Đợt báo cáo: Số báo cáo được yêu cầu");
    String last = lines.get(lines.size() - 1);
    assertThat(last).contains("Tổng cộng");
    assertThat(cells(last).get(requested)).isEqualTo("49");
    assertThat(lines)
        .filteredOn(l -> l.contains("Sở Công Thương tỉnh Tây Ninh"))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("Sở Công Thương tỉnh Long An"));
  }

  @Test
  void badParametersAreRefusedNamingTheParameter() {
    assertProblem("/api/v1/reports/kpis?by=commune", "by");
    assertProblem("/api/v1/reports/kpis?period=2025-Q5", "period");
    assertProblem("/api/v1/reports/kpis?period=2025&from=2025-01-01&to=2025-02-01", "period");
    assertProblem("/api/v1/reports/kpis?from=2025-01-01", "to");
    assertProblem("/api/v1/reports/kpis?from=2025-02-30&to=2025-03-01", "from");
    assertProblem("/api/v1/reports/kpis?from=2025-03-01&to=2025-02-01", "to");
    assertProblem("/api/v1/reports/kpis?field=NOTHING", "field");
    assertProblem("/api/v1/reports/kpis?province=LAN", "province");
    assertProblem("/api/v1/reports/kpis?format=xlsx", "format");
    assertThat(rest.getForEntity("/api/v1/reports/kpis", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private static List<String> codes(JsonNode report) {
    List<String> codes = new ArrayList<>();
    report.get("rows").forEach(r -> codes.add(r.get("code").asText()));
    return codes;
  }

  /** One CSV line as a spreadsheet splits it: commas outside quotes, doubled quotes inside. */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private void assertProblem(String path, String field) {
    ResponseEntity<JsonNode> response = as("quanly.bctctbvntd").getForEntity(path, JsonNode.class);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("field").asText()).as(path).isEqualTo(field);
    assertThat(response.getBody().get("title").asText()).as(path).isNotBlank();
    assertThat(response.getBody().get("detail").asText()).as(path).isNotBlank();
  }

  private TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, password);
  }
}
