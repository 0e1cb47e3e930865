package vn.phoihop.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.TestRequests;

/**
 * Administrators keep the registry over {@code /api/v1}: a new team is usable at once (its groups
 * exist, a user of it starts a referral and sees its task), every change is audited, and nobody
 * else can change anything.
 */
@PhoiHopIntegrationTest
class RegistryAdministrationTests {

  private static final String ADMIN = "quantri";
  private static final String STAFF = "canbo.qltttni";
  private static final String NEW_USER_PASSWORD = "Doi9!moi-thanh-lap";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;

  @Value("${phoihop.demo.password}")
  String password;

  private TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, password);
  }

  /**
   * A code no other run or test uses: the PostgreSQL database is shared by every test class. In
   * Huế, whose agencies no other test lists.
   */
  private static String newCode() {
    return "QLTT-HUE-T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
  }

  private static Map<String, Object> team(String code) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", "Đội Quản lý thị trường số 9 (Chi cục QLTT thành phố Huế)");
    body.put("shortName", "Đội QLTT số 9 (Huế)");
    body.put("type", "QLTT_TEAM");
    body.put("provinceCode", "HUE");
    body.put("parentCode", "QLTT-HUE");
    body.put("validFrom", "2026-01-01");
    body.put("borderArea", false);
    body.put("reason", "Quyết định số 15/QĐ-SCT thành lập Đội QLTT số 9.");
    return body;
  }

  @Test
  void anAdministratorAddsATeamWhoseUserThenSeesItsTasksAndTheAuditListsTheChange() {
    String code = newCode();
    ResponseEntity<JsonNode> created =
        as(ADMIN).postForEntity("/api/v1/agencies", team(code), JsonNode.class);

    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/agencies/" + code);
    assertThat(created.getBody().get("name").asText())
        .isEqualTo("Đội Quản lý thị trường số 9 (Chi cục QLTT thành phố Huế)");
    // Its groups exist at once, in the same transaction as the agency.
    for (String group : List.of(code, code + ".staff", code + ".leader")) {
      assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isOne();
    }
    // Every signed-in user reads it now, by code and by name without diacritics.
    JsonNode read = as(STAFF).getForObject("/api/v1/agencies/" + code, JsonNode.class);
    assertThat(read.get("parentCode").asText()).isEqualTo("QLTT-HUE");
    assertThat(codes(as(STAFF).getForObject("/api/v1/agencies?q=doi qltt so 9", JsonNode.class)))
        .contains(code);

    // The administrator gives the team a member, as in the Admin webapp (engine REST API).
    String user = "canbo." + code.replace("-", "").toLowerCase(Locale.ROOT);
    Map<String, Object> profile =
        Map.of(
            "id",
            user,
            "firstName",
            "Trần Văn",
            "lastName",
            "Chín",
            "email",
            user + "@demo.phoihop.vn");
    ResponseEntity<String> newUser =
        as(ADMIN)
            .postForEntity(
                "/engine-rest/user/create",
                Map.of("profile", profile, "credentials", Map.of("password", NEW_USER_PASSWORD)),
                String.class);
    assertThat(newUser.getStatusCode()).as(newUser.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    for (String group : List.of(code, code + ".staff", "staff")) {
      ResponseEntity<String> member =
          as(ADMIN)
              .exchange(
                  "/engine-rest/group/" + group + "/members/" + user,
                  HttpMethod.PUT,
                  HttpEntity.EMPTY,
                  String.class);
      assertThat(member.getStatusCode()).as(group).isEqualTo(HttpStatus.NO_CONTENT);
    }
    try {
      TestRestTemplate member = rest.withBasicAuth(user, NEW_USER_PASSWORD);
      ResponseEntity<JsonNode> referral =
          member.postForEntity("/api/v1/referrals", dossier(), JsonNode.class);
      assertThat(referral.getStatusCode())
          .as("%s", referral.getBody())
          .isEqualTo(HttpStatus.CREATED);
      String referralCode = referral.getBody().get("code").asText();
      assertThat(referral.getBody().get("openingAgency").asText()).isEqualTo(code);

      JsonNode tasks =
          member.getForObject(
              "/engine-rest/task?processInstanceBusinessKey=" + referralCode, JsonNode.class);
      assertThat(tasks).hasSize(1);
      assertThat(tasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_PrepareDossier");
      // Someone of another team does not see it.
      JsonNode othersTasks =
          as("canbo.qltttnid1")
              .getForObject(
                  "/engine-rest/task?processInstanceBusinessKey=" + referralCode, JsonNode.class);
      assertThat(othersTasks).isEmpty();
    } finally {
      identityService.deleteUser(user);
    }

    // Renamed, then closed with a successor: each change in the audit, oldest first.
    Map<String, Object> rename =
        Map.of(
            "name", "Đội Quản lý thị trường số 9 (cơ động)",
            "shortName", "Đội QLTT số 9 cơ động (Huế)",
            "reason", "Quyết định số 16/QĐ-SCT đổi tên đội.");
    assertThat(
            as(ADMIN)
                .postForEntity("/api/v1/agencies/" + code + "/rename", rename, JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    Map<String, Object> close =
        Map.of(
            "validTo", "2026-12-31",
            "successorCode", "QLTT-HUE-D1",
            "reason", "Sáp nhập vào Đội QLTT số 1 theo Quyết định số 20/QĐ-SCT.");
    JsonNode closed =
        as(ADMIN)
            .postForEntity("/api/v1/agencies/" + code + "/close", close, JsonNode.class)
            .getBody();
    assertThat(closed.get("validTo").asText()).isEqualTo("2026-12-31");
    assertThat(closed.get("successorCode").asText()).isEqualTo("QLTT-HUE-D1");
    assertThat(identityService.createGroupQuery().groupId(code).singleResult().getName())
        .as("renaming renames the groups")
        .isEqualTo("Đội Quản lý thị trường số 9 (cơ động)");

    JsonNode audit =
        as(ADMIN).getForObject("/api/v1/agencies/" + code + "/changes", JsonNode.class);
    assertThat(audit).hasSize(3);
    assertThat(audit.findValuesAsText("action")).containsExactly("CREATED", "RENAMED", "CLOSED");
    assertThat(audit.findValuesAsText("changedBy")).containsOnly(ADMIN);
    assertThat(audit.get(0).get("reason").asText())
        .isEqualTo("Quyết định số 15/QĐ-SCT thành lập Đội QLTT số 9.");
    assertThat(audit.get(1).get("details").asText())
        .contains(
            "Đội Quản lý thị trường số 9 (Chi cục QLTT thành phố Huế) → Đội Quản lý thị trường số"
                + " 9 (cơ động); tên viết tắt: Đội QLTT số 9 (Huế) → Đội QLTT số 9 cơ động (Huế).");
    assertThat(audit.get(2).get("details").asText())
        .contains("31/12/2026", "Đội Quản lý thị trường số 1")
        .contains("QLTT-HUE-D1");
    assertThat(audit.get(0).get("changedAt").asText()).isNotBlank();
    // The latest changes of the whole registry list it too.
    assertThat(
            as(ADMIN)
                .getForObject("/api/v1/agency-changes", JsonNode.class)
                .findValuesAsText("agencyCode"))
        .contains(code);
    // Closed: no further change.
    ResponseEntity<JsonNode> again =
        as(ADMIN).postForEntity("/api/v1/agencies/" + code + "/rename", rename, JsonNode.class);
    assertThat(again.getStatusCode()).as("%s", again.getBody()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void nobodyButAnAdministratorChangesTheRegistryOrReadsItsAudit() {
    String code = newCode();
    for (String user : List.of(STAFF, "lanhdao.qltttni", "quanly.qltttni", "daumoi.catni")) {
      ResponseEntity<JsonNode> refused =
          as(user).postForEntity("/api/v1/agencies", team(code), JsonNode.class);
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().get("detail").asText())
          .isEqualTo("Chỉ quản trị hệ thống mới được thay đổi danh mục đơn vị.");
      assertThat(
              as(user)
                  .postForEntity(
                      "/api/v1/agencies/QLTT-TNI-D1/close",
                      Map.of("validTo", "2026-12-31", "successorCode", "QLTT-TNI", "reason", "x"),
                      JsonNode.class)
                  .getStatusCode())
          .as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(
              as(user)
                  .getForEntity("/api/v1/agencies/QLTT-TNI/changes", JsonNode.class)
                  .getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(as(STAFF).getForEntity("/api/v1/agencies/" + code, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            as(STAFF)
                .getForObject("/api/v1/agencies/QLTT-TNI-D1", JsonNode.class)
                .get("validTo")
                .isNull())
        .isTrue();
    assertThat(identityService.createGroupQuery().groupId(code).count()).isZero();
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndChangesNothing() {
    String code = newCode();
    Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
    cases.put("reason", without(team(code), "reason"));
    cases.put("code", with(team(code), "code", "doi-9"));
    cases.put("type", with(team(code), "type", "QLTT_SQUAD"));
    cases.put("provinceCode", with(team(code), "provinceCode", "LAN"));
    cases.put("parentCode", with(team(code), "parentCode", "CQLTT-LAN"));
    cases.put("validFrom", with(team(code), "validFrom", "01/01/2026"));
    cases.put("name", with(team(code), "name", "  "));
    cases.put("email", with(team(code), "email", "khong-phai-thu"));
    for (Map.Entry<String, Map<String, Object>> bad : cases.entrySet()) {
      ResponseEntity<JsonNode> refused =
          as(ADMIN).postForEntity("/api/v1/agencies", bad.getValue(), JsonNode.class);
      assertThat(refused.getStatusCode()).as(bad.getKey()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().get("field").asText()).isEqualTo(bad.getKey());
      assertThat(refused.getBody().get("title").asText()).isEqualTo("Invalid input");
      assertThat(refused.getBody().get("detail").asText()).as(bad.getKey()).isNotBlank();
    }
    assertThat(as(ADMIN).getForEntity("/api/v1/agencies/" + code, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // An existing code, closed or not, is never reused.
    ResponseEntity<JsonNode> taken =
        as(ADMIN)
            .postForEntity(
                "/api/v1/agencies", with(team(code), "code", "CQLTT-LAN"), JsonNode.class);
    assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    // Closing needs a successor in force the next day, and not a body it took over.
    Map<String, Object> noSuccessor =
        Map.of("validTo", "2026-12-31", "successorCode", "CQLTT-LAN", "reason", "Sáp nhập.");
    ResponseEntity<JsonNode> refused =
        as(ADMIN).postForEntity("/api/v1/agencies/QLTT-TNI/close", noSuccessor, JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("field").asText()).isEqualTo("successorCode");
    assertThat(
            as(ADMIN)
                .getForObject("/api/v1/agencies/QLTT-TNI", JsonNode.class)
                .get("validTo")
                .isNull())
        .isTrue();
    assertThat(as(ADMIN).getForObject("/api/v1/agencies/QLTT-TNI/changes", JsonNode.class))
        .isEmpty();
  }

  @Test
  void anAdministratorGivesAProvinceToAnotherCustomsBranchAndCustomsCasesGoThere() {
    // Lâm Đồng: its branch is one of the assumed ones, and no other test routes a case there.
    Map<String, Object> toXiv =
        Map.of(
            "branchCode", "HQ-KV14", "reason", "Công văn của Cục Hải quan về địa bàn khu vực XIV.");
    assertThat(
            as(STAFF)
                .postForEntity("/api/v1/provinces/LDG/customs-branch", toXiv, JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> notABranch =
        as(ADMIN)
            .postForEntity(
                "/api/v1/provinces/LDG/customs-branch",
                Map.of("branchCode", "CA-LDG", "reason", "Nhầm."),
                JsonNode.class);
    assertThat(notABranch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notABranch.getBody().get("field").asText()).isEqualTo("branchCode");
    ResponseEntity<JsonNode> formerProvince =
        as(ADMIN).postForEntity("/api/v1/provinces/BTN/customs-branch", toXiv, JsonNode.class);
    assertThat(formerProvince.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(formerProvince.getBody().get("field").asText()).isEqualTo("provinceCode");
    assertThat(servingBranch("LDG")).isEqualTo("HQ-KV15");

    JsonNode branch =
        as(ADMIN)
            .postForEntity("/api/v1/provinces/LDG/customs-branch", toXiv, JsonNode.class)
            .getBody();
    try {
      assertThat(branch.get("code").asText()).isEqualTo("HQ-KV14");
      assertThat(branch.get("servedProvinces").toString()).contains("LDG", "GLA", "DLK");
      assertThat(servingBranch("LDG")).isEqualTo("HQ-KV14");
      JsonNode audit = as(ADMIN).getForObject("/api/v1/agencies/HQ-KV14/changes", JsonNode.class);
      assertThat(audit.get(audit.size() - 1).get("action").asText()).isEqualTo("COVERAGE");
      assertThat(audit.get(audit.size() - 1).get("details").asText())
          .isEqualTo("Tỉnh LDG: chi cục hải quan phụ trách HQ-KV15 → HQ-KV14.");
    } finally {
      as(ADMIN)
          .postForEntity(
              "/api/v1/provinces/LDG/customs-branch",
              Map.of("branchCode", "HQ-KV15", "reason", "Trả lại như dữ liệu ban đầu."),
              JsonNode.class);
    }
    assertThat(servingBranch("LDG")).isEqualTo("HQ-KV15");
  }

  /** The branch a customs case of the province goes to, as the API lists it. */
  private String servingBranch(String province) {
    JsonNode branches =
        as(STAFF)
            .getForObject(
                "/api/v1/agencies?type=CUSTOMS_BRANCH&province=" + province, JsonNode.class);
    assertThat(branches).hasSize(1);
    return branches.get(0).get("code").asText();
  }

  private static Map<String, Object> without(Map<String, Object> body, String key) {
    body.remove(key);
    return body;
  }

  private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
    body.put(key, value);
    return body;
  }

  private static List<String> codes(JsonNode agencies) {
    return agencies.findValuesAsText("code");
  }

  /** A case found in Huế, where the new team works. */
  private static Map<String, Object> dossier() {
    Map<String, Object> d = TestRequests.dossier();
    d.put("foundPlace", "Chợ Đông Ba, phường Phú Xuân");
    d.put("provinceCode", "HUE");
    return d;
  }
}
