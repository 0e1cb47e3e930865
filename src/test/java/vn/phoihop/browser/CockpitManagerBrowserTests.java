package vn.phoihop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.phoihop.TestRequests;

/**
 * Scenario 4: a province manager opens Cockpit in an English browser, gets it in Vietnamese, and
 * sees the referrals of their own province only.
 */
@BrowserTest
class CockpitManagerBrowserTests {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;

  @Value("${phoihop.demo.password}")
  String password;

  @Test
  void aProvinceManagerSeesOnlyTheirProvincesInstancesInVietnamese() {
    String tayNinh = open("canbo.qltttnid1", TestRequests.dossier());
    Map<String, Object> giaLai = TestRequests.dossier();
    giaLai.put("provinceCode", "GLA");
    giaLai.put("foundPlace", "Cửa khẩu Lệ Thanh, xã Ia Dom");
    String other = open("canbo.qlttglad4", giaLai);

    try (Browser browser = Browser.open(port, "4-cockpit-manager", "en-US")) {
      browser.go("/camunda/app/cockpit/default/");
      browser.visible(By.cssSelector("form input[ng-model='username']"));
      assertThat(browser.text()).contains("Đăng nhập").doesNotContain("Sign in");
      browser.login("cockpit", "quanly.qltttni", password);

      String definition =
          repository
              .createProcessDefinitionQuery()
              .processDefinitionKey("case-referral")
              .latestVersion()
              .singleResult()
              .getId();
      browser.go("/camunda/app/cockpit/default/#/process-definition/" + definition + "/runtime");
      String page = browser.waitForText(tayNinh);
      browser.shot("referral-instances-of-tay-ninh");

      assertThat(page).contains("Mã nghiệp vụ").doesNotContain(other);
      assertThat(page).doesNotContain("Business Key").doesNotContain("Process Instances");
      // Every referral listed is one the manager may read by the province rule (its opening or its
      // receiving unit in Tây Ninh), the same answer /api/v1 gives.
      browser.all(By.cssSelector("td.business-key")).stream()
          .map(cell -> cell.getText().trim())
          .filter(key -> !key.isEmpty())
          .forEach(
              key ->
                  assertThat(
                          rest.withBasicAuth("quanly.qltttni", password)
                              .getForEntity("/api/v1/referrals/" + key, Map.class)
                              .getStatusCode())
                      .as(key)
                      .isEqualTo(HttpStatus.OK));
    }
  }

  private String open(String user, Map<String, Object> dossier) {
    ResponseEntity<Map> created =
        rest.withBasicAuth(user, password).postForEntity("/api/v1/referrals", dossier, Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("code");
  }
}
