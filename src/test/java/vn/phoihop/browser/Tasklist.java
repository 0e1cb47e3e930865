package vn.phoihop.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * What an officer does in Tasklist, by what the page shows: start a process from the start dialog,
 * open a filter and a task card, claim, fill a Camunda Form by its field ids, complete.
 */
final class Tasklist {

  private final Browser browser;
  private String taskId;

  Tasklist(Browser browser) {
    this.browser = browser;
  }

  static Tasklist login(Browser browser, String userId, String password) {
    browser.login("tasklist", userId, password);
    browser.visible(By.cssSelector("[cam-tasklist-filters]"));
    return new Tasklist(browser);
  }

  /** Opens the start dialog and picks the process named {@code name}; waits for its form. */
  void startProcess(String name) {
    browser.clickable(By.cssSelector("li.start-process-action a")).click();
    browser
        .clickable(By.xpath("//div[contains(@class,'modal-body')]//a[contains(., '" + name + "')]"))
        .click();
    browser.visible(By.cssSelector(".modal-body .fjs-form"));
  }

  /** The names of the processes the start dialog offers. */
  List<String> startableProcesses() {
    browser.clickable(By.cssSelector("li.start-process-action a")).click();
    browser.visible(By.cssSelector(".modal-body"));
    browser.waitUntil(d -> d.findElements(By.cssSelector(".modal-body .loader")).isEmpty());
    return browser.all(By.cssSelector(".modal-body ul a")).stream()
        .map(WebElement::getText)
        .map(String::trim)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** Presses the start button of the start dialog. */
  void start() {
    browser
        .clickable(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']"))
        .click();
  }

  /**
   * Opens a task directly, as a link from a notification e-mail does, on its form (Tasklist
   * otherwise reopens the tab last used, e.g. "Hồ sơ").
   */
  void openTask(String taskId) {
    this.taskId = taskId;
    browser.go("/camunda/app/tasklist/default/#/?task=" + taskId);
    browser.visible(By.cssSelector("[cam-tasklist-task]"));
    tab("Biểu mẫu");
  }

  /**
   * Opens the filter named {@code name} and waits for a task card showing {@code expected}; returns
   * the texts of all its cards.
   */
  List<String> filterCards(String name, String expected) {
    browser
        .clickable(By.xpath("//*[@cam-tasklist-filters]//a[contains(., '" + name + "')]"))
        .click();
    return browser.waitUntil(
        d -> {
          List<String> cards =
              d.findElements(By.cssSelector(".tasks-list li.task")).stream()
                  .map(WebElement::getText)
                  .toList();
          return cards.stream().anyMatch(card -> card.contains(expected)) ? cards : null;
        });
  }

  /**
   * Claims the open task. A filter of unclaimed group tasks drops the task once claimed, and
   * Tasklist then closes it: it is opened again, now as one's own.
   */
  void claim() {
    browser.clickable(By.cssSelector("button[ng-click='claim()']")).click();
    // Either the task stays open, now with its assignee, or Tasklist has closed it.
    String outcome =
        browser.waitUntil(
            d -> {
              if (!d.findElements(By.cssSelector("button[ng-click='unclaim()']")).isEmpty()) {
                return "kept";
              }
              return d.findElements(By.cssSelector("button[ng-click='claim()']")).isEmpty()
                      && d.findElements(By.cssSelector("button[ng-click='complete()']")).isEmpty()
                  ? "closed"
                  : null;
            });
    if (outcome.equals("closed")) {
      openTask(taskId);
    }
    browser.visible(By.cssSelector("button[ng-click='unclaim()']"));
  }

  /** Opens the task detail tab whose label is {@code label} (the form, "Hồ sơ", history…). */
  void tab(String label) {
    browser
        .clickable(
            By.xpath(
                "//*[@cam-tasklist-task]//ul[contains(@class,'nav-tabs')]//a[contains(., '"
                    + label
                    + "')]"))
        .click();
  }

  WebElement field(String fieldId) {
    return browser.visible(By.cssSelector(".fjs-form [id$='-" + fieldId + "']"));
  }

  void type(String fieldId, String text) {
    WebElement input = field(fieldId);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
  }

  /** Picks option {@code index} (0-based) of a radio group or a checklist. */
  void choose(String fieldId, int index) {
    browser.clickable(By.cssSelector(".fjs-form [id$='-" + fieldId + "-" + index + "']")).click();
  }

  /**
   * Picks the option labelled {@code label} in a select or taglist; a searchable one (an input) is
   * typed into first, as an officer looks an agency up by name.
   */
  void pick(String fieldId, String label) {
    // A plain select shows a display box over a hidden input; a searchable one is an input.
    List<WebElement> display =
        browser.all(By.cssSelector(".fjs-form [id$='-" + fieldId + "-display']"));
    WebElement input = display.isEmpty() ? field(fieldId) : display.get(0);
    input.click();
    if (input.getTagName().equals("input")) {
      input.sendKeys(label);
    }
    browser
        .clickable(
            By.xpath(
                "//*[contains(@class,'fjs-dropdownlist')]//*[contains(@class,'fjs-dropdownlist-item') and contains(., '"
                    + label
                    + "')]"))
        .click();
    // A taglist keeps its list open for the next pick: leave the field as the officer does.
    if (input.getTagName().equals("input")) {
      input.sendKeys(Keys.TAB);
    }
    browser.waitUntil(
        d ->
            d.findElements(By.cssSelector(".fjs-dropdownlist")).stream()
                .noneMatch(WebElement::isDisplayed));
  }

  void complete() {
    browser.clickable(By.cssSelector("button[ng-click='complete()']")).click();
  }

  /** Waits until the task view is gone (completed) or shows no task. */
  void waitCompleted() {
    browser.waitUntil(
        d -> d.findElements(By.cssSelector("button[ng-click='complete()']")).isEmpty());
  }

  /** The text of the notification banner Tasklist shows after an action. */
  String notification() {
    return browser.visible(By.cssSelector(".notifications .alert")).getText();
  }
}
