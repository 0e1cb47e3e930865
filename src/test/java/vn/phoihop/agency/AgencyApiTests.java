package vn.phoihop.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgencyApiTests {

  private static final String PASSWORD = "Xy7!long-pass-42";

  @Autowired TestRestTemplate anonymous;
  @Autowired IdentityService identityService;

  private TestRestTemplate http;
  private String userId;

  @BeforeEach
  void createThrowAwayUser() {
    // Any authenticated user may read reference data; no group or authorization needed.
    userId = "agencytest" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    User user = identityService.newUser(userId);
    user.setFirstName("Agency");
    user.setLastName("Test");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    http = anonymous.withBasicAuth(userId, PASSWORD);
  }

  @AfterEach
  void deleteThrowAwayUser() {
    identityService.deleteUser(userId);
  }

  @Test
  void refusesCallersWithoutCredentials() {
    ResponseEntity<String> response = anonymous.getForEntity("/api/v1/agencies", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void refusesWrongPassword() {
    ResponseEntity<String> response =
        anonymous
            .withBasicAuth(userId, "Wrong!pass-42")
            .getForEntity("/api/v1/agencies", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void returnsOneAgencyWithItsVietnameseNameIntact() {
    ResponseEntity<AgencyView> response =
        http.getForEntity("/api/v1/agencies/QLTT-TNI", AgencyView.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    AgencyView agency = response.getBody();
    assertThat(agency.name()).isEqualTo("Chi cục Quản lý thị trường tỉnh Tây Ninh");
    assertThat(agency.type()).isEqualTo(AgencyType.QLTT_SUB_DEPARTMENT);
    assertThat(agency.typeLabel()).isEqualTo("Chi cục Quản lý thị trường");
    assertThat(agency.provinceCode()).isEqualTo("TNI");
    assertThat(agency.provinceName()).isEqualTo("Tây Ninh");
    assertThat(agency.validFrom()).hasToString("2025-07-01");
    assertThat(agency.validTo()).isNull();
    // March–June 2025: the former provinces' Chi cục under their Sở Công Thương.
    assertThat(agency.predecessorCodes()).containsExactly("CCQLTT-LAN", "CCQLTT-TNI");
  }

  @Test
  void findsTheFormerLongAnDepartmentAsPredecessorActiveOnlyBeforeTheMerger() {
    AgencyView longAn = http.getForObject("/api/v1/agencies/CQLTT-LAN", AgencyView.class);
    assertThat(longAn.name()).isEqualTo("Cục Quản lý thị trường tỉnh Long An");
    assertThat(longAn.successorCode()).isEqualTo("CCQLTT-LAN");
    assertThat(longAn.currentSuccessorCode()).isEqualTo("QLTT-TNI");
    assertThat(longAn.provinceName()).isEqualTo("Long An");

    assertThat(codes(agencies("?activeOn=2024-01-01")))
        .contains("CQLTT-LAN")
        .doesNotContain("QLTT-TNI");
    assertThat(codes(agencies("?activeOn=2026-01-01")))
        .contains("QLTT-TNI")
        .doesNotContain("CQLTT-LAN");
  }

  @Test
  void filtersByTypeProvinceAndDateInForce() {
    assertThat(codes(agencies("?type=PROVINCIAL_POLICE&province=TNI&activeOn=2026-01-01")))
        .containsExactly("CA-TNI");
    assertThat(codes(agencies("?type=QLTT_TEAM&province=VLG")))
        .containsExactly("QLTT-VLG-D1", "QLTT-VLG-D2", "QLTT-VLG-D5");
    // Tây Ninh since the merger holds former Long An: its bodies are Tây Ninh's history too.
    assertThat(codes(agencies("?type=QLTT_SUB_DEPARTMENT&province=TNI")))
        .containsExactly("CCQLTT-LAN", "CCQLTT-TNI", "CQLTT-LAN", "CQLTT-TNI", "QLTT-TNI");
    assertThat(codes(agencies("?type=QLTT_SUB_DEPARTMENT&province=TNI&activeOn=2026-01-01")))
        .containsExactly("QLTT-TNI");
    assertThat(agencies("?type=BORDER_GUARD&activeOn=2026-01-01"))
        .extracting(AgencyView::code)
        .contains("BP-MOCBAI", "BP-COCHIEN");
    assertThat(agencies("?type=BORDER_GUARD")).allMatch(AgencyView::borderArea);
  }

  @Test
  void listsAllAgenciesByCodeWithoutFilters() {
    List<String> codes = codes(agencies(""));

    assertThat(codes).contains("QLTT-TNI", "BCT-TTTN", "TCQLTT", "VKS-TNI").isSorted();
  }

  @Test
  void rejectsUnknownTypeNamingTheParameter() {
    ResponseEntity<Map<String, Object>> response = problem("/api/v1/agencies?type=FOO");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("field", "type");
  }

  @Test
  void rejectsMalformedDateNamingTheParameter() {
    ResponseEntity<Map<String, Object>> response = problem("/api/v1/agencies?activeOn=01/01/2026");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("field", "activeOn");
  }

  @Test
  void rejectsUnknownProvinceNamingTheParameter() {
    ResponseEntity<Map<String, Object>> response = problem("/api/v1/agencies?province=XYZ");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("field", "province");
  }

  @Test
  void answersNotFoundForUnknownAgency() {
    ResponseEntity<Map<String, Object>> response = problem("/api/v1/agencies/NO-SUCH-AGENCY");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody().get("detail"))
        .asString()
        .contains("Không tìm thấy đơn vị có mã 'NO-SUCH-AGENCY'");
  }

  @Test
  void listsTheThirtyFourCurrentProvinces() {
    ProvinceView[] provinces = http.getForObject("/api/v1/provinces", ProvinceView[].class);

    assertThat(provinces).hasSize(34).allMatch(p -> p.mergedInto() == null);
    assertThat(provinces)
        .extracting(ProvinceView::code)
        .contains("TNI", "VLG", "DTP", "QNG", "GLA")
        .allMatch(code -> code.matches("[A-Z]{3}"))
        .doesNotHaveDuplicates();
    assertThat(provinces).contains(new ProvinceView("DTP", "Đồng Tháp", null, true));
  }

  @Test
  void listsFormerProvincesWithTheProvinceTheyMergedIntoOnRequest() {
    ProvinceView[] provinces =
        http.getForObject("/api/v1/provinces?includeMerged=true", ProvinceView[].class);

    assertThat(provinces).hasSize(63);
    assertThat(provinces)
        .contains(
            new ProvinceView("LAN", "Long An", "TNI", false),
            new ProvinceView("TGG", "Tiền Giang", "DTP", false),
            new ProvinceView("KTM", "Kon Tum", "QNG", false),
            new ProvinceView("BDH", "Bình Định", "GLA", false));
  }

  @Test
  void listsCoordinationFieldsAndViolationCategories() {
    CodeName[] fields = http.getForObject("/api/v1/fields", CodeName[].class);
    assertThat(fields).hasSize(15).contains(new CodeName("FOOD_SAFETY", "An toàn thực phẩm"));

    List<Map<String, Object>> categories =
        http.exchange(
                "/api/v1/violation-categories",
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .getBody();
    assertThat(categories).hasSize(11);
    assertThat(categories.get(0))
        .containsEntry("code", "SMUGGLED_GOODS")
        .containsEntry("name", "Hàng nhập lậu")
        .containsEntry("criminalCodeArticle", "188, 189");
  }

  private List<AgencyView> agencies(String query) {
    ResponseEntity<AgencyView[]> response =
        http.getForEntity("/api/v1/agencies" + query, AgencyView[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return Arrays.asList(response.getBody());
  }

  private ResponseEntity<Map<String, Object>> problem(String url) {
    return http.exchange(
        url, HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() {});
  }

  private static List<String> codes(List<AgencyView> agencies) {
    return agencies.stream().map(AgencyView::code).toList();
  }
}
