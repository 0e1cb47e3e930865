package vn.phoihop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator finds "Danh mục đơn vị" on the Admin dashboard, searches the registry without
 * diacritics and opens a former body: its successor and its history are on the page.
 */
@BrowserTest
class RegistryBrowserTests {

  @LocalServerPort int port;

  @Value("${phoihop.demo.password}")
  String password;

  @Test
  void theAdministratorFindsTheRegistryPageOnTheAdminDashboardAndSearchesItWithoutDiacritics() {
    try (Browser browser = Browser.open(port, "registry-page", "vi-VN")) {
      browser.login("admin", "quantri", password);
      browser.go("/camunda/app/admin/default/#/");
      WebElement link = browser.clickable(By.linkText("Danh mục đơn vị"));
      browser.shot("admin-dashboard");
      link.click();

      WebElement search = browser.visible(By.id("phoihop-registry-q"));
      assertThat(browser.text()).contains("Danh mục đơn vị", "Thêm đơn vị");
      search.sendKeys("tien giang");
      browser.clickable(By.id("phoihop-registry-search")).click();
      WebElement former =
          browser.visible(By.cssSelector(".phoihop-registry-row[data-code='CQLTT-TGG']"));
      browser.visible(By.cssSelector(".phoihop-registry-row[data-code='QLTT-DTP']"));
      browser.shot("search-tien-giang");
      assertThat(former.getText())
          .contains("Cục Quản lý thị trường tỉnh Tiền Giang", "QLTT-DTP", "28/02/2025");
      // Today's bodies are listed before the former ones.
      var rows = browser.all(By.cssSelector(".phoihop-registry-row"));
      assertThat(rows.get(0).getAttribute("class")).doesNotContain("text-muted");

      former.click();
      String detail = browser.waitForText("Lịch sử thay đổi");
      browser.shot("former-body");
      assertThat(detail).contains("Cục Quản lý thị trường tỉnh Tiền Giang (CQLTT-TGG)");
    }
  }
}
