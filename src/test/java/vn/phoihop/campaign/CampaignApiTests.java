package vn.phoihop.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * Campaigns and their report over HTTP as the demo users: situation 4's "40/49" with the nine
 * missing localities by name, as JSON and as a CSV that Excel opens with its Vietnamese intact; who
 * reads what; opening a campaign and the refusals that leave nothing behind.
 */
@PhoiHopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignApiTests {

  /** The nine of the 49 localities asked that never submitted, in the demo data. */
  static final List<String> MISSING =
      List.of(
          "Sở Công Thương tỉnh Nam Định",
          "Sở Công Thương tỉnh Nghệ An",
          "Sở Công Thương tỉnh Ninh Bình",
          "Sở Công Thương tỉnh Ninh Thuận",
          "Sở Công Thương tỉnh Phú Thọ",
          "Sở Công Thương tỉnh Phú Yên",
          "Sở Công Thương tỉnh Quảng Bình",
          "Sở Công Thương tỉnh Quảng Ngãi",
          "Sở Công Thương tỉnh Quảng Ninh");

  @Autowired TestRestTemplate rest;

  @Value("${phoihop.demo.password}")
  String password;

  long demo;

  @BeforeAll
  void theDemoCampaign() {
    JsonNode list = as("canbo.bctctbvntd").getForObject("/api/v1/campaigns", JsonNode.class);
    List<JsonNode> imported = new ArrayList<>();
    list.forEach(
        c -> {
          if (c.get("imported").asBoolean()) {
            imported.add(c);
          }
        });
    assertThat(imported).as("the demo's campaign").hasSize(1);
    demo = imported.get(0).get("id").asLong();
  }

  @Test
  void theMinistrysCampaignShowsFortyOfFortyNineAndTheNineMissingByName() {
    JsonNode report =
        as("canbo.bctctbvntd").getForObject("/api/v1/reports/campaigns/" + demo, JsonNode.class);
    assertThat(report.get("label").asText()).isEqualTo("40/49 đã nộp");
    assertThat(report.get("submitted").asInt()).isEqualTo(40);
    assertThat(report.get("total").asInt()).isEqualTo(49);
    assertThat(report.get("requesterName").asText())
        .isEqualTo("Cục Cạnh tranh và Bảo vệ người tiêu dùng (Bộ Công Thương)");
    assertThat(report.get("periodLabel").asText())
        .isEqualTo("Quý I năm 2025 (15/12/2024 – 14/03/2025)");
    assertThat(report.get("missing").findValuesAsText("name"))
        .containsExactlyInAnyOrderElementsOf(MISSING);
    assertThat(report.get("submissions")).hasSize(49);
    // the four that came in May, after the 30 April deadline, are late; so are the nine missing
    assertThat(report.get("late")).hasSize(13);
    JsonNode longAn = submission(report, "SCT-LAN");
    assertThat(longAn.get("planIssued").asBoolean()).isTrue();
    assertThat(longAn.get("planNumber").asText()).endsWith("/KH-SCT");
    assertThat(longAn.get("currentAgencyName").asText())
        .as("the former Sở under today's successor")
        .isEqualTo("Sở Công Thương tỉnh Tây Ninh");
    // the national managers of the Ministry read it too
    assertThat(
            as("quanly.bctctbvntd")
                .getForObject("/api/v1/reports/campaigns/" + demo, JsonNode.class)
                .get("label")
                .asText())
        .isEqualTo("40/49 đã nộp");
  }

  @Test
  void theCsvOpensInExcelWithItsVietnameseIntact() {
    ResponseEntity<byte[]> csv =
        as("canbo.bctctbvntd")
            .getForEntity("/api/v1/reports/campaigns/" + demo + "?format=csv", byte[].class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("attachment")
        .contains(".csv");
    byte[] body = csv.getBody();
    assertThat(Arrays.copyOf(body, 3))
        .as("UTF-8 byte order mark")
        .containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(50);
    assertThat(lines.get(0)).startsWith("Số hiệu đợt báo cáo,Kỳ báo cáo,Mã đơn vị,Tên đơn vị");
    assertThat(text).contains("\r\n");
    assertThat(lines)
        .filteredOn(l -> l.contains("Sở Công Thương tỉnh Quảng Ninh"))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("Không nộp"));
  }

  @Test
  void aRecipientReadsOnlyItsOwnReportsAndAnOutsiderNothing() {
    // Today's Sở of Tây Ninh carries on the former Sở of Long An (asked; the former Sở of Tây
    // Ninh was not among the 49).
    JsonNode seen =
        as("canbo.scttni").getForObject("/api/v1/reports/campaigns/" + demo, JsonNode.class);
    assertThat(seen.get("submissions").findValuesAsText("agencyCode")).containsExactly("SCT-LAN");
    // Today's Sở of Quảng Ngãi sees its predecessor's report missing, and no other.
    JsonNode quangNgai =
        as("canbo.sctqng").getForObject("/api/v1/reports/campaigns/" + demo, JsonNode.class);
    assertThat(quangNgai.get("missing").findValuesAsText("name"))
        .containsExactly("Sở Công Thương tỉnh Quảng Ngãi");
    assertThat(seen.get("label").asText()).isEqualTo("40/49 đã nộp");
    assertThat(seen.get("missing")).isEmpty();
    // A QLTT officer of Gia Lai is no party: refused, not an empty list.
    ResponseEntity<JsonNode> outsider =
        as("canbo.qlttgla").getForEntity("/api/v1/reports/campaigns/" + demo, JsonNode.class);
    assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(outsider.getBody().get("detail").asText()).contains("không có quyền");
    assertThat(as("canbo.qlttgla").getForObject("/api/v1/campaigns", JsonNode.class))
        .noneMatch(c -> c.get("id").asLong() == demo);
    assertThat(rest.getForEntity("/api/v1/reports/campaigns/" + demo, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            as("canbo.bctctbvntd")
                .getForEntity("/api/v1/reports/campaigns/" + Long.MAX_VALUE, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aProvincialCommitteeAsksItsMembersAndBadInputIsRefusedNamingTheField() {
    Map<String, Object> ask =
        Map.of(
            "kind",
            "BCD389_PERIODIC",
            "title",
            "Báo cáo chuyên đề chống hàng giả dịp Tết",
            "periodKind",
            "MONTH",
            "periodYear",
            2027,
            "periodNumber",
            1,
            "recipients",
            List.of("QLTT-TNI", "CA-TNI"));
    ResponseEntity<JsonNode> created = post("canbo.bcd389tni", ask);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode campaign = created.getBody();
    assertThat(created.getHeaders().getLocation().getPath())
        .isEqualTo("/api/v1/campaigns/" + campaign.get("id").asLong());
    assertThat(campaign.get("label").asText()).isEqualTo("0/2 đã nộp");
    assertThat(campaign.get("code").asText()).startsWith("DBC-");
    assertThat(campaign.get("missing").findValuesAsText("code"))
        .containsExactlyInAnyOrder("QLTT-TNI", "CA-TNI");
    // a member reads it with its own report only
    JsonNode asPolice =
        as("daumoi.catni")
            .getForObject("/api/v1/campaigns/" + campaign.get("id").asLong(), JsonNode.class);
    assertThat(asPolice.get("submissions").findValuesAsText("agencyCode"))
        .containsExactly("CA-TNI");

    // someone of another agency asks in the committee's name
    Map<String, Object> impersonated = new java.util.HashMap<>(ask);
    impersonated.put("requester", "BCD389-TNI");
    impersonated.put("periodNumber", 2);
    assertThat(post("canbo.scttni", impersonated).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // the same month twice
    assertThat(post("canbo.bcd389tni", ask).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertProblem(with(ask, "recipients", List.of("QLTT-TNI", "XX-NOWHERE")), "recipients[1]");
    assertProblem(with(ask, "kind", "QUARTERLY"), "kind");
    assertProblem(with(ask, "periodNumber", 13), "periodNumber");
    assertProblem(with(ask, "deadline", "2020-01-01"), "deadline");
    assertProblem(with(ask, "title", " "), "title");
    ResponseEntity<JsonNode> format =
        as("canbo.bcd389tni")
            .getForEntity(
                "/api/v1/reports/campaigns/" + campaign.get("id").asLong() + "?format=xml",
                JsonNode.class);
    assertThat(format.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(format.getBody().get("field").asText()).isEqualTo("format");
    long committeeCampaigns =
        java.util.stream.StreamSupport.stream(
                as("canbo.bcd389tni")
                    .getForObject("/api/v1/campaigns", JsonNode.class)
                    .spliterator(),
                false)
            .filter(c -> c.get("title").asText().equals("Báo cáo chuyên đề chống hàng giả dịp Tết"))
            .count();
    assertThat(committeeCampaigns).as("refusals left nothing behind").isEqualTo(1);
  }

  // ------------------------------------------------------------------ helpers

  private static Map<String, Object> with(Map<String, Object> ask, String key, Object value) {
    Map<String, Object> changed = new java.util.HashMap<>(ask);
    changed.put(key, value);
    changed.put("periodNumber", key.equals("periodNumber") ? value : 3);
    return changed;
  }

  private void assertProblem(Map<String, Object> body, String field) {
    ResponseEntity<JsonNode> response = post("canbo.bcd389tni", body);
    assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("field").asText()).isEqualTo(field);
    assertThat(response.getBody().get("detail").asText()).isNotBlank();
    assertThat(response.getBody().get("title").asText()).isNotBlank();
  }

  private ResponseEntity<JsonNode> post(String userId, Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(userId)
        .postForEntity(
            "/api/v1/campaigns",
            new org.springframework.http.HttpEntity<>(body, headers),
            JsonNode.class);
  }

  private static JsonNode submission(JsonNode report, String code) {
    for (JsonNode s : report.get("submissions")) {
      if (s.get("agencyCode").asText().equals(code)) {
        return s;
      }
    }
    throw new AssertionError("no submission of " + code);
  }

  private TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, password);
  }
}
