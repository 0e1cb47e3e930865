package vn.phoihop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scenario 5: an officer with an English (en-US) browser and one with a Vietnamese (vi-VN) browser
 * both type 15/01/2027 into the agreement start form; both agreements start on 2027-01-15.
 */
@BrowserTest
class DateEntryBrowserTests extends Scenario {

  @ParameterizedTest(name = "{0} browser")
  @ValueSource(strings = {"en-US", "vi-VN"})
  void whatTheOfficerTypesIsWhatIsStored(String language) {
    String title = "Quy chế phối hợp (" + language + ") " + UUID.randomUUID();
    try (Browser browser = browser("5-dates-" + language, language)) {
      Tasklist tasklist = tasklist(browser, "canbo.qltttni");
      tasklist.startProcess(AgreementStartForm.PROCESS);
      AgreementStartForm.fill(tasklist, title, "15/01/2027", "31/12/2028");
      browser.shot("start-form-filled");
      tasklist.start();
      browser.waitUntil(d -> agreementCode(title));
      browser.shot("started");
    }
    JsonNode agreement = get("canbo.qltttni", "/api/v1/agreements/" + agreementCode(title));
    assertThat(agreement.get("termStart").asText()).isEqualTo("2027-01-15");
    assertThat(agreement.get("termEnd").asText()).isEqualTo("2028-12-31");
  }
}
