package vn.phoihop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.TestRequests;
import vn.phoihop.referral.ReferralProcess;

/**
 * Strict input, one row per kind of bad input: the JSON types of {@code /api/v1} bodies (no number
 * or boolean read as text, no text read as a number or boolean, enum values exact, every key once
 * and known), text rules (NFC, no control or bidirectional formatting characters, one line where a
 * line is expected), upload file names, date bounds, unknown query parameters, and the same rules
 * for a task form submitted through {@code /engine-rest}. Each row asserts the 400, the problem's
 * {@code title}, {@code status}, Vietnamese {@code detail} and {@code field}, and that the table
 * the request would have written to has as many rows as before.
 */
@PhoiHopIntegrationTest
class StrictInputTests {

  static final String STAFF = "canbo.qltttni";
  static final String OFFICER = "canbo.qltttnid1";
  static final String ADMIN = "quantri";

  static final String AGREEMENTS = "select count(*) from agreement";
  static final String REFERRALS = "select count(*) from case_referral";
  static final String DOCUMENTS = "select count(*) from case_referral_document";
  static final String EVENTS = "select count(*) from case_referral_event";
  static final String HOLIDAYS = "select count(*) from holiday";
  static final String NOTIFICATIONS = "select count(*) from notification";

  static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  static final ObjectMapper JSON = new ObjectMapper();

  /** Letters only Vietnamese uses: the detail is written for the user, in Vietnamese. */
  static final String VIETNAMESE = ".*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*";

  /** One opened referral for the rows that need one (uploads, withdrawal, its first task). */
  private static String referralCode;

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @Value("${phoihop.demo.password}")
  String password;

  static Stream<Arguments> badInput() {
    return Stream.of(
        // ---------------------------------------------------------------- agreement: JSON types
        row("title as a number", "title", AGREEMENTS, t -> t.agreement("title", 12345)),
        row("title as a boolean", "title", AGREEMENTS, t -> t.agreement("title", true)),
        row("title as a list", "title", AGREEMENTS, t -> t.agreement("title", List.of("a"))),
        row("title as an object", "title", AGREEMENTS, t -> t.agreement("title", Map.of())),
        row("kind in lower case", "kind", AGREEMENTS, t -> t.agreement("kind", "regulation")),
        row(
            "approval path in lower case",
            "approvalPath",
            AGREEMENTS,
            t -> t.agreement("approvalPath", "co_signed")),
        row(
            "cadence capitalised",
            "evaluationCadence",
            AGREEMENTS,
            t -> t.agreement("evaluationCadence", "Quarterly")),
        row("kind as a number", "kind", AGREEMENTS, t -> t.agreement("kind", 0)),
        row(
            "partner code as a number",
            "partnerAgencies[0]",
            AGREEMENTS,
            t -> t.agreement("partnerAgencies", List.of(123))),
        row(
            "partners as text, not a list",
            "partnerAgencies",
            AGREEMENTS,
            t -> t.agreement("partnerAgencies", "SCT-TNI")),
        row(
            "field code as a boolean",
            "fields[1]",
            AGREEMENTS,
            t -> t.agreement("fields", List.of("PETROLEUM", true))),
        row(
            "parent code as a number",
            "parentAgreementCode",
            AGREEMENTS,
            t -> t.agreement("parentAgreementCode", 42)),
        row("term start as a number", "termStart", AGREEMENTS, t -> t.agreement("termStart", 2026)),
        row(
            "duplicate key",
            "title",
            AGREEMENTS,
            t -> t.agreementRaw("\"title\": \"Một\", \"title\": \"Hai\"")),
        row("unknown key", "titel", AGREEMENTS, t -> t.agreement("titel", "Quy chế")),
        row("body is a list", "body", AGREEMENTS, t -> t.post(STAFF, "/api/v1/agreements", "[]")),
        // ---------------------------------------------------------------- agreement: text
        row("NUL in the title", "title", AGREEMENTS, t -> t.agreement("title", "Quy chế\u0000")),
        row(
            "right-to-left override in the title",
            "title",
            AGREEMENTS,
            t -> t.agreement("title", "Quy chế \u202Egnaig")),
        row(
            "line break in the title",
            "title",
            AGREEMENTS,
            t -> t.agreement("title", "Quy chế\nphối hợp")),
        row("C1 control in the title", "title", AGREEMENTS, t -> t.agreement("title", "Quy\u0085")),
        row(
            "bell in the summary",
            "summary",
            AGREEMENTS,
            t -> t.agreement("summary", "Phạm vi\u0007")),
        row(
            "isolate in the summary",
            "summary",
            AGREEMENTS,
            t -> t.agreement("summary", "Phạm vi \u2066x\u2069")),
        row(
            "DEL in the lead agency",
            "leadAgency",
            AGREEMENTS,
            t -> t.agreement("leadAgency", "QLTT-TNI\u007F")),
        // ---------------------------------------------------------------- agreement: dates
        row(
            "term starting in 1900",
            "termStart",
            AGREEMENTS,
            t -> t.agreement("termStart", "1900-01-01")),
        row(
            "term starting 11 years back",
            "termStart",
            AGREEMENTS,
            t -> t.agreement("termStart", today().minusYears(11).toString())),
        row(
            "term ending 21 years ahead",
            "termEnd",
            AGREEMENTS,
            t -> t.agreement("termEnd", today().plusYears(21).toString())),
        // ---------------------------------------------------------------- referral: JSON types
        row(
            "value as text",
            "estimatedValueVnd",
            REFERRALS,
            t -> t.referral("estimatedValueVnd", "980000000")),
        row(
            "value as a boolean",
            "estimatedValueVnd",
            REFERRALS,
            t -> t.referral("estimatedValueVnd", true)),
        row("border area as text", "borderArea", REFERRALS, t -> t.referral("borderArea", "false")),
        row("border area as 0", "borderArea", REFERRALS, t -> t.referral("borderArea", 0)),
        row(
            "offender kind in lower case",
            "offenderKind",
            REFERRALS,
            t -> t.referral("offenderKind", "organisation")),
        row(
            "found during in lower case",
            "foundDuring",
            REFERRALS,
            t -> t.referral("foundDuring", "considering_penalty")),
        row("summary as a number", "caseSummary", REFERRALS, t -> t.referral("caseSummary", 42)),
        row(
            "province as a list",
            "provinceCode",
            REFERRALS,
            t -> t.referral("provinceCode", List.of("TNI"))),
        row(
            "duplicate key",
            "offenderName",
            REFERRALS,
            t -> t.referralRaw("\"offenderName\": \"A\", \"offenderName\": \"B\"")),
        row("unknown key", "ownerName", REFERRALS, t -> t.referral("ownerName", "Nguyễn Văn A")),
        // ---------------------------------------------------------------- referral: text, dates
        row(
            "override in the offender's name",
            "offenderName",
            REFERRALS,
            t -> t.referral("offenderName", "Công ty \u202EgnaihP hniM")),
        row(
            "tab in the offender's name",
            "offenderName",
            REFERRALS,
            t -> t.referral("offenderName", "Công ty\tMinh Phát")),
        row(
            "NUL in the signs",
            "crimeSigns",
            REFERRALS,
            t -> t.referral("crimeSigns", "Dấu\u0000")),
        row("found in 1800", "foundOn", REFERRALS, t -> t.referral("foundOn", "1800-01-01")),
        row("found in 1999", "foundOn", REFERRALS, t -> t.referral("foundOn", "1999-12-31")),
        row(
            "found tomorrow",
            "foundOn",
            REFERRALS,
            t -> t.referral("foundOn", today().plusDays(1).toString())),
        // ---------------------------------------------------------------- upload file names
        row("NUL in a file name", "file", DOCUMENTS, t -> t.upload("bien-ban\u0000.pdf")),
        row(
            "override in a file name",
            "file",
            DOCUMENTS,
            t -> t.upload("hoa-don\u202Efdp.exe.pdf")),
        row("tab in a file name", "file", DOCUMENTS, t -> t.upload("bien\tban.pdf")),
        row(
            "file name of 256 characters",
            "file",
            DOCUMENTS,
            t -> t.upload("a".repeat(252) + ".pdf")),
        row(
            "file name of 1,000 Vietnamese characters",
            "file",
            DOCUMENTS,
            t -> t.upload("ệ".repeat(1000) + ".pdf")),
        // ---------------------------------------------------------------- other bodies
        row(
            "withdrawal reason with NUL",
            "reason",
            EVENTS,
            t -> t.post(OFFICER, t.referralPath("/withdrawal"), "{\"reason\": \"Rút\\u0000\"}")),
        row(
            "withdrawal reason as a number",
            "reason",
            EVENTS,
            t -> t.post(OFFICER, t.referralPath("/withdrawal"), "{\"reason\": 12}")),
        row(
            "holiday before 2000",
            "day",
            HOLIDAYS,
            t ->
                t.put(
                    ADMIN, "/api/v1/holidays/1999-01-01", "{\"kind\":\"HOLIDAY\",\"name\":\"X\"}")),
        row(
            "holiday name with NUL",
            "name",
            HOLIDAYS,
            t ->
                t.put(
                    ADMIN,
                    "/api/v1/holidays/2031-05-05",
                    "{\"kind\":\"HOLIDAY\",\"name\":\"Ngh\\u0000ỉ\"}")),
        row(
            "holiday kind in lower case",
            "kind",
            HOLIDAYS,
            t ->
                t.put(
                    ADMIN, "/api/v1/holidays/2031-05-05", "{\"kind\":\"holiday\",\"name\":\"X\"}")),
        row(
            "provisional as text",
            "provisional",
            HOLIDAYS,
            t ->
                t.put(
                    ADMIN,
                    "/api/v1/holidays/2031-05-05",
                    "{\"kind\":\"HOLIDAY\",\"name\":\"X\",\"provisional\":\"true\"}")),
        // ---------------------------------------------------------------- query parameters
        row(
            "agencies by a name filter that does not exist",
            "name",
            AGREEMENTS,
            t -> t.get(STAFF, "/api/v1/agencies?name=Ti%E1%BB%81n%20Giang")),
        row(
            "misspelt agreement filter",
            "stauts",
            AGREEMENTS,
            t -> t.get(STAFF, "/api/v1/agreements?stauts=DRAFTING")),
        row(
            "misspelt referral filter",
            "overdu",
            REFERRALS,
            t -> t.get(OFFICER, "/api/v1/referrals?overdu=true&page=0")),
        row(
            "notifications with an unknown parameter",
            "limt",
            NOTIFICATIONS,
            t -> t.get(STAFF, "/api/v1/notifications?limt=5")),
        row(
            "a parameter for an endpoint that takes none",
            "q",
            AGREEMENTS,
            t -> t.get(STAFF, "/api/v1/fields?q=x")),
        row(
            "a query parameter on a create",
            "draft",
            AGREEMENTS,
            t -> t.agreementAt("/api/v1/agreements?draft=true")),
        row(
            "agencies in force in 1800",
            "activeOn",
            AGREEMENTS,
            t -> t.get(STAFF, "/api/v1/agencies?activeOn=1800-01-01")),
        row(
            "deadline from year 999999999",
            "from",
            HOLIDAYS,
            t -> t.get(STAFF, "/api/v1/calendar/deadline?from=%2B999999999-12-31&duration=3")),
        // ---------------------------------------------------------------- a task form (Tasklist)
        row(
            "form: summary as a number",
            "caseSummary",
            EVENTS,
            t -> t.submitDossierForm(Map.of("caseSummary", 42))),
        row(
            "form: checkbox as text",
            "borderArea",
            EVENTS,
            t -> t.submitDossierForm(Map.of("borderArea", "true"))),
        row(
            "form: choice in lower case",
            "offenderKind",
            EVENTS,
            t -> t.submitDossierForm(Map.of("offenderKind", "person"))),
        row(
            "form: found in 1999",
            "foundOn",
            EVENTS,
            t -> t.submitDossierForm(Map.of("foundOn", "01/06/1999"))),
        row(
            "form: decimal value typed as text",
            "estimatedValueVnd",
            EVENTS,
            t -> t.submitDossierForm(Map.of("estimatedValueVnd", "1.5"))),
        row(
            "form: override in a name",
            "offenderName",
            EVENTS,
            t -> t.submitDossierForm(Map.of("offenderName", "A\u202EB"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void badInputIsRefusedNamingTheFieldAndChangesNothing(
      String why,
      String field,
      String countSql,
      Function<StrictInputTests, ResponseEntity<JsonNode>> call) {
    Integer before = jdbc.queryForObject(countSql, Integer.class);

    ResponseEntity<JsonNode> response = call.apply(this);

    assertThat(response.getStatusCode())
        .as(String.valueOf(response.getBody()))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problem = response.getBody();
    assertThat(problem).as("problem body").isNotNull();
    assertThat(problem.path("title").asText()).isEqualTo("Invalid input");
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("field").asText()).as(problem.toString()).isEqualTo(field);
    assertThat(problem.path("detail").asText()).as(problem.toString()).matches("(?s)" + VIETNAMESE);
    assertThat(jdbc.queryForObject(countSql, Integer.class)).as("nothing stored").isEqualTo(before);
  }

  @Test
  void lowerCaseKindIsRefusedWithTheAllowedValuesInVietnamese() {
    JsonNode problem = agreement("kind", "regulation").getBody();
    assertThat(problem.get("detail").asText())
        .contains("'regulation'", "REGULATION (Quy chế phối hợp)", "PLAN (Kế hoạch phối hợp)");
  }

  @Test
  void decomposedTextIsStoredComposedAndLineBreaksStayInMultiLineText() {
    String composed = "Quy chế phối hợp Tây Ninh " + UUID.randomUUID();
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(composed);
    Map<String, Object> body = agreementBody();
    body.put("title", decomposed);
    body.put("summary", "Phạm vi:\n\t– trao đổi thông tin;\r\n\t– kiểm tra liên ngành.");

    ResponseEntity<JsonNode> created = post(STAFF, "/api/v1/agreements", json(body));

    assertThat(created.getStatusCode())
        .as(String.valueOf(created.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().get("title").asText()).isEqualTo(composed);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from agreement where title = ?", Integer.class, composed))
        .isEqualTo(1);
    assertThat(created.getBody().get("summary").asText()).contains("\n\t– kiểm tra");
  }

  @Test
  void uploadNamesAreStoredComposedUpTo255Characters() {
    String name = Normalizer.normalize("Biên bản kiểm tra.pdf", Normalizer.Form.NFD);
    ResponseEntity<JsonNode> stored = upload(name);
    assertThat(stored.getStatusCode())
        .as(String.valueOf(stored.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    assertThat(stored.getBody().get("fileName").asText()).isEqualTo("Biên bản kiểm tra.pdf");

    // 255 Vietnamese characters (up to 3 bytes each in UTF-8) still fit the multipart header.
    String longest = "ệ".repeat(251) + ".pdf";
    assertThat(longest).hasSize(255);
    ResponseEntity<JsonNode> longName = upload(longest);
    assertThat(longName.getStatusCode())
        .as(String.valueOf(longName.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    assertThat(longName.getBody().get("fileName").asText()).isEqualTo(longest);
  }

  @Test
  void knownParametersStillFilter() {
    assertThat(get(STAFF, "/api/v1/agencies?type=PROVINCIAL_POLICE&province=TNI").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(get(OFFICER, "/api/v1/referrals?overdue=false&page=0&size=5").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(get(STAFF, "/api/v1/notifications?limit=5").getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  /** Camunda's REST API reads with its own mapper: the strict settings are not its business. */
  @Test
  void engineRestKeepsItsOwnJsonReading() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> duplicate =
        rest.withBasicAuth(ADMIN, password)
            .postForEntity(
                "/engine-rest/task/count",
                new HttpEntity<>("{\"assignee\":\"a\",\"assignee\":\"b\"}", headers),
                String.class);
    assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> quotedNumber =
        rest.withBasicAuth(ADMIN, password)
            .postForEntity(
                "/engine-rest/task/count",
                new HttpEntity<>("{\"maxPriority\":\"5\"}", headers),
                String.class);
    assertThat(quotedNumber.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  // ------------------------------------------------------------------------------------ rows

  private static Arguments row(
      String why,
      String field,
      String countSql,
      Function<StrictInputTests, ResponseEntity<JsonNode>> call) {
    return Arguments.of(why, field, countSql, call);
  }

  static LocalDate today() {
    return LocalDate.ofInstant(
        ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  /** A valid agreement with a fresh title. */
  static Map<String, Object> agreementBody() {
    return TestRequests.agreement();
  }

  /** A valid dossier. */
  static Map<String, Object> dossier() {
    return TestRequests.dossier();
  }

  ResponseEntity<JsonNode> agreement(String key, Object value) {
    Map<String, Object> body = agreementBody();
    body.put(key, value);
    return post(STAFF, "/api/v1/agreements", json(body));
  }

  ResponseEntity<JsonNode> agreementAt(String path) {
    return post(STAFF, path, json(agreementBody()));
  }

  /** The valid body with {@code extra} (raw JSON members) added at its start. */
  ResponseEntity<JsonNode> agreementRaw(String extra) {
    Map<String, Object> body = agreementBody();
    body.remove("title");
    return post(STAFF, "/api/v1/agreements", "{" + extra + "," + json(body).substring(1));
  }

  ResponseEntity<JsonNode> referral(String key, Object value) {
    Map<String, Object> body = dossier();
    body.put(key, value);
    return post(OFFICER, "/api/v1/referrals", json(body));
  }

  ResponseEntity<JsonNode> referralRaw(String extra) {
    Map<String, Object> body = dossier();
    body.remove("offenderName");
    return post(OFFICER, "/api/v1/referrals", "{" + extra + "," + json(body).substring(1));
  }

  String referralPath(String suffix) {
    return "/api/v1/referrals/" + referralCode() + suffix;
  }

  synchronized String referralCode() {
    if (referralCode == null) {
      ResponseEntity<JsonNode> created = post(OFFICER, "/api/v1/referrals", json(dossier()));
      assertThat(created.getStatusCode())
          .as(String.valueOf(created.getBody()))
          .isEqualTo(HttpStatus.CREATED);
      referralCode = created.getBody().get("code").asText();
    }
    return referralCode;
  }

  /** A multipart upload written byte by byte, so the file name reaches the server as given. */
  ResponseEntity<JsonNode> upload(String fileName) {
    String boundary = "phoihop-" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(PDF);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary));
    return rest.withBasicAuth(OFFICER, password)
        .postForEntity(
            referralPath("/documents"),
            new HttpEntity<>(out.toByteArray(), headers),
            JsonNode.class);
  }

  /** The officer submits the referral's first task form through /engine-rest, as Tasklist does. */
  ResponseEntity<JsonNode> submitDossierForm(Map<String, Object> values) {
    JsonNode tasks =
        rest.withBasicAuth(OFFICER, password)
            .getForObject(
                "/engine-rest/task?processInstanceBusinessKey="
                    + referralCode()
                    + "&taskDefinitionKey="
                    + ReferralProcess.Elements.PREPARE_DOSSIER,
                JsonNode.class);
    assertThat(tasks).as("the dossier task").hasSize(1);
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    return post(
        OFFICER,
        "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/submit-form",
        json(Map.of("variables", variables)));
  }

  ResponseEntity<JsonNode> post(String user, String path, String json) {
    return exchange(user, HttpMethod.POST, path, json);
  }

  ResponseEntity<JsonNode> put(String user, String path, String json) {
    return exchange(user, HttpMethod.PUT, path, json);
  }

  ResponseEntity<JsonNode> get(String user, String path) {
    return exchange(user, HttpMethod.GET, path, null);
  }

  private ResponseEntity<JsonNode> exchange(
      String user, HttpMethod method, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    if (json != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    // A URI, not a template: the rows' query strings are sent exactly as written.
    return rest.withBasicAuth(user, password)
        .exchange(URI.create(path), method, new HttpEntity<>(json, headers), JsonNode.class);
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
