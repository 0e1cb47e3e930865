package vn.phoihop.inforequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.inforequest.InformationRequestProcess.Elements;
import vn.phoihop.inforequest.InformationRequestProcess.FormFields;
import vn.phoihop.inforequest.InformationRequestProcess.Vars;
import vn.phoihop.shared.Clocks;

/**
 * The outstanding information requests the managers' dashboard lists: a restricted request is
 * there, as metadata, for the manager of the parties' province until it is answered in full; an
 * officer of another province never sees it.
 */
@PhoiHopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutstandingInformationRequestsTests {

  private static final PhoiHopUser MANAGER =
      new PhoiHopUser(
          "quanly.qltttni", List.of("QLTT-TNI", "manager", "QLTT-TNI.manager"), "QLTT-TNI");
  private static final PhoiHopUser OUTSIDER =
      new PhoiHopUser("canbo.qlttvlg", List.of("QLTT-VLG", "staff", "QLTT-VLG.staff"), "QLTT-VLG");

  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;
  @Autowired OutstandingInformationRequests outstanding;
  @Autowired InformationRequestFigures figures;

  @Value("${phoihop.demo.password}")
  String password;

  AgreementsInForce agreements;
  String agreement;

  @BeforeAll
  void anAgreementInForce() {
    agreements = new AgreementsInForce(rest, managementService, password);
    agreement = agreements.inForce();
  }

  @Test
  void aRequestIsOutstandingUntilAnsweredInFullAndOnlyForItsReaders() {
    String today = "/api/v1/reports/kpis?from=" + Clocks.today() + "&to=" + Clocks.today();
    JsonNode before = agreements.as("quanly.qltttni").getForObject(today, JsonNode.class);
    ResponseEntity<JsonNode> created =
        agreements
            .as("canbo.qltttni")
            .postForEntity(
                "/api/v1/agreements/" + agreement + "/information-requests",
                InformationRequestApiTests.body("SCT-TNI", true),
                JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = created.getBody().get("code").asText();

    OutstandingInformationRequests.Outstanding open = find(outstanding.readable(MANAGER), code);
    assertThat(open.agreementCode()).isEqualTo(agreement);
    assertThat(open.requesterCode()).isEqualTo("QLTT-TNI");
    assertThat(open.receiverCode()).isEqualTo("SCT-TNI");
    assertThat(open.subject()).isEqualTo("Thời gian giao hàng");
    assertThat(open.status()).isEqualTo("OPEN");
    assertThat(open.statusLabel()).isEqualTo("Đang chờ trả lời");
    assertThat(open.restricted()).isTrue();
    assertThat(open.restDueOn()).isNull();
    assertThat(outstanding.readable(OUTSIDER)).extracting(r -> r.code()).doesNotContain(code);

    agreements.submit(
        "canbo.scttni",
        code,
        Elements.ANSWER,
        Map.of(
            Vars.REPLY_KIND,
            "PARTIAL",
            FormFields.REPLY_TEXT,
            "Xe 70C-123.45 giao hàng lúc 20h.",
            FormFields.REST_DATE,
            vn.phoihop.TestRequests.formDate(Clocks.today().plusDays(7).toString())));
    OutstandingInformationRequests.Outstanding partly = find(outstanding.readable(MANAGER), code);
    assertThat(partly.status()).isEqualTo("PARTLY_ANSWERED");
    assertThat(partly.restDueOn()).isEqualTo(Clocks.today().plusDays(7));

    agreements.submit(
        "canbo.scttni",
        code,
        Elements.ANSWER_REST,
        Map.of(Vars.REPLY_KIND, "FULL", FormFields.REPLY_TEXT, "Phần còn lại: kho ở Gò Dầu."));
    assertThat(outstanding.readable(MANAGER)).extracting(r -> r.code()).doesNotContain(code);

    // The reporting feature's figures: asked today, answered in full, three items exchanged.
    InformationRequestFigures.Request answered =
        figures.within(MANAGER, Clocks.today(), Clocks.today()).stream()
            .filter(r -> r.code().equals(code))
            .findFirst()
            .orElseThrow();
    assertThat(answered.askedInWindow()).isTrue();
    assertThat(answered.status()).isEqualTo("ANSWERED");
    assertThat(answered.itemsInWindow()).isEqualTo(3);
    assertThat(figures.within(MANAGER, Clocks.today().plusDays(1), Clocks.today().plusDays(2)))
        .extracting(r -> r.code())
        .doesNotContain(code);
    assertThat(figures.within(OUTSIDER, Clocks.today(), Clocks.today()))
        .extracting(r -> r.code())
        .doesNotContain(code);
    // ... and the roll-up over HTTP moved by exactly this one request on both sides.
    JsonNode after = agreements.as("quanly.qltttni").getForObject(today, JsonNode.class);
    assertThat(delta(before, after, "QLTT-TNI", "sent")).isEqualTo(1);
    assertThat(delta(before, after, "QLTT-TNI", "itemsExchanged")).isEqualTo(3);
    assertThat(delta(before, after, "SCT-TNI", "received")).isEqualTo(1);
    assertThat(delta(before, after, "SCT-TNI", "answered")).isEqualTo(1);
    assertThat(delta(before, after, "SCT-TNI", "outstanding")).isZero();
    assertThat(delta(before, after, "SCT-TNI", "itemsExchanged")).isEqualTo(3);
  }

  private static long delta(JsonNode before, JsonNode after, String agency, String figure) {
    return count(after, agency, figure) - count(before, agency, figure);
  }

  private static long count(JsonNode report, String agency, String figure) {
    for (JsonNode row : report.get("rows")) {
      if (row.get("code").asText().equals(agency)) {
        return row.get("informationRequests").get(figure).asLong();
      }
    }
    return 0;
  }

  private static OutstandingInformationRequests.Outstanding find(
      List<OutstandingInformationRequests.Outstanding> all, String code) {
    return all.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }
}
