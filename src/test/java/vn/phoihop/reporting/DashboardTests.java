package vn.phoihop.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.phoihop.PhoiHopIntegrationTest;
import vn.phoihop.casefile.TasklistSession;
import vn.phoihop.shared.Clocks;

/**
 * The managers' dashboard over the webapps' session, as its page calls it: a manager of Tây Ninh
 * reads Tây Ninh's agreements and late tasks and nothing of Gia Lai's; a national manager reads
 * both and the demo campaign's "40/49" with its nine missing Sở by name; an officer of another
 * province reads none of it; every list comes as CSV with a BOM; the page, its chart library and
 * the header links' label are served.
 */
@PhoiHopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTests {

  private static final String BASE = "/camunda/api/tasklist/plugin/phoihop-dashboard/default";

  /** The nine of the demo campaign's 49 localities that never submitted (as CampaignApiTests). */
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
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ObjectMapper json;

  @Value("${phoihop.demo.password}")
  String password;

  String tayNinh;
  String giaLai;

  @BeforeAll
  void twoAgreementsEachWithAnOverdueDraft() {
    tayNinh = openAgreement("canbo.qltttni", "SCT-TNI");
    giaLai = openAgreement("canbo.qlttgla", "SCT-GLA");
    // The draft of each is three days late: its due date moved back, as if nobody drafted it.
    Date late = Date.from(Clocks.now().minusSeconds(3 * 24 * 3600));
    for (String code : List.of(tayNinh, giaLai)) {
      for (Task task : tasksOf(code)) {
        taskService.setDueDate(task.getId(), late);
      }
    }
  }

  @Test
  void aManagerOfTayNinhReadsTayNinhsFiguresAndNoneOfGiaLais() throws Exception {
    TasklistSession manager = TasklistSession.signedIn(port, "quanly.qltttni", password);

    JsonNode summary = read(manager, "/summary");
    assertThat(summary.get("scope").asText()).isEqualTo("Địa bàn Tây Ninh");
    assertThat(summary.at("/labels/title").asText()).isEqualTo("Bảng điều hành phối hợp");

    List<String> agreements = column(read(manager, "/lists/agreements"), 0);
    assertThat(agreements).contains(tayNinh).doesNotContain(giaLai);
    assertThat(summary.at("/agreements/count").asLong()).isEqualTo(agreements.size());

    JsonNode overdue = read(manager, "/lists/tasks?kind=overdue");
    assertThat(column(overdue, 1)).contains(tayNinh).doesNotContain(giaLai);
    assertThat(column(overdue, 2))
        .contains("Chi cục Quản lý thị trường tỉnh Tây Ninh")
        .doesNotContain("Chi cục Quản lý thị trường tỉnh Gia Lai");
    assertThat(summary.at("/overdueTasks/count").asLong()).isEqualTo(overdue.get("rows").size());
    // The agency's figure is the length of the list it links to.
    JsonNode chiCuc = agencyTasks(summary, "QLTT-TNI");
    assertThat(chiCuc.at("/overdue/count").asLong()).isPositive();
    JsonNode itsList = read(manager, "/lists/tasks?agency=QLTT-TNI&kind=overdue");
    assertThat(itsList.get("rows")).hasSize(chiCuc.at("/overdue/count").asInt());
    assertThat(itsList.get("title").asText())
        .isEqualTo("Công việc quá hạn — Chi cục Quản lý thị trường tỉnh Tây Ninh");
    assertThat(itsList.at("/rows/0/href").asText()).startsWith("/camunda/app/tasklist/default/");
    assertThat(agencyTasks(summary, "QLTT-GLA")).isNull();

    // Even asked for by name, Gia Lai's tasks are not in Tây Ninh's list.
    assertThat(read(manager, "/lists/tasks?agency=QLTT-GLA").get("rows")).isEmpty();
  }

  @Test
  void aNationalManagerReadsBothProvincesAndTheDemoCampaignsFortyOfFortyNine() throws Exception {
    TasklistSession national = TasklistSession.signedIn(port, "quanly.bctctbvntd", password);

    JsonNode summary = read(national, "/summary");
    assertThat(summary.get("scope").asText()).isEqualTo("Toàn quốc");
    assertThat(column(read(national, "/lists/agreements"), 0)).contains(tayNinh, giaLai);
    assertThat(column(read(national, "/lists/tasks?kind=overdue"), 1)).contains(tayNinh, giaLai);

    JsonNode demo = null;
    for (JsonNode campaign : summary.get("campaigns")) {
      if (campaign.get("label").asText().equals("40/49 đã nộp")) {
        demo = campaign;
      }
    }
    assertThat(demo).as("the demo campaign on the dashboard").isNotNull();
    assertThat(demo.get("submitted").asInt()).isEqualTo(40);
    assertThat(demo.get("total").asInt()).isEqualTo(49);
    List<String> missing = new ArrayList<>();
    demo.get("missing").forEach(m -> missing.add(m.asText()));
    assertThat(missing).containsExactlyInAnyOrderElementsOf(MISSING);

    // Its "40/49" links to the campaign's list: 49 recipients, the nine missing first.
    JsonNode progress = demo.get("progress");
    assertThat(progress.get("list").asText()).isEqualTo("campaign");
    JsonNode list = read(national, "/lists/campaign?id=" + progress.at("/filter/id").asText());
    assertThat(list.get("title").asText()).endsWith("40/49 đã nộp");
    assertThat(list.get("rows")).hasSize(49);
    List<String> firstNine = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      JsonNode cells = list.at("/rows/" + i + "/cells");
      assertThat(cells.get(4).asText()).isEqualTo("Không");
      firstNine.add(cells.get(1).asText());
    }
    assertThat(firstNine).containsExactlyInAnyOrderElementsOf(MISSING);
    assertThat(list.at("/rows/9/cells/4").asText()).isEqualTo("Có");
  }

  @Test
  void anOfficerOfAnotherProvinceReadsNothingOfThem() throws Exception {
    TasklistSession outsider = TasklistSession.signedIn(port, "canbo.qlttvlg", password);

    JsonNode summary = read(outsider, "/summary");
    assertThat(summary.get("scope").asText())
        .isEqualTo("Đơn vị: Chi cục Quản lý thị trường tỉnh Vĩnh Long (cùng các đơn vị tiền thân)");
    assertThat(column(read(outsider, "/lists/agreements"), 0)).doesNotContain(tayNinh, giaLai);
    assertThat(column(read(outsider, "/lists/tasks"), 2))
        .doesNotContain(
            "Chi cục Quản lý thị trường tỉnh Tây Ninh", "Chi cục Quản lý thị trường tỉnh Gia Lai");
    assertThat(summary.get("campaigns").findValuesAsText("label")).doesNotContain("40/49 đã nộp");
    long demo = demoCampaign();
    HttpResponse<String> campaign = outsider.get(BASE + "/lists/campaign?id=" + demo);
    assertThat(campaign.statusCode()).isEqualTo(404);
    assertThat(json.readTree(campaign.body()).get("detail").asText())
        .isEqualTo("Không có đợt báo cáo số " + demo + " trong phạm vi bạn được xem.");
  }

  @Test
  void everyListComesAsCsvWithItsByteOrderMark() throws Exception {
    TasklistSession national = TasklistSession.signedIn(port, "quanly.bctctbvntd", password);
    long demo = demoCampaign();
    for (String list :
        List.of(
            "agreements",
            "agreements?status=DRAFTING",
            "tasks?kind=overdue",
            "referrals",
            "campaign?id=" + demo,
            "informationRequests")) {
      String path = BASE + "/lists/" + list + (list.contains("?") ? "&" : "?") + "format=csv";
      HttpResponse<byte[]> csv = national.getBytes(path);
      assertThat(csv.statusCode()).as(path).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
      assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
          .startsWith("attachment");
      byte[] body = csv.body();
      assertThat(body).as(path).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
      String text = new String(body, StandardCharsets.UTF_8);
      JsonNode table = read(national, "/lists/" + list);
      assertThat(text.lines().count()).as(path).isEqualTo(table.get("rows").size() + 1L);
      assertThat(text.substring(1)).startsWith(table.get("columns").get(0).asText());
    }
    String campaign =
        new String(
            national.getBytes(BASE + "/lists/campaign?id=" + demo + "&format=csv").body(),
            StandardCharsets.UTF_8);
    assertThat(campaign).contains("Sở Công Thương tỉnh Quảng Ngãi");
  }

  @Test
  void refusalsNameWhatWasWrongAndTheSignedOutAreSentToTheLogin() throws Exception {
    TasklistSession national = TasklistSession.signedIn(port, "quanly.bctctbvntd", password);
    HttpResponse<String> kind = national.get(BASE + "/lists/tasks?kind=later");
    assertThat(kind.statusCode()).isEqualTo(400);
    assertThat(json.readTree(kind.body()).get("field").asText()).isEqualTo("kind");
    HttpResponse<String> filter = national.get(BASE + "/lists/agreements?province=TNI");
    assertThat(filter.statusCode()).isEqualTo(400);
    assertThat(json.readTree(filter.body()).get("field").asText()).isEqualTo("province");
    HttpResponse<String> format = national.get(BASE + "/lists/agreements?format=xlsx");
    assertThat(format.statusCode()).isEqualTo(400);
    assertThat(json.readTree(format.body()).get("field").asText()).isEqualTo("format");
    assertThat(national.get(BASE + "/lists/nothing").statusCode()).isEqualTo(404);

    TasklistSession nobody = new TasklistSession(port);
    assertThat(nobody.get(BASE + "/summary").statusCode()).isEqualTo(401);
    assertThat(nobody.get(BASE + "/link").statusCode()).isEqualTo(401);
  }

  @Test
  void thePageItsChartsAndTheHeaderLinksAreServed() throws Exception {
    TasklistSession leader = TasklistSession.signedIn(port, "lanhdao.qltttni", password);
    JsonNode link = read(leader, "/link");
    assertThat(link.get("label").asText()).isEqualTo("Bảng điều hành");
    assertThat(link.get("href").asText()).isEqualTo("/dashboard/index.html");

    HttpResponse<String> page = leader.get("/dashboard/index.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("/webjars/echarts/5.3.1/dist/echarts.min.js");
    HttpResponse<byte[]> echarts = leader.getBytes("/webjars/echarts/5.3.1/dist/echarts.min.js");
    assertThat(echarts.statusCode()).isEqualTo(200);
    assertThat(echarts.body().length).isGreaterThan(500_000);
    assertThat(
            leader
                .get("/camunda/api/tasklist/plugin/phoihop-dashboard/static/app/plugin.js")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            leader
                .get("/camunda/api/cockpit/plugin/phoihop-dashboard-link/static/app/plugin.js")
                .statusCode())
        .isEqualTo(200);
  }

  private JsonNode read(TasklistSession session, String path) throws Exception {
    HttpResponse<String> response = session.get(BASE + path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static List<String> column(JsonNode table, int index) {
    List<String> cells = new ArrayList<>();
    table.get("rows").forEach(row -> cells.add(row.get("cells").get(index).asText()));
    return cells;
  }

  private static JsonNode agencyTasks(JsonNode summary, String agency) {
    for (JsonNode row : summary.get("tasksByAgency")) {
      if (row.get("agencyCode").asText().equals(agency)) {
        return row;
      }
    }
    return null;
  }

  private long demoCampaign() {
    JsonNode list =
        rest.withBasicAuth("canbo.bctctbvntd", password)
            .getForObject("/api/v1/campaigns", JsonNode.class);
    for (JsonNode c : list) {
      if (c.get("imported").asBoolean()) {
        return c.get("id").asLong();
      }
    }
    throw new AssertionError("no demo campaign");
  }

  private List<Task> tasksOf(String code) {
    String instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(code)
            .singleResult()
            .getId();
    return taskService.createTaskQuery().processInstanceId(instance).list();
  }

  private String openAgreement(String officer, String partner) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "Quy chế phối hợp bảng điều hành " + UUID.randomUUID());
    body.put("kind", "REGULATION");
    body.put("approvalPath", "CO_SIGNED");
    body.put("partnerAgencies", List.of(partner));
    body.put("fields", List.of("PETROLEUM"));
    body.put("termStart", "2026-03-01");
    body.put("termEnd", "2028-12-31");
    body.put("evaluationCadence", "QUARTERLY");
    ResponseEntity<JsonNode> created =
        rest.withBasicAuth(officer, password)
            .postForEntity("/api/v1/agreements", body, JsonNode.class);
    assertThat(created.getStatusCode())
        .as(String.valueOf(created.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("code").asText();
  }
}
