package vn.phoihop.referral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * {@code /api/v1/referrals} over HTTP with the demo users, and {@code /engine-rest} for the tasks
 * (as Tasklist calls it): who sees what, documents, withdrawal, extensions.
 */
@PhoiHopIntegrationTest
class ReferralApiTests {

  static final String OFFICER = "canbo.qltttnid1";
  static final String TEAM_LEADER = "lanhdao.qltttnid1";
  static final String CHI_CUC_LEADER = "lanhdao.qltttni";
  static final String POLICE = "daumoi.catni";
  static final String CUSTOMS = "daumoi.hqkv17";
  static final String OTHER_PROVINCE_OFFICER = "canbo.qlttvlgd5";
  static final String TAY_NINH_MANAGER = "quanly.qltttni";
  static final String GIA_LAI_MANAGER = "quanly.qlttgla";
  static final String NATIONAL_MANAGER = "quanly.bcttttn";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  @Value("${phoihop.demo.password}")
  String password;

  // ------------------------------------------------------------------------------- helpers

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, password);
  }

  private static Map<String, Object> dossier(
      String category, boolean borderArea, boolean customsControl) {
    return dossier(category, borderArea, customsControl, "TNI");
  }

  private static Map<String, Object> dossier(
      String category, boolean borderArea, boolean customsControl, String province) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("caseSummary", "Kiểm tra xe tải tại trạm, phát hiện hàng hóa có dấu hiệu vi phạm.");
    d.put("foundOn", "2026-01-05");
    d.put("foundPlace", "Quốc lộ 22, xã Phước Chỉ");
    d.put("provinceCode", province);
    d.put("borderArea", borderArea);
    d.put("customsControl", customsControl);
    d.put("offenderKind", "ORGANISATION");
    d.put("offenderName", "Công ty TNHH Thương mại Minh Phát");
    d.put("offenderIdNumber", "3901234567");
    d.put("violationCategory", category);
    d.put("goodsDescription", "2.400 đôi giày thể thao mang nhãn hiệu nổi tiếng");
    d.put("estimatedValueVnd", 980_000_000L);
    d.put(
        "crimeSigns", "Hàng giả mạo nhãn hiệu, trị giá tương đương hàng thật trên 30 triệu đồng.");
    d.put("foundDuring", "CONSIDERING_PENALTY");
    return d;
  }

  private String open(String category, boolean borderArea, boolean customsControl) {
    return open(dossier(category, borderArea, customsControl));
  }

  private String open(Map<String, Object> dossier) {
    ResponseEntity<JsonNode> created =
        as(OFFICER).postForEntity("/api/v1/referrals", dossier, JsonNode.class);
    assertThat(created.getStatusCode())
        .as(String.valueOf(created.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("code").asText();
  }

  private ResponseEntity<JsonNode> upload(
      String user, String code, String fileName, String contentType, byte[] content) {
    HttpHeaders partHeaders = new HttpHeaders();
    if (contentType != null) {
      partHeaders.setContentType(MediaType.parseMediaType(contentType));
    }
    ByteArrayResource resource =
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return fileName;
          }
        };
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new HttpEntity<>(resource, partHeaders));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(user)
        .postForEntity(
            "/api/v1/referrals/" + code + "/documents",
            new HttpEntity<>(body, headers),
            JsonNode.class);
  }

  private JsonNode tasks(String user, String code) {
    return as(user)
        .getForObject("/engine-rest/task?processInstanceBusinessKey=" + code, JsonNode.class);
  }

  private String taskId(String user, String code, String key) {
    for (JsonNode task : tasks(user, code)) {
      if (task.get("taskDefinitionKey").asText().equals(key)) {
        return task.get("id").asText();
      }
    }
    throw new AssertionError(
        user + " sees no task " + key + " of " + code + ": " + tasks(user, code));
  }

  /** Submits a task form through /engine-rest as Tasklist does. */
  private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    return as(user)
        .postForEntity(
            "/engine-rest/task/" + taskId + "/submit-form",
            Map.of("variables", variables),
            String.class);
  }

  private void completeTask(String user, String code, String key, Map<String, Object> values) {
    ResponseEntity<String> response = submit(user, taskId(user, code, key), values);
    assertThat(response.getStatusCode())
        .as(key + ": " + response.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String transferred(String category, boolean borderArea, boolean customsControl) {
    String code = open(category, borderArea, customsControl);
    transfer(code);
    return code;
  }

  /** Walks an opened dossier through its QLTT tasks to the receiving unit's acknowledgment. */
  private void transfer(String code) {
    assertThat(
            upload(OFFICER, code, "bien-ban.pdf", "application/pdf", ReferralTestSupport.PDF)
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    completeTask(OFFICER, code, ReferralProcess.Elements.PREPARE_DOSSIER, Map.of());
    completeTask(
        OFFICER, code, ReferralProcess.Elements.CONFIRM_ROUTING, Map.of("routingOverride", false));
    completeTask(
        TEAM_LEADER,
        code,
        ReferralProcess.Elements.REVIEW_DOSSIER,
        Map.of("reviewOutcome", "APPROVED"));
    completeTask(
        CHI_CUC_LEADER,
        code,
        ReferralProcess.Elements.DECIDE_TRANSFER,
        Map.of("transferDecision", "TRANSFER"));
  }

  private HttpStatusCode read(String user, String code) {
    return as(user).getForEntity("/api/v1/referrals/" + code, JsonNode.class).getStatusCode();
  }

  private List<String> listed(String user, String query) {
    return as(user)
        .getForObject("/api/v1/referrals?size=200&" + query, JsonNode.class)
        .get("items")
        .findValuesAsText("code");
  }

  private long storedDocuments(String code) {
    return jdbc.queryForObject(
        "select count(*) from case_referral_document d join case_referral r on r.id = d.referral_id where r.code = ?",
        Long.class,
        code);
  }

  private long storedContents(String code) {
    return jdbc.queryForObject(
        "select count(*) from case_referral_document_content c join case_referral_document d on d.id = c.document_id"
            + " join case_referral r on r.id = d.referral_id where r.code = ?",
        Long.class,
        code);
  }

  // --------------------------------------------------------------------------------- tests

  @Test
  void officerOpensADossierAndReadsItWithTimelineAndClocks() {
    String code = open("SMUGGLED_GOODS", false, true);

    JsonNode detail = as(OFFICER).getForObject("/api/v1/referrals/" + code, JsonNode.class);
    assertThat(code).matches("CHS-\\d{4}-\\d{4}");
    assertThat(detail.get("status").asText()).isEqualTo("DRAFT");
    assertThat(detail.get("openingAgency").asText()).isEqualTo("QLTT-TNI-D1");
    assertThat(detail.get("subDepartment").asText()).isEqualTo("QLTT-TNI");
    assertThat(detail.at("/dossier/violationCategoryName").asText()).isEqualTo("Hàng nhập lậu");
    assertThat(detail.at("/clocks/0/name").asText()).isEqualTo("transfer");
    assertThat(detail.at("/clocks/0/running").asBoolean()).isTrue();
    assertThat(detail.at("/timeline/0/action").asText()).isEqualTo("OPENED");
    assertThat(detail.at("/timeline/0/actor").asText()).isEqualTo(OFFICER);

    JsonNode mine =
        as(OFFICER)
            .getForObject("/api/v1/referrals?openingAgency=QLTT-TNI-D1&size=200", JsonNode.class);
    assertThat(mine.get("items").findValuesAsText("code")).contains(code);
    JsonNode chiCuc =
        as(CHI_CUC_LEADER).getForObject("/api/v1/referrals?status=DRAFT&size=200", JsonNode.class);
    assertThat(chiCuc.get("items").findValuesAsText("code")).contains(code);
  }

  @Test
  void onlyQlttTeamStaffMayOpenADossierAndItIsValidated() {
    ResponseEntity<JsonNode> police =
        as(POLICE)
            .postForEntity(
                "/api/v1/referrals", dossier("SMUGGLED_GOODS", false, false), JsonNode.class);
    assertThat(police.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    Map<String, Object> bad = dossier("NOT_A_CATEGORY", false, false);
    ResponseEntity<JsonNode> invalid =
        as(OFFICER).postForEntity("/api/v1/referrals", bad, JsonNode.class);
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody().get("field").asText()).isEqualTo("violationCategory");
  }

  @Test
  void documentIsStoredWithHashSizeAndTypeAndDownloadedUnchanged() {
    String code = open("COUNTERFEIT_GOODS", false, false);

    ResponseEntity<JsonNode> uploaded =
        upload(OFFICER, code, "anh-hien-truong.png", "image/png", png());
    assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode document = uploaded.getBody();
    assertThat(document.get("sha256").asText()).isEqualTo(ReferralDocuments.sha256(png()));
    assertThat(document.get("size").asLong()).isEqualTo(png().length);
    assertThat(document.get("contentType").asText()).isEqualTo("image/png");
    assertThat(document.get("uploadedBy").asText()).isEqualTo(OFFICER);

    ResponseEntity<byte[]> download =
        as(TEAM_LEADER)
            .getForEntity(
                "/api/v1/referrals/" + code + "/documents/" + document.get("id").asLong(),
                byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(png());
    assertThat(download.getHeaders().getContentType().isCompatibleWith(MediaType.IMAGE_PNG))
        .isTrue();
    assertThat(download.getHeaders().getETag())
        .isEqualTo("\"" + ReferralDocuments.sha256(png()) + "\"");
    JsonNode detail = as(OFFICER).getForObject("/api/v1/referrals/" + code, JsonNode.class);
    assertThat(detail.get("documents").findValuesAsText("fileName"))
        .containsExactly("anh-hien-truong.png");
  }

  @Test
  void badDocumentsAreRefusedWith400AndNothingIsStored() {
    String code = open("COUNTERFEIT_GOODS", false, false);
    long documentsBefore = storedDocuments(code);

    ResponseEntity<JsonNode> empty =
        upload(OFFICER, code, "rong.pdf", "application/pdf", new byte[0]);
    byte[] tooLarge = Arrays.copyOf(ReferralTestSupport.PDF, 20 * 1024 * 1024 + 1);
    ResponseEntity<JsonNode> large =
        upload(OFFICER, code, "qua-lon.pdf", "application/pdf", tooLarge);
    ResponseEntity<JsonNode> text =
        upload(
            OFFICER, code, "ghi-chu.txt", "text/plain", "ghi chú".getBytes(StandardCharsets.UTF_8));
    ResponseEntity<JsonNode> disguised =
        upload(
            OFFICER,
            code,
            "hoa-don.pdf",
            "application/pdf",
            "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1));

    for (ResponseEntity<JsonNode> refused : List.of(empty, large, text, disguised)) {
      assertThat(refused.getStatusCode())
          .as(String.valueOf(refused.getBody()))
          .isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().get("field").asText()).isEqualTo("file");
      assertThat(refused.getBody().get("detail").asText()).isNotBlank();
    }
    assertThat(empty.getBody().get("detail").asText()).contains("rỗng");
    assertThat(large.getBody().get("detail").asText()).contains("dung lượng");
    assertThat(text.getBody().get("detail").asText()).contains("Loại tệp không được chấp nhận");
    assertThat(disguised.getBody().get("detail").asText()).contains("Nội dung tệp không đúng");
    assertThat(storedDocuments(code)).isEqualTo(documentsBefore);
    assertThat(storedContents(code)).isZero();
    JsonNode detail = as(OFFICER).getForObject("/api/v1/referrals/" + code, JsonNode.class);
    assertThat(detail.get("documents")).isEmpty();
    assertThat(detail.get("timeline").findValuesAsText("action")).doesNotContain("DOCUMENT_ADDED");
  }

  @Test
  void customsLiaisonCannotSeeOrCompleteAReferralAddressedToThePolice() {
    String code = transferred("COUNTERFEIT_GOODS", false, false);

    // The Police liaison sees it: REST and its task in /engine-rest.
    JsonNode police = as(POLICE).getForObject("/api/v1/referrals/" + code, JsonNode.class);
    assertThat(police.at("/routing/receivingAgency").asText()).isEqualTo("CA-TNI");
    String acknowledge = taskId(POLICE, code, ReferralProcess.Elements.ACKNOWLEDGE_RECEIPT);

    // The Customs liaison: not in the list, not by code, no documents, no task, cannot complete it.
    JsonNode customsList = as(CUSTOMS).getForObject("/api/v1/referrals?size=200", JsonNode.class);
    assertThat(customsList.get("items").findValuesAsText("code")).doesNotContain(code);
    assertThat(
            as(CUSTOMS)
                .getForEntity("/api/v1/referrals?receivingAgency=CA-TNI&size=200", JsonNode.class)
                .getBody()
                .get("items")
                .findValuesAsText("code"))
        .doesNotContain(code);
    assertThat(
            as(CUSTOMS).getForEntity("/api/v1/referrals/" + code, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    long documentId = police.at("/documents/0/id").asLong();
    assertThat(
            as(CUSTOMS)
                .getForEntity(
                    "/api/v1/referrals/" + code + "/documents/" + documentId, byte[].class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            upload(CUSTOMS, code, "x.pdf", "application/pdf", ReferralTestSupport.PDF)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(tasks(CUSTOMS, code)).isEmpty();
    assertThat(
            as(CUSTOMS)
                .getForEntity("/engine-rest/task/" + acknowledge, String.class)
                .getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    ResponseEntity<String> customsComplete =
        submit(
            CUSTOMS,
            acknowledge,
            Map.of("receiptDecision", "ACCEPTED", "receivedOn", ReferralTestSupport.today()));
    assertThat(customsComplete.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    ResponseEntity<String> customsClaim =
        as(CUSTOMS)
            .postForEntity(
                "/engine-rest/task/" + acknowledge + "/claim",
                Map.of("userId", CUSTOMS),
                String.class);
    assertThat(customsClaim.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    JsonNode variables =
        as(CUSTOMS)
            .getForEntity("/engine-rest/task/" + acknowledge + "/form-variables", JsonNode.class)
            .getBody();
    assertThat(variables.has("dossierSummary")).isFalse();

    // Neither does another province's QLTT officer see it.
    assertThat(
            as(OTHER_PROVINCE_OFFICER)
                .getForEntity("/api/v1/referrals/" + code, JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // Still open and still the Police's; the Police liaison completes it.
    assertThat(
            as(OFFICER)
                .getForObject("/api/v1/referrals/" + code, JsonNode.class)
                .get("status")
                .asText())
        .isEqualTo("TRANSFERRED");
    assertThat(
            submit(
                    POLICE,
                    acknowledge,
                    Map.of(
                        "receiptDecision", "ACCEPTED", "receivedOn", ReferralTestSupport.today()))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    JsonNode received = as(OFFICER).getForObject("/api/v1/referrals/" + code, JsonNode.class);
    assertThat(received.get("status").asText()).isEqualTo("AWAITING_DECISION");
    assertThat(received.get("timeline").findValuesAsText("actor"))
        .contains(POLICE)
        .doesNotContain(CUSTOMS);
  }

  @Test
  void dossierNotYetTransferredIsInvisibleToTheProposedUnitAndWithdrawnWithAReason() {
    String code = open("COUNTERFEIT_GOODS", false, false);
    upload(OFFICER, code, "bien-ban.pdf", "application/pdf", ReferralTestSupport.PDF);
    completeTask(OFFICER, code, ReferralProcess.Elements.PREPARE_DOSSIER, Map.of());
    assertThat(as(POLICE).getForEntity("/api/v1/referrals/" + code, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<JsonNode> noReason =
        as(OFFICER)
            .postForEntity("/api/v1/referrals/" + code + "/withdrawal", Map.of(), JsonNode.class);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<JsonNode> byPolice =
        as(POLICE)
            .postForEntity(
                "/api/v1/referrals/" + code + "/withdrawal", Map.of("reason", "x"), JsonNode.class);
    assertThat(byPolice.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<JsonNode> withdrawn =
        as(OFFICER)
            .postForEntity(
                "/api/v1/referrals/" + code + "/withdrawal",
                Map.of("reason", "Hàng đã được chứng minh nguồn gốc hợp pháp."),
                JsonNode.class);
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(withdrawn.getBody().get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(tasks(OFFICER, code)).isEmpty();
    ResponseEntity<JsonNode> again =
        as(OFFICER)
            .postForEntity(
                "/api/v1/referrals/" + code + "/withdrawal",
                Map.of("reason", "Lần nữa"),
                JsonNode.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void extensionsThroughTheApiFollowTheSameCapAndOnlyTheReceivingLiaisonMayRecordThem() {
    String code = transferred("COUNTERFEIT_GOODS", false, false);
    completeTask(
        POLICE,
        code,
        ReferralProcess.Elements.ACKNOWLEDGE_RECEIPT,
        Map.of("receiptDecision", "ACCEPTED", "receivedOn", ReferralTestSupport.today()));
    Map<String, Object> first =
        Map.of(
            "months",
            2,
            "reason",
            "Cần giám định.",
            "approvingBodyType",
            "INVESTIGATION_BODY",
            "approvingBody",
            "Thủ trưởng CQCSĐT");

    assertThat(
            as(OFFICER)
                .postForEntity("/api/v1/referrals/" + code + "/extensions", first, JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> tooLong =
        as(POLICE)
            .postForEntity(
                "/api/v1/referrals/" + code + "/extensions",
                Map.of(
                    "months",
                    3,
                    "reason",
                    "Phức tạp.",
                    "approvingBodyType",
                    "INVESTIGATION_BODY",
                    "approvingBody",
                    "Thủ trưởng"),
                JsonNode.class);
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    // the request's own field names, not the decision form's (extensionMonths, extensionReason)
    assertThat(tooLong.getBody().get("field").asText()).isEqualTo("months");
    ResponseEntity<JsonNode> noReason =
        as(POLICE)
            .postForEntity(
                "/api/v1/referrals/" + code + "/extensions",
                Map.of(
                    "months",
                    1,
                    "reason",
                    " ",
                    "approvingBodyType",
                    "INVESTIGATION_BODY",
                    "approvingBody",
                    "Thủ trưởng"),
                JsonNode.class);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().get("field").asText()).isEqualTo("reason");
    assertThat(noReason.getBody().at("/errors/0/field").asText()).isEqualTo("reason");

    ResponseEntity<JsonNode> extended =
        as(POLICE)
            .postForEntity("/api/v1/referrals/" + code + "/extensions", first, JsonNode.class);
    assertThat(extended.getStatusCode())
        .as(String.valueOf(extended.getBody()))
        .isEqualTo(HttpStatus.OK);
    assertThat(extended.getBody().get("extensions")).hasSize(1);
    assertThat(tasks(POLICE, code).findValuesAsText("taskDefinitionKey"))
        .containsExactly(ReferralProcess.Elements.RECORD_DECISION);

    JsonNode clocks = extended.getBody().get("clocks");
    assertThat(clocks.findValuesAsText("name")).contains("decision");
  }

  @Test
  void provinceManagerReadsTheProvincesReferralsAndTheNationalManagerReadsAll() {
    String code = open("COUNTERFEIT_GOODS", false, false);

    for (String reader : List.of(TAY_NINH_MANAGER, NATIONAL_MANAGER)) {
      assertThat(read(reader, code)).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(listed(reader, "status=DRAFT")).as(reader).contains(code);
    }
    // Another province's manager: neither by code nor in the list, whatever the filter names.
    assertThat(read(GIA_LAI_MANAGER, code)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(listed(GIA_LAI_MANAGER, "status=DRAFT")).doesNotContain(code);
    assertThat(listed(GIA_LAI_MANAGER, "openingAgency=QLTT-TNI-D1")).doesNotContain(code);
  }

  @Test
  void receivingUnitsProvinceManagerReadsTheReferralOnceItIsTransferred() {
    // A Tây Ninh team's case found in Gia Lai goes to the Gia Lai police.
    String code = open(dossier("COUNTERFEIT_GOODS", false, false, "GLA"));
    assertThat(read(GIA_LAI_MANAGER, code)).isEqualTo(HttpStatus.NOT_FOUND);

    transfer(code);

    JsonNode transferred = as(OFFICER).getForObject("/api/v1/referrals/" + code, JsonNode.class);
    assertThat(transferred.at("/routing/receivingAgency").asText()).isEqualTo("CA-GLA");
    assertThat(read(GIA_LAI_MANAGER, code)).isEqualTo(HttpStatus.OK);
    assertThat(listed(GIA_LAI_MANAGER, "receivingAgency=CA-GLA")).contains(code);
    assertThat(read(TAY_NINH_MANAGER, code)).isEqualTo(HttpStatus.OK);
  }

  @Test
  void managersReadButCannotUploadWithdrawOrExtend() {
    String code = open("COUNTERFEIT_GOODS", false, false);
    long documentsBefore = storedDocuments(code);
    Map<String, Object> extension =
        Map.of(
            "months",
            1,
            "reason",
            "Cần giám định.",
            "approvingBodyType",
            "INVESTIGATION_BODY",
            "approvingBody",
            "Thủ trưởng CQCSĐT");

    for (String manager : List.of(TAY_NINH_MANAGER, NATIONAL_MANAGER)) {
      assertThat(
              upload(manager, code, "x.pdf", "application/pdf", ReferralTestSupport.PDF)
                  .getStatusCode())
          .as(manager + " uploads")
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(
              as(manager)
                  .postForEntity(
                      "/api/v1/referrals/" + code + "/withdrawal",
                      Map.of("reason", "Rút thử."),
                      JsonNode.class)
                  .getStatusCode())
          .as(manager + " withdraws")
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(
              as(manager)
                  .postForEntity(
                      "/api/v1/referrals/" + code + "/extensions", extension, JsonNode.class)
                  .getStatusCode())
          .as(manager + " extends")
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    // Nor edit the dossier: the manager reads its task but cannot complete it.
    String prepare = taskId(TAY_NINH_MANAGER, code, ReferralProcess.Elements.PREPARE_DOSSIER);
    assertThat(submit(TAY_NINH_MANAGER, prepare, Map.of("caseSummary", "Sửa thử.")).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    // Another province's manager does not even learn that it exists.
    assertThat(
            upload(GIA_LAI_MANAGER, code, "x.pdf", "application/pdf", ReferralTestSupport.PDF)
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    JsonNode unchanged = as(OFFICER).getForObject("/api/v1/referrals/" + code, JsonNode.class);
    assertThat(unchanged.get("status").asText()).isEqualTo("DRAFT");
    assertThat(unchanged.at("/dossier/caseSummary").asText()).startsWith("Kiểm tra xe tải");
    assertThat(unchanged.get("timeline").findValuesAsText("action"))
        .doesNotContain("DOCUMENT_ADDED", "WITHDRAWN");
    assertThat(storedDocuments(code)).isEqualTo(documentsBefore);
  }

  @Test
  void overdueFilterListsReferralsPastTheirRunningClock() {
    String code = open("PRICE", false, false);
    JsonNode notOverdue =
        as(OFFICER).getForObject("/api/v1/referrals?overdue=false&size=200", JsonNode.class);
    assertThat(notOverdue.get("items").findValuesAsText("code")).contains(code);
    JsonNode overdue =
        as(OFFICER).getForObject("/api/v1/referrals?overdue=true&size=200", JsonNode.class);
    assertThat(overdue.get("items").findValuesAsText("code")).doesNotContain(code);
  }

  private static byte[] png() {
    return new byte[] {
      (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3
    };
  }

  @Test
  void theNewStepsCannotBeForgedThroughTheEngineApi() {
    String code = transferred("COUNTERFEIT_GOODS", false, false);
    String acknowledge = taskId(POLICE, code, ReferralProcess.Elements.ACKNOWLEDGE_RECEIPT);

    // A refusal cannot also move the dossier: receivingAgency and the clocks are PhoiHop's.
    ResponseEntity<String> forged =
        submit(
            POLICE,
            acknowledge,
            Map.of(
                "receiptDecision",
                "REFUSED",
                "refusalReason",
                "Không thuộc thẩm quyền.",
                "receivingAgency",
                "HQ-KV17"));
    assertThat(forged.getStatusCode()).as(forged.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(forged.getBody()).contains("receivingAgency");
    // A date in the future is refused naming the field; the task stays open.
    ResponseEntity<String> future =
        submit(
            POLICE,
            acknowledge,
            Map.of(
                "receiptDecision",
                "ACCEPTED",
                "receivedOn",
                vn.phoihop.TestRequests.formDate(
                    vn.phoihop.shared.Clocks.today().plusDays(1).toString())));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(future.getBody())
        .contains("\"field\":\"receivedOn\"", "không được sau ngày hôm nay");
    assertThat(taskId(POLICE, code, ReferralProcess.Elements.ACKNOWLEDGE_RECEIPT))
        .isEqualTo(acknowledge);

    completeTask(
        POLICE,
        code,
        ReferralProcess.Elements.ACKNOWLEDGE_RECEIPT,
        Map.of("receiptDecision", "ACCEPTED", "receivedOn", ReferralTestSupport.today()));
    String decision = taskId(POLICE, code, ReferralProcess.Elements.RECORD_DECISION);
    // The QLTT team cannot record the receiving agency's decision, nor can customs.
    Map<String, Object> forward =
        Map.of(
            "decisionOutcome",
            "FORWARDED",
            "forwardAgency",
            "HQ-KV17",
            "forwardDate",
            ReferralTestSupport.today(),
            "forwardReason",
            "Thuộc thẩm quyền của Hải quan.");
    assertThat(submit(OFFICER, decision, forward).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(submit(CUSTOMS, decision, forward).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    // Forwarding to a body that is not competent (a Department of Industry and Trade) is refused.
    ResponseEntity<String> notCompetent =
        submit(
            POLICE,
            decision,
            Map.of(
                "decisionOutcome",
                "FORWARDED",
                "forwardAgency",
                "SCT-TNI",
                "forwardDate",
                ReferralTestSupport.today(),
                "forwardReason",
                "Thử."));
    assertThat(notCompetent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notCompetent.getBody()).contains("\"field\":\"forwardAgency\"");

    completeTask(POLICE, code, ReferralProcess.Elements.RECORD_DECISION, forward);
    // Now the competent body holds it: its liaison sees the acknowledgment, the police do not.
    String customsAck = taskId(CUSTOMS, code, ReferralProcess.Elements.ACKNOWLEDGE_RECEIPT);
    assertThat(tasks(POLICE, code)).isEmpty();
    assertThat(
            submit(POLICE, customsAck, Map.of("receiptDecision", "REFUSED", "refusalReason", "x"))
                .getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    JsonNode referral = as(CUSTOMS).getForObject("/api/v1/referrals/" + code, JsonNode.class);
    assertThat(referral.get("status").asText()).isEqualTo("TRANSFERRED");
    assertThat(referral.get("routing").get("receivingAgency").asText()).isEqualTo("HQ-KV17");
    assertThat(referral.get("timeline").findValuesAsText("action")).contains("FORWARDED");
    assertThat(referral.get("legalDates").get("handedOverOn").asText())
        .isEqualTo(vn.phoihop.shared.Clocks.today().toString());
  }
}
