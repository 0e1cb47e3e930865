package vn.phoihop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.VietnameseFormats;

/**
 * Scenario 1: a coordination regulation between Chi cục QLTT Tây Ninh and Sở Công Thương Tây Ninh,
 * from the start form to in force, every step in Tasklist: the leader approves after reading the
 * text in the case file, the partner comments on the draft it reads, the consolidator sees the
 * comment, both leaders sign.
 */
@BrowserTest
class AgreementBrowserTests extends Scenario {

  static final String STAFF = "canbo.qltttni";
  static final String LEADER = "lanhdao.qltttni";
  static final String PARTNER_STAFF = "canbo.scttni";
  static final String PARTNER_LEADER = "lanhdao.scttni";

  static final String TEXT =
      "Chương I. Quy định chung\nĐiều 1. Phạm vi: phối hợp kiểm tra xăng dầu trên địa bàn tỉnh.";
  static final String COMMENT = "Đề nghị bổ sung lĩnh vực LPG vào Điều 1.";

  @Test
  void fromTheStartFormToInForceInTasklist() {
    String title = "Quy chế phối hợp QLTT – Sở Công Thương Tây Ninh " + UUID.randomUUID();
    String code;

    try (Browser browser = browser("1-agreement", "vi-VN")) {
      Tasklist staff = tasklist(browser, STAFF);
      staff.startProcess(AgreementStartForm.PROCESS);
      AgreementStartForm.fill(staff, title, "15/01/2027", "31/12/2028");
      browser.shot("staff-start-form");
      staff.start();
      code = browser.waitUntil(d -> agreementCode(title));

      // The card names the case: code and title, not just "Soạn thảo dự thảo".
      List<String> cards = staff.filterCards("Việc của đơn vị", code);
      assertThat(cards)
          .filteredOn(card -> card.contains(code))
          .singleElement()
          .satisfies(card -> assertThat(card).contains(title));
      browser.shot("staff-card-with-code");
      staff.openTask(task(code, "Task_DraftAgreement").getId());
      staff.claim();
      staff.type("Field_content", TEXT);
      browser.shot("staff-draft");
      staff.complete();
      staff.waitCompleted();
    }

    try (Browser browser = browser("1-agreement-leader", "vi-VN")) {
      Tasklist leader = tasklist(browser, LEADER);
      leader.openTask(task(code, "Task_ReviewDraft").getId());
      leader.tab("Hồ sơ");
      String caseFile = browser.visible(By.id("phoihop-casefile")).getText();
      browser.waitForText("Điều 1. Phạm vi");
      browser.shot("leader-reads-text-in-case-file");
      assertThat(browser.text()).contains(code).contains("Điều 1. Phạm vi");
      assertThat(caseFile).contains("Sở Công Thương tỉnh Tây Ninh");
      leader.tab("Biểu mẫu");
      leader.claim();
      leader.choose("Field_reviewDecision", 0);
      browser.shot("leader-sends-to-consultation");
      leader.complete();
      leader.waitCompleted();
    }

    try (Browser browser = browser("1-agreement-partner", "vi-VN")) {
      Tasklist partner = tasklist(browser, PARTNER_STAFF);
      runJobs(code);
      List<String> cards = partner.filterCards("Việc của đơn vị", code);
      browser.shot("partner-sees-its-consultation");
      assertThat(cards.stream().filter(card -> card.contains(code))).hasSize(1);
      String consult = task(code, "Task_ConsultPartner").getId();
      partner.openTask(consult);
      assertThat(partner.field("Field_agreementText").getAttribute("value"))
          .contains("Điều 1. Phạm vi");
      partner.claim();
      partner.choose("Field_opinion", 1);
      partner.type("Field_comment", COMMENT);
      browser.shot("partner-comments-on-the-draft");
      partner.complete();
      partner.waitCompleted();
    }

    try (Browser browser = browser("1-agreement-consolidation", "vi-VN")) {
      Tasklist staff = tasklist(browser, STAFF);
      staff.openTask(task(code, "Task_ConsolidateComments").getId());
      browser.waitForText(COMMENT);
      browser.shot("consolidation-shows-the-comment");
      staff.claim();
      staff.choose("Field_consolidationDecision", 1);
      staff.complete();
      staff.waitCompleted();
    }

    sign(code, PARTNER_LEADER, "Lãnh đạo Sở Công Thương");
    sign(code, LEADER, "Lãnh đạo Chi cục QLTT");

    try (Browser browser = browser("1-agreement-register", "vi-VN")) {
      Tasklist staff = tasklist(browser, STAFF);
      staff.openTask(task(code, "Task_RecordSignedDocument").getId());
      staff.claim();
      staff.type("Field_documentNumber", "01/QCPH-QLTT-SCT");
      staff.type("Field_effectiveDate", "20/01/2027");
      browser.shot("staff-registers-the-signed-document");
      staff.complete();
      staff.waitCompleted();
    }
    runJobs(code);

    JsonNode inForce = get(PARTNER_STAFF, "/api/v1/agreements/" + code);
    assertThat(inForce.get("status").asText()).isEqualTo("IN_FORCE");
    assertThat(inForce.get("statusLabel").asText()).isEqualTo("Đang có hiệu lực");
    assertThat(inForce.get("termStart").asText()).isEqualTo("2027-01-15");
    assertThat(inForce.get("comments").toString()).contains(COMMENT);
    assertThat(inForce.get("signatures")).hasSize(2);
  }

  private void sign(String code, String leader, String name) {
    try (Browser browser = browser("1-agreement-sign-" + leader, "vi-VN")) {
      Tasklist tasklist = tasklist(browser, leader);
      String sign =
          tasks
              .createTaskQuery()
              .processInstanceBusinessKey(code)
              .taskDefinitionKey("Task_SignAgreement")
              .taskCandidateUser(leader)
              .singleResult()
              .getId();
      tasklist.openTask(sign);
      assertThat(tasklist.field("Field_agreementText").getAttribute("value"))
          .contains("Điều 1. Phạm vi");
      tasklist.claim();
      tasklist.type("Field_signatoryName", name);
      tasklist.type("Field_signatoryTitle", "Thủ trưởng đơn vị");
      tasklist.type("Field_signedOn", VietnameseFormats.date(Clocks.today()));
      browser.shot("leader-signs");
      tasklist.complete();
      tasklist.waitCompleted();
    }
    runJobs(code);
  }
}
