package vn.phoihop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.phoihop.TestRequests;
import vn.phoihop.shared.Clocks;

/**
 * Tây Ninh's Chi cục has opened an agreement and let its draft go three days past due. A national
 * manager signs in to Tasklist, opens the dashboard from the header link, sees its charts drawn and
 * the demo campaign's "40/49 đã nộp", clicks that figure through to the campaign's list — the nine
 * missing Sở first — and finds the same link in Cockpit's header. The dashboard is saved as {@code
 * target/screenshots/dashboard.png}.
 */
@BrowserTest
class DashboardBrowserTests {

  private static final List<String> MISSING =
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

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  @Value("${phoihop.demo.password}")
  String password;

  @Test
  void aManagerOpensTheDashboardFromTasklistAndClicksFortyOfFortyNineThroughToTheMissing()
      throws Exception {
    String agreement = lateDraft();
    try (Browser browser = Browser.open(port, "dashboard", "vi-VN")) {
      browser.login("tasklist", "quanly.bctctbvntd", password);
      WebElement link = browser.clickable(By.id("phoihop-dashboard-link"));
      assertThat(link.getText()).isEqualTo("Bảng điều hành");
      browser.shot("tasklist-header");
      link.click();

      browser.waitForText("40/49 đã nộp");
      browser.waitUntil(
          d -> d.findElements(By.cssSelector(".ph-chart canvas")).size() >= 4 ? true : null);
      assertThat(browser.text())
          .contains(
              "Bảng điều hành phối hợp",
              "Phạm vi: Toàn quốc.",
              "Tiến độ các đợt báo cáo",
              "Công việc quá hạn và sắp đến hạn theo đơn vị",
              "Thỏa thuận phối hợp",
              "Hồ sơ chuyển theo cơ quan tiếp nhận và thời hạn giải quyết",
              "Yêu cầu cung cấp thông tin chưa được trả lời đủ",
              "Sở Công Thương tỉnh Quảng Ngãi");
      // Each chart drew something on its canvas (a blank canvas has no coloured pixel).
      Object drawn =
          browser.script(
              "return Array.from(document.querySelectorAll('.ph-chart canvas')).filter(c => {"
                  + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                  + " for (let i = 0; i < d.length; i += 4) { if (d[i + 3] > 0) return true; }"
                  + " return false; }).length");
      // Campaigns, the tasks per agency, agreements by status and by field.
      assertThat(((Number) drawn).intValue()).isGreaterThanOrEqualTo(4);
      WebElement overdue =
          browser.visible(
              By.cssSelector("#ph-tasks a.ph-figure[data-list='tasks'][data-code='overdue']"));
      assertThat(Integer.parseInt(overdue.getText())).isPositive();
      assertThat(browser.text()).contains("Chi cục Quản lý thị trường tỉnh Tây Ninh");
      Path shot = browser.shot("dashboard");
      Path screenshots = Path.of("target", "screenshots");
      Files.createDirectories(screenshots);
      Files.copy(shot, screenshots.resolve("dashboard.png"), StandardCopyOption.REPLACE_EXISTING);

      WebElement progress =
          browser.clickable(By.xpath("//a[@data-list='campaign' and text()='40/49 đã nộp']"));
      progress.click();

      browser.visible(By.cssSelector("#ph-list-table[data-list='campaign'] tbody tr"));
      List<WebElement> rows = browser.all(By.cssSelector("#ph-list-table tbody tr"));
      assertThat(rows).hasSize(49);
      assertThat(browser.visible(By.id("ph-count")).getText()).isEqualTo("49 dòng");
      List<String> firstNine =
          rows.subList(0, 9).stream()
              .map(r -> r.findElements(By.tagName("td")).get(1).getText())
              .toList();
      assertThat(firstNine).containsExactlyInAnyOrderElementsOf(MISSING);
      assertThat(rows.get(0).findElements(By.tagName("td")).get(4).getText()).isEqualTo("Không");
      assertThat(rows.get(9).findElements(By.tagName("td")).get(4).getText()).isEqualTo("Có");
      assertThat(browser.visible(By.id("ph-csv")).getAttribute("href")).endsWith("format=csv");
      browser.shot("campaign-list");
      Files.copy(
          browser.shot("campaign-list-saved"),
          screenshots.resolve("dashboard-campaign-list.png"),
          StandardCopyOption.REPLACE_EXISTING);

      // Back on the dashboard: the late draft is behind the overdue figure of Tây Ninh's Chi cục.
      browser.clickable(By.id("ph-back")).click();
      browser.visible(By.id("ph-campaigns"));
      browser
          .clickable(
              By.xpath(
                  "//section[@id='ph-tasks']//tr[td[1][text()='Chi cục Quản lý thị trường tỉnh"
                      + " Tây Ninh']]//a[@data-code='overdue']"))
          .click();
      browser.visible(By.cssSelector("#ph-list-table[data-list='tasks'] tbody tr"));
      assertThat(browser.visible(By.cssSelector("#ph-list-card h2")).getText())
          .isEqualTo("Công việc quá hạn — Chi cục Quản lý thị trường tỉnh Tây Ninh");
      List<String> cases =
          browser.all(By.cssSelector("#ph-list-table tbody tr")).stream()
              .map(r -> r.findElements(By.tagName("td")).get(1).getText())
              .toList();
      assertThat(cases).contains(agreement);
      assertThat(browser.text()).contains("Quá hạn");
      browser.shot("overdue-list");

      // The same link in Cockpit's header.
      browser.go("/camunda/app/cockpit/default/");
      WebElement cockpitLink = browser.clickable(By.id("phoihop-dashboard-cockpit-link"));
      assertThat(cockpitLink.getText()).isEqualTo("Bảng điều hành");
      browser.shot("cockpit-header");
      cockpitLink.click();
      browser.waitForText("40/49 đã nộp");
    }
  }

  /** An agreement of Tây Ninh's Chi cục whose draft is three days late; returns its code. */
  private String lateDraft() {
    ResponseEntity<JsonNode> created =
        rest.withBasicAuth("canbo.qltttni", password)
            .postForEntity("/api/v1/agreements", TestRequests.agreement(), JsonNode.class);
    assertThat(created.getStatusCode())
        .as(String.valueOf(created.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    String code = created.getBody().get("code").asText();
    String instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(code)
            .singleResult()
            .getId();
    Date late = Date.from(Clocks.now().minusSeconds(3 * 24 * 3600));
    taskService
        .createTaskQuery()
        .processInstanceId(instance)
        .list()
        .forEach(task -> taskService.setDueDate(task.getId(), late));
    return code;
  }
}
