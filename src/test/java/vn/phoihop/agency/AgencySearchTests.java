package vn.phoihop.agency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * {@code GET /api/v1/agencies?q=…} as a Vietnamese user types it: with or without diacritics, any
 * case, a code; current bodies first, then former ones with today's successor. Same context as
 * {@link AgencyApiTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgencySearchTests {

  private static final String PASSWORD = "Xy7!long-pass-42";

  @Autowired TestRestTemplate anonymous;
  @Autowired IdentityService identityService;

  private TestRestTemplate http;
  private String userId;

  @BeforeEach
  void createThrowAwayUser() {
    userId = "searchtest" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    User user = identityService.newUser(userId);
    user.setFirstName("Search");
    user.setLastName("Test");
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    http = anonymous.withBasicAuth(userId, PASSWORD);
  }

  @AfterEach
  void deleteThrowAwayUser() {
    identityService.deleteUser(userId);
  }

  private JsonNode agencies(String query) {
    ResponseEntity<JsonNode> response =
        http.getForEntity("/api/v1/agencies" + query, JsonNode.class);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static List<String> codes(JsonNode agencies) {
    return agencies.findValuesAsText("code");
  }

  @ParameterizedTest(name = "q={0}")
  @ValueSource(strings = {"Tiền Giang", "tien giang", "TIEN GIANG", "tiền   giang", "TGG", "tgg"})
  void findsTheFormerProvinceWithOrWithoutDiacriticsAndTodaysBodiesFirst(String q) {
    JsonNode found = agencies("?q=" + q);
    List<String> codes = codes(found);

    assertThat(codes).contains("CQLTT-TGG", "SCT-TGG", "CA-TGG", "QLTT-DTP", "SCT-DTP", "CA-DTP");
    // Every body in force comes before every former one.
    int lastCurrent = -1;
    int firstFormer = Integer.MAX_VALUE;
    for (int i = 0; i < found.size(); i++) {
      if (found.get(i).get("validTo").isNull()) {
        lastCurrent = i;
      } else {
        firstFormer = Math.min(firstFormer, i);
      }
    }
    assertThat(lastCurrent).isLessThan(firstFormer);
    // A former body says which body carries on its work today.
    JsonNode former = found.get(codes.indexOf("CQLTT-TGG"));
    assertThat(former.get("name").asText()).isEqualTo("Cục Quản lý thị trường tỉnh Tiền Giang");
    assertThat(former.get("currentSuccessorCode").asText()).isEqualTo("QLTT-DTP");
  }

  @Test
  void matchesEveryWordOfANameInAnyOrderOfCaseAndAccent() {
    assertThat(codes(agencies("?q=chi cuc quan ly thi truong gia lai")))
        .startsWith("QLTT-GLA")
        .doesNotContain("QLTT-TNI");
    assertThat(codes(agencies("?q=Hải quan khu vực XVII")))
        .as("the whole numeral first, then the one it begins")
        .containsExactly("HQ-KV17", "HQ-KV18");
    assertThat(codes(agencies("?q=tien gi"))).as("words as they are typed").contains("CQLTT-TGG");
    assertThat(codes(agencies("?q=bo chi huy bien phong tay ninh"))).contains("BDBP-TNI");
    assertThat(codes(agencies("?q=Đồn Biên phòng Mộc Bài"))).containsExactly("BP-MOCBAI");
    assertThat(codes(agencies("?q=qltt-vlg-d5"))).containsExactly("QLTT-VLG-D5");
    assertThat(codes(agencies("?q=sở công thương hồ chí minh"))).contains("SCT-HCM");
    assertThat(agencies("?q=khong co don vi nao ten nay")).isEmpty();
  }

  @Test
  void aFormerProvinceCodeFindsTodaysBodiesOfTheProvinceItMergedInto() {
    assertThat(codes(agencies("?province=LAN&activeOn=2026-01-01")))
        .contains("QLTT-TNI", "SCT-TNI", "CA-TNI")
        .doesNotContain("CQLTT-LAN");
    assertThat(codes(agencies("?province=TGG&type=QLTT_SUB_DEPARTMENT&activeOn=2026-06-01")))
        .containsExactly("QLTT-DTP");
    assertThat(codes(agencies("?province=TNI&type=QLTT_SUB_DEPARTMENT&activeOn=2024-01-01")))
        .containsExactlyInAnyOrder("CQLTT-TNI", "CQLTT-LAN");
    // A customs branch is found in every province it serves.
    assertThat(codes(agencies("?province=GLA&type=CUSTOMS_BRANCH"))).containsExactly("HQ-KV14");
  }

  @Test
  void unknownParametersAreRefusedNamingThem() {
    ResponseEntity<JsonNode> refused =
        http.getForEntity("/api/v1/agencies?name=Tiền Giang", JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("field").asText()).isEqualTo("name");
    assertThat(refused.getBody().get("detail").asText()).contains("q");
  }
}
