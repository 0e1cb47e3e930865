package vn.phoihop.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium window on PhoiHop, in a given browser language, that saves a numbered PNG
 * of each step under {@code target/browser/<scenario>/}.
 *
 * <p>Waits are for what the page shows (an element, a text), bounded, never fixed sleeps.
 */
final class Browser implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final String base;
  private final Path shots;
  private final Path profile;
  private int step;

  private Browser(ChromeDriver driver, String base, Path shots, Path profile) {
    this.driver = driver;
    this.base = base;
    this.shots = shots;
    this.profile = profile;
  }

  /** A fresh browser (own profile, no cookies) whose language is {@code language}, e.g. en-US. */
  static Browser open(int port, String scenario, String language) {
    try {
      Path profile = Files.createTempDirectory("phoihop-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(Chromium.browser().orElseThrow().toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--window-size=1440,1000",
          "--lang=" + language,
          "--user-data-dir=" + profile);
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(Chromium.driver().orElseThrow().toFile())
              .usingAnyFreePort()
              // Officers' PCs run on Vietnamese time; the webapps show times in the browser's zone.
              .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh"))
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
      driver.manage().timeouts().scriptTimeout(WAIT);
      Path shots = Path.of("target", "browser", scenario);
      Files.createDirectories(shots);
      return new Browser(driver, "http://localhost:" + port, shots, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  WebDriver driver() {
    return driver;
  }

  void go(String path) {
    driver.get(base + path);
  }

  /** Logs into {@code app} (tasklist, cockpit, admin) through the webapp's own login page. */
  void login(String app, String userId, String password) {
    go("/camunda/app/" + app + "/default/");
    WebElement user = visible(By.cssSelector("form input[ng-model='username']"));
    user.clear();
    user.sendKeys(userId);
    WebElement secret = driver.findElement(By.cssSelector("form input[ng-model='password']"));
    secret.sendKeys(password);
    shot("login-" + app);
    secret.submit();
    waitUntil(d -> d.findElements(By.cssSelector("form input[ng-model='password']")).isEmpty());
  }

  WebElement visible(By by) {
    return waitUntil(ExpectedConditions.visibilityOfElementLocated(by)::apply);
  }

  WebElement clickable(By by) {
    return waitUntil(ExpectedConditions.elementToBeClickable(by)::apply);
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** Waits for {@code condition}; on a timeout the window is saved as {@code nn-timeout.png}. */
  <T> T waitUntil(Function<WebDriver, T> condition) {
    try {
      // Tasklist's Angular views re-render lists while a condition reads them: an element gone
      // stale in between means "not yet", as a missing one does.
      return new WebDriverWait(driver, WAIT)
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(condition::apply);
    } catch (org.openqa.selenium.TimeoutException e) {
      shot("timeout");
      throw e;
    }
  }

  /** Waits until the page's text contains {@code text}; returns the page's text. */
  String waitForText(String text) {
    return waitUntil(
        d -> {
          String body = d.findElement(By.tagName("body")).getText();
          return body.contains(text) ? body : null;
        });
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Runs {@code js}, which calls its last argument with the result (a fetch, for example). */
  Object asyncScript(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
  }

  /** Saves the window as {@code target/browser/<scenario>/<nn>-<name>.png}; returns the file. */
  Path shot(String name) {
    step++;
    Path file = shots.resolve(String.format("%02d-%s.png", step, name));
    try {
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temporary profile left behind is harmless
      }
    }
  }
}
