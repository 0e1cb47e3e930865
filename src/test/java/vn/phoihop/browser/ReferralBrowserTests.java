package vn.phoihop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Scenario 2: a team officer of Đội QLTT số 1 Tây Ninh opens a referral from the start form,
 * uploads a PDF from the case file and completes the dossier; the team's and the Chi cục's leaders
 * review and transfer it; the police liaison downloads the evidence and the handover record,
 * acknowledges receipt and records the decision.
 */
@BrowserTest
class ReferralBrowserTests extends Scenario {

  static final String OFFICER = "canbo.qltttnid1";
  static final String TEAM_LEADER = "lanhdao.qltttnid1";
  static final String CHI_CUC_LEADER = "lanhdao.qltttni";
  static final String POLICE = "daumoi.catni";

  @Test
  void fromTheStartFormToTheDecisionInTasklist() throws Exception {
    String offender = "Công ty TNHH Minh Phát " + UUID.randomUUID().toString().substring(0, 8);
    Path pdf = Files.createTempFile("bien-ban-kiem-tra-", ".pdf");
    Files.write(pdf, "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    String code;

    try (Browser browser = browser("2-referral", "vi-VN")) {
      Tasklist officer = tasklist(browser, OFFICER);
      officer.startProcess("Chuyển hồ sơ vụ việc");
      officer.type("Field_caseSummary", "Kiểm tra xe tải tại trạm, phát hiện giày thể thao giả.");
      officer.type("Field_foundOn", "05/01/2026");
      officer.type("Field_foundPlace", "Quốc lộ 22, xã Phước Chỉ");
      officer.pick("Field_provinceCode", "Tây Ninh");
      officer.choose("Field_offenderKind", 1);
      officer.type("Field_offenderName", offender);
      officer.type("Field_offenderIdNumber", "3901234567");
      officer.pick("Field_violationCategory", "Hàng giả");
      officer.type("Field_goodsDescription", "2.400 đôi giày thể thao mang nhãn hiệu nổi tiếng");
      officer.type("Field_estimatedValueVnd", "980.000.000");
      officer.type("Field_crimeSigns", "Hàng giả mạo nhãn hiệu, trị giá trên 30 triệu đồng.");
      officer.choose("Field_foundDuring", 0);
      browser.shot("officer-start-form");
      officer.start();
      code = browser.waitUntil(d -> codeOf(offender));

      officer.openTask(task(code, "Task_PrepareDossier").getId());
      officer.tab("Hồ sơ");
      browser.visible(By.id("phoihop-documents"));
      browser.shot("evidence-list-with-upload-control");
      browser.driver().findElement(By.id("phoihop-upload")).sendKeys(pdf.toString());
      browser.clickable(By.id("phoihop-upload-button")).click();
      browser.waitUntil(
          d ->
              d.findElements(By.cssSelector("#phoihop-documents .phoihop-document")).isEmpty()
                  ? null
                  : true);
      browser.shot("evidence-uploaded");
      assertThat(browser.visible(By.id("phoihop-documents")).getText())
          .contains(pdf.getFileName().toString());
      officer.tab("Biểu mẫu");
      officer.claim();
      browser.waitForText("Tài liệu đã đính kèm: 1.");
      browser.shot("dossier-form-counts-the-document");
      officer.complete();
      officer.waitCompleted();

      officer.openTask(task(code, "Task_ConfirmRouting").getId());
      officer.claim();
      browser.shot("officer-confirms-routing");
      officer.complete();
      officer.waitCompleted();
    }

    decide(
        code, TEAM_LEADER, "Task_ReviewDossier", "Field_reviewOutcome", "2-referral-team-leader");
    decide(
        code,
        CHI_CUC_LEADER,
        "Task_DecideTransfer",
        "Field_transferDecision",
        "2-referral-chi-cuc-leader");

    try (Browser browser = browser("2-referral-police", "vi-VN")) {
      Tasklist police = tasklist(browser, POLICE);
      police.openTask(task(code, "Task_AcknowledgeReceipt").getId());
      police.tab("Hồ sơ");
      browser.visible(By.id("phoihop-documents"));
      browser.waitUntil(
          d ->
              d.findElements(By.cssSelector("#phoihop-documents .phoihop-download")).size() >= 2
                  ? true
                  : null);
      browser.shot("police-sees-evidence-and-handover-record");
      List<WebElement> links = browser.all(By.cssSelector("#phoihop-documents .phoihop-download"));
      for (WebElement link : links) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer =
            (Map<String, Object>)
                browser.asyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href, {credentials: 'same-origin'})"
                        + ".then(r => r.arrayBuffer().then(b => done({status: r.status, size: b.byteLength})))"
                        + ".catch(e => done({status: -1, size: 0}));",
                    link);
        assertThat(((Number) answer.get("status")).intValue()).as(link.getText()).isEqualTo(200);
        assertThat(((Number) answer.get("size")).longValue()).as(link.getText()).isPositive();
      }
      police.tab("Biểu mẫu");
      police.claim();
      police.choose("Field_receiptDecision", 0);
      // the legal date of receipt, as on the handover record
      police.type("Field_receivedOn", today());
      browser.shot("police-acknowledges-receipt");
      police.complete();
      police.waitCompleted();

      police.openTask(task(code, "Task_RecordDecision").getId());
      police.claim();
      police.choose("Field_decisionOutcome", 0);
      police.type("Field_decisionNumber", "15/QĐ-CSĐT");
      police.type("Field_decisionDate", today());
      browser.shot("police-records-the-decision");
      police.complete();
      police.waitCompleted();
    }

    JsonNode referral = get(OFFICER, "/api/v1/referrals/" + code);
    assertThat(referral.get("status").asText()).isEqualTo("PROSECUTED");
    assertThat(referral.get("legalDates").get("receivedOn").asText())
        .isEqualTo(vn.phoihop.shared.Clocks.today().toString());
    assertThat(referral.get("legalDates").get("decidedOn").asText())
        .isEqualTo(vn.phoihop.shared.Clocks.today().toString());
    assertThat(referral.get("dossier").get("foundOn").asText()).isEqualTo("2026-01-05");
    assertThat(referral.get("dossier").get("estimatedValueVnd").asLong()).isEqualTo(980_000_000L);
  }

  private void decide(String code, String leader, String key, String field, String scenario) {
    try (Browser browser = browser(scenario, "vi-VN")) {
      Tasklist tasklist = tasklist(browser, leader);
      tasklist.openTask(task(code, key).getId());
      browser.waitForText(code);
      tasklist.claim();
      tasklist.choose(field, 0);
      browser.shot("leader-decides");
      tasklist.complete();
      tasklist.waitCompleted();
    }
  }

  private static String today() {
    return vn.phoihop.TestRequests.formDate(vn.phoihop.shared.Clocks.today().toString());
  }

  /** The code of the referral whose offender is {@code offender}, once the start created it. */
  private String codeOf(String offender) {
    return jdbc
        .queryForList(
            "select code from case_referral where offender_name = ?", String.class, offender)
        .stream()
        .findFirst()
        .orElse(null);
  }
}
