package vn.phoihop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Scenario 3: a start form whose term ends before it starts is refused on the server. Tasklist
 * shows only the Vietnamese sentence, in a banner that leaves the buttons usable; the dialog stays
 * open with everything typed; nothing is created. The same for a task form: the task stays open.
 */
@BrowserTest
class RefusedFormBrowserTests extends Scenario {

  @Test
  void aRefusedStartFormKeepsTheDialogAndTheInput() {
    String title = "Quy chế phối hợp (bị từ chối) " + UUID.randomUUID();
    try (Browser browser = browser("3-refused-submission", "en-US")) {
      Tasklist tasklist = tasklist(browser, "canbo.qltttni");
      tasklist.startProcess(AgreementStartForm.PROCESS);
      AgreementStartForm.fill(tasklist, title, "15/01/2027", "01/01/2027");
      tasklist.start();

      String banner = tasklist.notification();
      WebElement alert = browser.visible(By.cssSelector(".modal .notifications .alert"));
      assertThat(inViewport(browser, alert)).as("the refusal is on screen").isTrue();
      browser.shot("refused-end-before-start");
      assertThat(banner).contains("Ngày kết thúc");
      assertThat(banner)
          .doesNotContain("ENGINE-")
          .doesNotContain("Exception")
          .doesNotContain("Cannot")
          .doesNotContain("could not");

      // The dialog is still open, the input kept, and the start button can be pressed again.
      assertThat(tasklist.field("Field_title").getAttribute("value")).isEqualTo(title);
      assertThat(tasklist.field("Field_termEnd").getAttribute("value")).isEqualTo("01/01/2027");
      WebElement startButton =
          browser.clickable(
              By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']"));
      assertThat(isOnTop(browser, startButton))
          .as("start button not covered by the banner")
          .isTrue();
    }
    assertThat(get("canbo.qltttni", "/api/v1/agreements?size=100").toString())
        .doesNotContain(title);
  }

  /** Whether {@code element} lies within the window, where the officer looks. */
  static boolean inViewport(Browser browser, WebElement element) {
    return (Boolean)
        browser.script(
            "const r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;",
            element);
  }

  /** Whether a click in the middle of {@code element} would reach it (nothing drawn over it). */
  static boolean isOnTop(Browser browser, WebElement element) {
    return (Boolean)
        browser.script(
            "const r = arguments[0].getBoundingClientRect();"
                + "const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                + "return hit === arguments[0] || arguments[0].contains(hit);",
            element);
  }
}
