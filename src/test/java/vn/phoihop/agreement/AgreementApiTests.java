package vn.phoihop.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.TestRequests;

/** The agreement API over HTTP as the demo users: opening, refusals, visibility and filters. */
@PhoiHopIntegrationTest
class AgreementApiTests {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService historyService;

  @Value("${phoihop.demo.password}")
  String password;

  static Stream<Arguments> invalidStartData() {
    return Stream.of(
        Arguments.of(
            "unknown partner agency",
            Map.of("partnerAgencies", List.of("SCT-TNI", "XX-KHONGCO")),
            "partnerAgencies[1]"),
        Arguments.of("unknown lead agency", Map.of("leadAgency", "XX-KHONGCO"), "leadAgency"),
        Arguments.of("no partner", Map.of("partnerAgencies", List.of()), "partnerAgencies"),
        Arguments.of(
            "end before start",
            Map.of("termStart", "2027-01-01", "termEnd", "2026-12-31"),
            "termEnd"),
        Arguments.of(
            "partner equal to the lead",
            Map.of("partnerAgencies", List.of("QLTT-TNI")),
            "partnerAgencies[0]"),
        Arguments.of(
            "unknown field", Map.of("fields", List.of("PETROLEUM", "KHONG-CO")), "fields[1]"),
        Arguments.of("unknown kind", Map.of("kind", "HOP_DONG"), "kind"),
        Arguments.of("missing title", Map.of("title", " "), "title"),
        Arguments.of("malformed date", Map.of("termStart", "01/03/2026"), "termStart"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidStartData")
  void invalidStartDataIsRefusedNamingTheFieldAndCreatesNothing(
      String why, Map<String, Object> change, String field) {
    Map<String, Object> body = validRequest(UUID.randomUUID().toString());
    body.putAll(change);
    Date before = new Date(System.currentTimeMillis() - 1);

    ResponseEntity<JsonNode> response =
        as("canbo.qltttni").postForEntity("/api/v1/agreements", body, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            response
                .getHeaders()
                .getContentType()
                .isCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON))
        .isTrue();
    assertThat(response.getBody().get("title").asText()).isEqualTo("Invalid input");
    assertThat(response.getBody().get("field").asText()).isEqualTo(field);
    assertThat(response.getBody().get("detail").asText()).isNotBlank();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from agreement where title = ?", Integer.class, body.get("title")))
        .as("no aggregate")
        .isZero();
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(AgreementProcess.KEY)
                .startedAfter(before)
                .count())
        .as("no process instance")
        .isZero();
  }

  @Test
  void onlyStaffOfTheLeadAgencyOpenAnAgreement() {
    Map<String, Object> body = validRequest("Đề xuất của lãnh đạo " + UUID.randomUUID());
    ResponseEntity<JsonNode> byLeader =
        as("lanhdao.qltttni").postForEntity("/api/v1/agreements", body, JsonNode.class);
    assertThat(byLeader.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    body.put("leadAgency", "SCT-TNI");
    ResponseEntity<JsonNode> forAnotherAgency =
        as("canbo.qltttni").postForEntity("/api/v1/agreements", body, JsonNode.class);
    assertThat(forAnotherAgency.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(forAnotherAgency.getBody().get("field").asText()).isEqualTo("leadAgency");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from agreement where title = ?", Integer.class, body.get("title")))
        .isZero();
  }

  @Test
  void partiesAndTheirProvincesManagerSeeAnAgreementOthersDoNot() {
    String title = "Quy chế phối hợp Tây Ninh " + UUID.randomUUID();
    ResponseEntity<JsonNode> created =
        as("canbo.qltttni")
            .postForEntity("/api/v1/agreements", validRequest(title), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = created.getBody().get("code").asText();
    assertThat(code).matches("QC-\\d{4}-\\d{4}");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/agreements/" + code);
    assertThat(created.getBody().get("status").asText()).isEqualTo("DRAFTING");
    assertThat(created.getBody().get("parties"))
        .extracting(p -> p.get("agencyCode").asText())
        .containsExactly("QLTT-TNI", "SCT-TNI");
    assertThat(created.getBody().get("openTasks"))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.get("taskKey").asText()).isEqualTo(AgreementProcess.Elements.DRAFT);
              assertThat(t.get("candidateGroups"))
                  .extracting(JsonNode::asText)
                  .containsExactly("QLTT-TNI.staff");
              assertThat(t.get("due").isNull()).isFalse();
            });
    assertThat(created.getBody().get("timeline"))
        .singleElement()
        .satisfies(e -> assertThat(e.get("actor").asText()).isEqualTo("canbo.qltttni"));
    assertThat(created.getBody().get("evaluations").isArray()).isTrue();
    assertThat(created.getBody().get("evaluations")).isEmpty();
    assertThat(created.getBody().get("evaluationsHref").asText())
        .isEqualTo("/api/v1/agreements/" + code + "/evaluations");
    assertThat(created.getBody().get("renewedFrom").isNull()).isTrue();
    assertThat(created.getBody().get("renewedBy").isNull()).isTrue();

    for (String user :
        List.of("canbo.scttni", "lanhdao.scttni", "quanly.qltttni", "lanhdao.qltttni")) {
      assertThat(
              as(user).getForEntity("/api/v1/agreements/" + code, JsonNode.class).getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.OK);
      assertThat(
              codes(as(user).getForEntity("/api/v1/agreements?size=200", JsonNode.class).getBody()))
          .as(user)
          .contains(code);
    }
    for (String user : List.of("canbo.qlttgla", "quanly.qlttgla", "daumoi.catni")) {
      assertThat(
              as(user).getForEntity("/api/v1/agreements/" + code, JsonNode.class).getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(
              codes(as(user).getForEntity("/api/v1/agreements?size=200", JsonNode.class).getBody()))
          .as(user)
          .doesNotContain(code);
    }
    assertThat(
            as("quantri")
                .getForEntity("/api/v1/agreements/" + code, JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void listFiltersByStatusAgencyFieldAndOverdue() {
    String title = "Quy chế lọc " + UUID.randomUUID();
    String code =
        as("canbo.qltttni")
            .postForEntity("/api/v1/agreements", validRequest(title), JsonNode.class)
            .getBody()
            .get("code")
            .asText();
    TestRestTemplate canbo = as("canbo.qltttni");

    assertThat(
            codes(
                canbo
                    .getForEntity(
                        "/api/v1/agreements?status=DRAFTING&agency=SCT-TNI&field=PETROLEUM&size=200",
                        JsonNode.class)
                    .getBody()))
        .contains(code);
    assertThat(
            codes(
                canbo
                    .getForEntity("/api/v1/agreements?status=IN_FORCE&size=200", JsonNode.class)
                    .getBody()))
        .doesNotContain(code);
    assertThat(
            codes(
                canbo
                    .getForEntity("/api/v1/agreements?agency=CA-TNI&size=200", JsonNode.class)
                    .getBody()))
        .doesNotContain(code);
    assertThat(
            codes(
                canbo
                    .getForEntity("/api/v1/agreements?field=TOBACCO&size=200", JsonNode.class)
                    .getBody()))
        .doesNotContain(code);
    assertThat(
            codes(
                canbo
                    .getForEntity("/api/v1/agreements?overdue=true&size=200", JsonNode.class)
                    .getBody()))
        .doesNotContain(code);
    assertThat(
            codes(
                canbo
                    .getForEntity("/api/v1/agreements?overdue=false&size=200", JsonNode.class)
                    .getBody()))
        .contains(code);

    ResponseEntity<JsonNode> badStatus =
        canbo.getForEntity("/api/v1/agreements?status=SOMETHING", JsonNode.class);
    assertThat(badStatus.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badStatus.getBody().get("field").asText()).isEqualTo("status");
    ResponseEntity<JsonNode> badField =
        canbo.getForEntity("/api/v1/agreements?field=KHONG-CO", JsonNode.class);
    assertThat(badField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badField.getBody().get("field").asText()).isEqualTo("field");
  }

  @Test
  void openApiDocumentsTheAgreementEndpoints() {
    JsonNode docs = rest.getForObject("/v3/api-docs", JsonNode.class);
    assertThat(docs.get("paths").has("/api/v1/agreements")).isTrue();
    assertThat(docs.get("paths").has("/api/v1/agreements/{code}/versions/{versionNo}")).isTrue();
    assertThat(docs.get("paths").has("/api/v1/agreements/{code}/amendment-requests")).isTrue();
    assertThat(docs.get("paths").has("/api/v1/agreements/{code}/termination")).isTrue();
    assertThat(docs.get("components").get("schemas").has("AgreementRequest")).isTrue();
  }

  static Map<String, Object> validRequest(String title) {
    Map<String, Object> body = TestRequests.agreement();
    body.put("title", title);
    return body;
  }

  private TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, password);
  }

  private static List<String> codes(JsonNode page) {
    List<String> codes = new ArrayList<>();
    page.get("items").forEach(item -> codes.add(item.get("code").asText()));
    return codes;
  }
}
