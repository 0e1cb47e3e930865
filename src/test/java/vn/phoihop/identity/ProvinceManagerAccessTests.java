package vn.phoihop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * Managers read the instances of their own province only — through {@code /engine-rest}, Cockpit
 * and the engine API behind it alike — and the managers of central bodies read all. Each refusal is
 * checked against a reader who does see the same data, so that it cannot pass by accident.
 */
@PhoiHopIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvinceManagerAccessTests {

  static final String GIA_LAI_MANAGER = "quanly.qlttgla";
  static final String TAY_NINH_MANAGER = "quanly.qltttni";
  static final String NATIONAL_MANAGER = "quanly.bcttttn";
  static final String TAY_NINH_OFFICER = "canbo.qltttnid1";
  static final String GIA_LAI_OFFICER = "canbo.qlttglad4";
  static final String GIA_LAI_GROUP = "PROVINCE-GLA.manager";
  static final String TAY_NINH_GROUP = "PROVINCE-TNI.manager";
  static final String REFERRAL = "case-referral";
  static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired AccessBootstrap accessBootstrap;
  @Autowired ManagerMemberships managerMemberships;
  @LocalServerPort int port;

  @Value("${phoihop.demo.password}")
  String password;

  private final ObjectMapper json = new ObjectMapper();

  String tayNinh;
  String giaLai;

  @BeforeAll
  void openOneReferralPerProvince() {
    tayNinh = instanceOf(openReferral(TAY_NINH_OFFICER, "TNI"));
    giaLai = instanceOf(openReferral(GIA_LAI_OFFICER, "GLA"));
  }

  // ------------------------------------------------------------------------------ /engine-rest

  @Test
  void engineRestListsAManagerOnlyTheInstancesOfTheirProvince() {
    List<String> seenByGiaLai =
        ids(get(GIA_LAI_MANAGER, "/process-instance?processDefinitionKey=" + REFERRAL));
    assertThat(seenByGiaLai).contains(giaLai).doesNotContain(tayNinh);
    assertThat(seenByGiaLai).allSatisfy(id -> assertThat(grantedTo(GIA_LAI_GROUP, id)).isTrue());

    List<String> seenByTayNinh =
        ids(get(TAY_NINH_MANAGER, "/process-instance?processDefinitionKey=" + REFERRAL));
    assertThat(seenByTayNinh).contains(tayNinh).doesNotContain(giaLai);
    assertThat(seenByTayNinh).allSatisfy(id -> assertThat(grantedTo(TAY_NINH_GROUP, id)).isTrue());

    assertThat(ids(get(NATIONAL_MANAGER, "/process-instance?processDefinitionKey=" + REFERRAL)))
        .contains(tayNinh, giaLai);
  }

  @Test
  void definitionStatisticsCountOnlyTheInstancesAManagerMayRead() {
    for (String manager : List.of(GIA_LAI_MANAGER, TAY_NINH_MANAGER, NATIONAL_MANAGER)) {
      int readable =
          get(manager, "/process-instance?processDefinitionKey=" + REFERRAL + "&maxResults=1000")
              .size();
      int counted = 0;
      for (JsonNode definition : get(manager, "/process-definition/statistics")) {
        if (REFERRAL.equals(definition.path("definition").path("key").asText())) {
          counted += definition.get("instances").asInt();
        }
      }
      assertThat(counted).as(manager).isEqualTo(readable);
    }
    long all = runtimeService.createProcessInstanceQuery().processDefinitionKey(REFERRAL).count();
    assertThat(get(GIA_LAI_MANAGER, "/process-instance?processDefinitionKey=" + REFERRAL).size())
        .as("a province reads fewer than all, so the counts above can differ")
        .isLessThan((int) all);
  }

  @Test
  void variablesOfAnotherProvincesInstanceAreRefused() {
    ResponseEntity<JsonNode> refused =
        as(GIA_LAI_MANAGER)
            .getForEntity(
                "/engine-rest/process-instance/" + tayNinh + "/variables", JsonNode.class);
    assertThat(refused.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(refused.getBody().has("referralCode")).isFalse();

    for (String reader : List.of(TAY_NINH_MANAGER, NATIONAL_MANAGER)) {
      ResponseEntity<JsonNode> read =
          as(reader)
              .getForEntity(
                  "/engine-rest/process-instance/" + tayNinh + "/variables", JsonNode.class);
      assertThat(read.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(read.getBody().has("referralCode")).as(reader).isTrue();
    }
    assertThat(
            as(GIA_LAI_MANAGER)
                .getForEntity(
                    "/engine-rest/process-instance/" + giaLai + "/variables", JsonNode.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    String query = "/variable-instance?processInstanceIdIn=";
    assertThat(get(GIA_LAI_MANAGER, query + tayNinh)).isEmpty();
    assertThat(get(TAY_NINH_MANAGER, query + tayNinh).findValuesAsText("name"))
        .contains("referralCode");
  }

  @Test
  void historyOfAnotherProvincesInstanceIsEmpty() {
    String variables = "/history/variable-instance?processInstanceId=";
    assertThat(get(GIA_LAI_MANAGER, variables + tayNinh)).isEmpty();
    assertThat(get(TAY_NINH_MANAGER, variables + tayNinh).findValuesAsText("name"))
        .contains("referralCode", "dossierSummary");
    assertThat(get(NATIONAL_MANAGER, variables + tayNinh)).isNotEmpty();
    assertThat(get(GIA_LAI_MANAGER, variables + giaLai).findValuesAsText("name"))
        .contains("referralCode");
    assertThat(get(TAY_NINH_MANAGER, variables + giaLai)).isEmpty();

    String instances = "/history/process-instance?processDefinitionKey=" + REFERRAL;
    assertThat(ids(get(GIA_LAI_MANAGER, instances))).contains(giaLai).doesNotContain(tayNinh);
    assertThat(ids(get(TAY_NINH_MANAGER, instances))).contains(tayNinh).doesNotContain(giaLai);
    assertThat(ids(get(NATIONAL_MANAGER, instances))).contains(tayNinh, giaLai);

    for (String history :
        List.of(
            "/history/activity-instance?processInstanceId=",
            "/history/task?processInstanceId=",
            "/history/detail?processInstanceId=")) {
      assertThat(get(GIA_LAI_MANAGER, history + tayNinh)).as(history).isEmpty();
      assertThat(get(TAY_NINH_MANAGER, history + tayNinh)).as(history).isNotEmpty();
    }
  }

  @Test
  void tasksOfAnotherProvincesInstanceAreInvisible() {
    assertThat(get(GIA_LAI_MANAGER, "/task?processInstanceId=" + tayNinh)).isEmpty();
    JsonNode seenByTayNinh = get(TAY_NINH_MANAGER, "/task?processInstanceId=" + tayNinh);
    assertThat(seenByTayNinh.findValuesAsText("taskDefinitionKey"))
        .containsExactly("Task_PrepareDossier");
    assertThat(get(NATIONAL_MANAGER, "/task?processInstanceId=" + tayNinh)).hasSize(1);
    String taskId = seenByTayNinh.get(0).get("id").asText();
    assertThat(
            as(GIA_LAI_MANAGER)
                .getForEntity("/engine-rest/task/" + taskId, String.class)
                .getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(
            as(TAY_NINH_MANAGER)
                .getForEntity("/engine-rest/task/" + taskId, String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(get(GIA_LAI_MANAGER, "/task?processInstanceId=" + giaLai)).hasSize(1);
  }

  // ---------------------------------------------------------------------------------- Cockpit

  @Test
  void cockpitCountsAndListsOnlyTheInstancesOfTheManagersProvince() throws Exception {
    Map<String, WebappSession> sessions = new LinkedHashMap<>();
    for (String manager : List.of(GIA_LAI_MANAGER, TAY_NINH_MANAGER, NATIONAL_MANAGER)) {
      WebappSession session = new WebappSession(port);
      assertThat(session.login(manager, password, "cockpit")).as(manager).isEqualTo(200);
      sessions.put(manager, session);
    }
    String definition =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(giaLai)
            .singleResult()
            .getProcessDefinitionId();
    // What Cockpit shows on a process's page: the number of instances above their list, and the
    // number waiting at each activity of the diagram.
    String instanceCount =
        "/camunda/api/cockpit/plugin/base/default/process-instance/count?processDefinitionId="
            + definition;
    String activityCounts =
        "/camunda/api/engine/engine/default/process-definition/" + definition + "/statistics";
    String definitionCounts =
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
    Map<String, int[]> before = new HashMap<>();
    for (var entry : sessions.entrySet()) {
      WebappSession session = entry.getValue();
      before.put(
          entry.getKey(),
          new int[] {
            webGet(session, instanceCount).get("count").asInt(),
            waitingToPrepare(webGet(session, activityCounts)),
            referralCount(webGet(session, definitionCounts))
          });
    }

    String newTayNinh = instanceOf(openReferral(TAY_NINH_OFFICER, "TNI"));
    String newGiaLai = instanceOf(openReferral(GIA_LAI_OFFICER, "GLA"));

    Map<String, Integer> added =
        Map.of(GIA_LAI_MANAGER, 1, TAY_NINH_MANAGER, 1, NATIONAL_MANAGER, 2);
    for (var entry : sessions.entrySet()) {
      String manager = entry.getKey();
      WebappSession session = entry.getValue();
      assertThat(webGet(session, instanceCount).get("count").asInt())
          .as(manager + " instance count")
          .isEqualTo(before.get(manager)[0] + added.get(manager));
      assertThat(waitingToPrepare(webGet(session, activityCounts)))
          .as(manager + " diagram count")
          .isEqualTo(before.get(manager)[1] + added.get(manager));
      // Known limitation (README, Security): the process list's total per process counts every
      // running instance, whoever may read it (Camunda computes it from definition rights only).
      // Pinned here so that the README is corrected when a Camunda version changes it.
      assertThat(referralCount(webGet(session, definitionCounts)))
          .as(manager + " process list total")
          .isEqualTo(before.get(manager)[2] + 2);
    }

    for (String path :
        List.of(
            "/camunda/api/engine/engine/default/process-instance?processDefinitionKey=" + REFERRAL,
            "/camunda/api/cockpit/plugin/base/default/process-instance?processDefinitionId="
                + definition)) {
      assertThat(ids(webGet(sessions.get(GIA_LAI_MANAGER), path)))
          .as(path)
          .contains(newGiaLai, giaLai)
          .doesNotContain(newTayNinh, tayNinh);
      assertThat(ids(webGet(sessions.get(TAY_NINH_MANAGER), path)))
          .as(path)
          .contains(newTayNinh, tayNinh)
          .doesNotContain(newGiaLai, giaLai);
      assertThat(ids(webGet(sessions.get(NATIONAL_MANAGER), path)))
          .as(path)
          .contains(newTayNinh, newGiaLai);
    }
    String variables =
        "/camunda/api/engine/engine/default/process-instance/" + newTayNinh + "/variables";
    assertThat(sessions.get(GIA_LAI_MANAGER).get(variables).statusCode()).isIn(403, 404);
    assertThat(sessions.get(TAY_NINH_MANAGER).get(variables).statusCode()).isEqualTo(200);
  }

  // -------------------------------------------------------------------------- growing parties

  @Test
  void theReceivingUnitsProvinceReadsTheInstanceOnceItIsRouted() {
    // A Tây Ninh team's case found in Gia Lai: the routing table proposes Gia Lai's police.
    String code = openReferral(TAY_NINH_OFFICER, "GLA");
    String instance = instanceOf(code);
    assertThat(ids(get(GIA_LAI_MANAGER, "/process-instance?processDefinitionKey=" + REFERRAL)))
        .doesNotContain(instance);
    assertThat(get(GIA_LAI_MANAGER, "/history/task?processInstanceId=" + instance)).isEmpty();

    upload(TAY_NINH_OFFICER, code);
    complete(TAY_NINH_OFFICER, code, "Task_PrepareDossier", Map.of());

    assertThat(ids(get(GIA_LAI_MANAGER, "/process-instance?processDefinitionKey=" + REFERRAL)))
        .contains(instance);
    assertThat(
            get(GIA_LAI_MANAGER, "/task?processInstanceId=" + instance)
                .findValuesAsText("taskDefinitionKey"))
        .containsExactly("Task_ConfirmRouting");
    // The task finished before Gia Lai took part is readable too.
    assertThat(
            get(GIA_LAI_MANAGER, "/history/task?processInstanceId=" + instance)
                .findValuesAsText("taskDefinitionKey"))
        .contains("Task_PrepareDossier", "Task_ConfirmRouting");
    assertThat(ids(get(TAY_NINH_MANAGER, "/process-instance?processDefinitionKey=" + REFERRAL)))
        .contains(instance);
  }

  @Test
  void anOverridingReceivingUnitBringsItsProvince() {
    String code = openReferral(TAY_NINH_OFFICER, "TNI");
    String instance = instanceOf(code);
    upload(TAY_NINH_OFFICER, code);
    complete(TAY_NINH_OFFICER, code, "Task_PrepareDossier", Map.of());
    assertThat(ids(get(GIA_LAI_MANAGER, "/process-instance?processDefinitionKey=" + REFERRAL)))
        .doesNotContain(instance);

    complete(
        TAY_NINH_OFFICER,
        code,
        "Task_ConfirmRouting",
        Map.of(
            "routingOverride",
            true,
            "overrideAgency",
            "CA-GLA",
            "overrideReason",
            "Đối tượng cư trú và hoạt động chủ yếu tại Gia Lai."));

    assertThat(ids(get(GIA_LAI_MANAGER, "/process-instance?processDefinitionKey=" + REFERRAL)))
        .contains(instance);
    assertThat(get(GIA_LAI_MANAGER, "/task?processInstanceId=" + instance)).isNotEmpty();
  }

  @Test
  void agreementsAndEvaluationsFollowTheProvincesOfTheirParties() {
    String tayNinhOnly = openAgreement(List.of("SCT-TNI"));
    String withGiaLai = openAgreement(List.of("QLTT-GLA"));
    String agreements = "/process-instance?processDefinitionKey=coordination-agreement";
    assertThat(ids(get(TAY_NINH_MANAGER, agreements))).contains(tayNinhOnly, withGiaLai);
    assertThat(ids(get(GIA_LAI_MANAGER, agreements)))
        .contains(withGiaLai)
        .doesNotContain(tayNinhOnly);
    assertThat(get(GIA_LAI_MANAGER, "/task?processInstanceId=" + withGiaLai)).isNotEmpty();
    assertThat(get(GIA_LAI_MANAGER, "/task?processInstanceId=" + tayNinhOnly)).isEmpty();
    assertThat(get(TAY_NINH_MANAGER, "/task?processInstanceId=" + tayNinhOnly)).isNotEmpty();

    Map<String, Object> variables = new HashMap<>();
    variables.put("agreementId", ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE));
    String evaluationCode = "QC-2026-" + ThreadLocalRandom.current().nextInt(10_000, 100_000_000);
    variables.put("agreementCode", evaluationCode);
    variables.put("leadAgency", "QLTT-GLA");
    variables.put("parties", "QLTT-GLA,QLTT-GLA-D4");
    variables.put("periodKind", "QUARTER");
    variables.put("periodYear", 2026);
    variables.put("periodNumber", 1);
    String evaluation =
        runtimeService
            .startProcessInstanceByKey("agreement-evaluation", evaluationCode, variables)
            .getId();
    String evaluations = "/process-instance?processDefinitionKey=agreement-evaluation";
    assertThat(ids(get(GIA_LAI_MANAGER, evaluations))).contains(evaluation);
    assertThat(ids(get(TAY_NINH_MANAGER, evaluations))).doesNotContain(evaluation);
    assertThat(get(GIA_LAI_MANAGER, "/task?processInstanceId=" + evaluation)).isNotEmpty();
    assertThat(get(TAY_NINH_MANAGER, "/task?processInstanceId=" + evaluation)).isEmpty();
    assertThat(get(NATIONAL_MANAGER, "/task?processInstanceId=" + evaluation)).isNotEmpty();
  }

  // ------------------------------------------------------------------------- ended instances

  @Test
  void anEndedInstanceKeepsItsHistoryGrantsUntilHistoryCleanupRemovesThem() {
    String code = openReferral(GIA_LAI_OFFICER, "GLA");
    String instance = instanceOf(code);
    assertThat(grants(Resources.PROCESS_INSTANCE, instance))
        .extracting(Authorization::getGroupId)
        .containsExactly(GIA_LAI_GROUP);
    Authorization history = grants(Resources.HISTORIC_PROCESS_INSTANCE, instance).get(0);
    assertThat(history.getGroupId()).isEqualTo(GIA_LAI_GROUP);
    assertThat(history.getRootProcessInstanceId()).isEqualTo(instance);
    assertThat(history.getRemovalTime()).as("running").isNull();

    ResponseEntity<JsonNode> withdrawn =
        as(GIA_LAI_OFFICER)
            .postForEntity(
                "/api/v1/referrals/" + code + "/withdrawal",
                Map.of("reason", "Hàng đã được chứng minh nguồn gốc hợp pháp."),
                JsonNode.class);
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count())
        .isZero();

    // The engine removed the runtime grants with the instance and its task ...
    assertThat(grants(Resources.PROCESS_INSTANCE, instance)).isEmpty();
    // ... and dated the history grants: history cleanup deletes them with the instance's history.
    assertThat(grants(Resources.HISTORIC_PROCESS_INSTANCE, instance))
        .singleElement()
        .satisfies(a -> assertThat(a.getRemovalTime()).isNotNull());
    List<String> historicTasks =
        historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).list().stream()
            .map(t -> t.getId())
            .toList();
    assertThat(historicTasks).isNotEmpty();
    for (String task : historicTasks) {
      assertThat(grants(Resources.TASK, task)).isEmpty();
      assertThat(grants(Resources.HISTORIC_TASK, task))
          .filteredOn(a -> GIA_LAI_GROUP.equals(a.getGroupId()))
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.getRootProcessInstanceId()).isEqualTo(instance);
                assertThat(a.getRemovalTime()).isNotNull();
              });
    }
    assertThat(ids(get(GIA_LAI_MANAGER, "/history/process-instance?processInstanceId=" + instance)))
        .containsExactly(instance);
    assertThat(get(TAY_NINH_MANAGER, "/history/process-instance?processInstanceId=" + instance))
        .isEmpty();
  }

  // ------------------------------------------------------------------------------ memberships

  @Test
  void managerGroupMembershipFollowsTheUnitRoleGroupsWhileAdministratorsWork() {
    String userId = "kiemthu.quanly" + ThreadLocalRandom.current().nextInt(1_000_000);
    User user = identityService.newUser(userId);
    user.setFirstName("Kiểm");
    user.setLastName("Thử");
    user.setPassword(password);
    identityService.saveUser(user);
    try {
      assertThat(groupsOf(userId)).doesNotContain(GIA_LAI_GROUP, Groups.NATIONAL_MANAGERS);

      // Through /engine-rest, as the Admin webapp does it.
      assertThat(membership(HttpMethod.PUT, "QLTT-GLA.manager", userId))
          .isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(groupsOf(userId)).contains("QLTT-GLA.manager", GIA_LAI_GROUP);

      identityService.createMembership(userId, "QLTT-GLA-D4.manager");
      assertThat(membership(HttpMethod.DELETE, "QLTT-GLA.manager", userId))
          .isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(groupsOf(userId)).as("still a Gia Lai team's manager").contains(GIA_LAI_GROUP);
      identityService.deleteMembership(userId, "QLTT-GLA-D4.manager");
      assertThat(groupsOf(userId)).doesNotContain(GIA_LAI_GROUP);

      identityService.createMembership(userId, "BCD389-QG.manager");
      assertThat(groupsOf(userId)).contains(Groups.NATIONAL_MANAGERS);
      identityService.deleteMembership(userId, "BCD389-QG.manager");
      assertThat(groupsOf(userId)).doesNotContain(Groups.NATIONAL_MANAGERS);

      // Other roles' groups have no such effect.
      identityService.createMembership(userId, "QLTT-GLA.staff");
      assertThat(groupsOf(userId)).doesNotContain(GIA_LAI_GROUP);
    } finally {
      identityService.deleteUser(userId);
    }
  }

  @Test
  void deletingAManagerGroupTakesItsMembersOutOfTheProvinceGroup() {
    String userId = "kiemthu.xoanhom" + ThreadLocalRandom.current().nextInt(1_000_000);
    String groupId = "QLTT-QNG-D2.manager";
    Group original = identityService.createGroupQuery().groupId(groupId).singleResult();
    User user = identityService.newUser(userId);
    user.setPassword(password);
    identityService.saveUser(user);
    try {
      identityService.createMembership(userId, groupId);
      assertThat(groupsOf(userId)).contains("PROVINCE-QNG.manager");
      identityService.deleteGroup(groupId);
      assertThat(groupsOf(userId)).doesNotContain("PROVINCE-QNG.manager");
    } finally {
      identityService.deleteUser(userId);
      Group group = identityService.newGroup(groupId);
      group.setName(original.getName());
      group.setType(original.getType());
      identityService.saveGroup(group);
    }
  }

  @Test
  void eachStartRestoresTheDerivedMembershipsAndDropsTheFormerWildcardGrants() {
    try {
      identityService.deleteMembership(GIA_LAI_MANAGER, GIA_LAI_GROUP);
      identityService.createMembership("canbo.qlttgla", TAY_NINH_GROUP);
      accessBootstrap.grant(
          Role.MANAGER.groupId(), Resources.PROCESS_INSTANCE, "*", Permissions.READ);
      // The leak the rule closes: with the former grant, Gia Lai's manager reads Tây Ninh's case.
      assertThat(ids(get(GIA_LAI_MANAGER, "/process-instance?processDefinitionKey=" + REFERRAL)))
          .contains(tayNinh, giaLai);
      assertThat(groupsOf(GIA_LAI_MANAGER)).doesNotContain(GIA_LAI_GROUP);
      assertThat(groupsOf("canbo.qlttgla")).contains(TAY_NINH_GROUP);

      accessBootstrap.run();
      managerMemberships.ensureGroups();
      managerMemberships.sync();

      assertThat(
              authorizationService
                  .createAuthorizationQuery()
                  .groupIdIn(Role.MANAGER.groupId())
                  .resourceType(Resources.PROCESS_INSTANCE)
                  .count())
          .isZero();
      assertThat(groupsOf(GIA_LAI_MANAGER)).contains(GIA_LAI_GROUP);
      assertThat(groupsOf("canbo.qlttgla")).doesNotContain(TAY_NINH_GROUP);
      assertThat(ids(get(GIA_LAI_MANAGER, "/process-instance?processDefinitionKey=" + REFERRAL)))
          .contains(giaLai)
          .doesNotContain(tayNinh);
    } finally {
      accessBootstrap.run();
      managerMemberships.sync();
    }
  }

  @Test
  void everyCurrentProvinceHasItsManagerGroup() {
    Group tayNinhGroup = identityService.createGroupQuery().groupId(TAY_NINH_GROUP).singleResult();
    assertThat(tayNinhGroup.getType()).isEqualTo(Groups.TYPE_PROVINCE_ROLE);
    assertThat(tayNinhGroup.getName()).isEqualTo("Quản lý, giám sát – Tây Ninh");
    assertThat(identityService.createGroupQuery().groupType(Groups.TYPE_PROVINCE_ROLE).count())
        .isEqualTo(34);
    assertThat(identityService.createGroupQuery().groupId("PROVINCE-LAN.manager").count())
        .as("former province")
        .isZero();
    assertThat(
            identityService
                .createUserQuery()
                .memberOfGroup(Groups.NATIONAL_MANAGERS)
                .list()
                .stream()
                .map(User::getId))
        .contains(NATIONAL_MANAGER)
        .doesNotContain(GIA_LAI_MANAGER, TAY_NINH_MANAGER);
  }

  // ---------------------------------------------------------------------------------- helpers

  private TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, password);
  }

  private JsonNode get(String userId, String engineRestPath) {
    ResponseEntity<JsonNode> response =
        as(userId).getForEntity("/engine-rest" + engineRestPath, JsonNode.class);
    assertThat(response.getStatusCode()).as(userId + " " + engineRestPath).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private JsonNode webGet(WebappSession session, String path) throws Exception {
    HttpResponse<String> response = session.get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static int referralCount(JsonNode definitionStatistics) {
    int count = 0;
    for (JsonNode definition : definitionStatistics) {
      if (REFERRAL.equals(definition.get("key").asText())) {
        count += definition.get("instances").asInt();
      }
    }
    return count;
  }

  private static int waitingToPrepare(JsonNode activityStatistics) {
    int count = 0;
    for (JsonNode activity : activityStatistics) {
      if ("Task_PrepareDossier".equals(activity.get("id").asText())) {
        count += activity.get("instances").asInt();
      }
    }
    return count;
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new ArrayList<>();
    list.forEach(item -> ids.add(item.get("id").asText()));
    return ids;
  }

  private boolean grantedTo(String groupId, String processInstanceId) {
    return grants(Resources.PROCESS_INSTANCE, processInstanceId).stream()
        .anyMatch(a -> groupId.equals(a.getGroupId()));
  }

  private List<Authorization> grants(Resources resource, String resourceId) {
    return authorizationService
        .createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(resource)
        .resourceId(resourceId)
        .list();
  }

  private Set<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .collect(Collectors.toSet());
  }

  private HttpStatus membership(HttpMethod method, String groupId, String userId) {
    return HttpStatus.valueOf(
        as("quantri")
            .exchange(
                "/engine-rest/group/" + groupId + "/members/" + userId,
                method,
                HttpEntity.EMPTY,
                String.class)
            .getStatusCode()
            .value());
  }

  private String instanceOf(String businessKey) {
    ProcessInstance instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .singleResult();
    assertThat(instance).as(businessKey).isNotNull();
    return instance.getId();
  }

  private String openReferral(String officer, String provinceCode) {
    Map<String, Object> dossier = new LinkedHashMap<>();
    dossier.put("caseSummary", "Kiểm tra xe tải tại trạm, phát hiện hàng hóa có dấu hiệu vi phạm.");
    dossier.put("foundOn", "2026-01-05");
    dossier.put("foundPlace", "Quốc lộ, trạm kiểm tra liên ngành");
    dossier.put("provinceCode", provinceCode);
    dossier.put("borderArea", false);
    dossier.put("customsControl", false);
    dossier.put("offenderKind", "PERSON");
    dossier.put("offenderName", "Trần Văn Kiểm");
    dossier.put("offenderIdNumber", "072090009999");
    dossier.put("violationCategory", "COUNTERFEIT_GOODS");
    dossier.put("goodsDescription", "2.400 đôi giày thể thao mang nhãn hiệu nổi tiếng");
    dossier.put("estimatedValueVnd", 980_000_000L);
    dossier.put("crimeSigns", "Hàng giả mạo nhãn hiệu, trị giá trên 30 triệu đồng.");
    dossier.put("foundDuring", "CONSIDERING_PENALTY");
    ResponseEntity<JsonNode> created =
        as(officer).postForEntity("/api/v1/referrals", dossier, JsonNode.class);
    assertThat(created.getStatusCode())
        .as(String.valueOf(created.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("code").asText();
  }

  private String openAgreement(List<String> partners) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "Quy chế phối hợp kiểm thử " + UUID.randomUUID());
    body.put("kind", "REGULATION");
    body.put("approvalPath", "CO_SIGNED");
    body.put("partnerAgencies", partners);
    body.put("fields", List.of("PETROLEUM"));
    body.put("termStart", "2026-03-01");
    body.put("termEnd", "2028-12-31");
    body.put("evaluationCadence", "QUARTERLY");
    ResponseEntity<JsonNode> created =
        as("canbo.qltttni").postForEntity("/api/v1/agreements", body, JsonNode.class);
    assertThat(created.getStatusCode())
        .as(String.valueOf(created.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    return instanceOf(created.getBody().get("code").asText());
  }

  private void upload(String officer, String code) {
    HttpHeaders partHeaders = new HttpHeaders();
    partHeaders.setContentType(MediaType.APPLICATION_PDF);
    ByteArrayResource file =
        new ByteArrayResource(PDF) {
          @Override
          public String getFilename() {
            return "bien-ban.pdf";
          }
        };
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new HttpEntity<>(file, partHeaders));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> uploaded =
        as(officer)
            .postForEntity(
                "/api/v1/referrals/" + code + "/documents",
                new HttpEntity<>(body, headers),
                String.class);
    assertThat(uploaded.getStatusCode().is2xxSuccessful()).as(uploaded.getBody()).isTrue();
  }

  /** Submits the task's form through /engine-rest, as Tasklist does. */
  private void complete(String user, String code, String taskKey, Map<String, Object> values) {
    String taskId = null;
    for (JsonNode task : get(user, "/task?processInstanceBusinessKey=" + code)) {
      if (task.get("taskDefinitionKey").asText().equals(taskKey)) {
        taskId = task.get("id").asText();
      }
    }
    assertThat(taskId).as(user + " sees " + taskKey).isNotNull();
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, Map.of("value", v)));
    ResponseEntity<String> response =
        as(user)
            .postForEntity(
                "/engine-rest/task/" + taskId + "/submit-form",
                Map.of("variables", variables),
                String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }
}
