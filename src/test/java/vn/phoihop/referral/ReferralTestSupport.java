package vn.phoihop.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;

/**
 * Drives {@code case-referral} as its users do: the REST service to open a dossier and upload
 * documents, Tasklist's form submission (with the user authenticated, so engine authorizations
 * apply) for every task, and the moved engine clock for timers.
 */
final class ReferralTestSupport {

  static final ZoneId VN = Clocks.ZONE;
  static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  // Demo users (docs/demo-identities.md)
  static final Actor OFFICER = new Actor("canbo.qltttnid1", "QLTT-TNI-D1", "staff");
  static final Actor TEAM_LEADER = new Actor("lanhdao.qltttnid1", "QLTT-TNI-D1", "leader");
  static final Actor CHI_CUC_LEADER = new Actor("lanhdao.qltttni", "QLTT-TNI", "leader");
  static final Actor POLICE = new Actor("daumoi.catni", "CA-TNI", "liaison");
  static final Actor CUSTOMS = new Actor("daumoi.hqkv17", "HQ-KV17", "liaison");
  static final Actor BORDER_GUARD = new Actor("daumoi.bdbptni", "BDBP-TNI", "liaison");

  record Actor(String userId, String agency, String role) {
    List<String> groups() {
      return List.of(agency, role, agency + "." + role);
    }

    PhoiHopUser user() {
      return new PhoiHopUser(userId, groups(), agency);
    }
  }

  private final ReferralOpening opening;
  private final ReferralDocuments documents;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final FormService formService;
  private final ManagementService managementService;
  private final IdentityService identityService;
  private final JdbcTemplate jdbc;
  private final CaseReferralRepository referrals;
  private final org.springframework.transaction.support.TransactionTemplate transaction;

  ReferralTestSupport(
      ReferralOpening opening,
      ReferralDocuments documents,
      RuntimeService runtimeService,
      TaskService taskService,
      FormService formService,
      ManagementService managementService,
      IdentityService identityService,
      JdbcTemplate jdbc,
      CaseReferralRepository referrals,
      org.springframework.transaction.PlatformTransactionManager transactionManager) {
    this.opening = opening;
    this.documents = documents;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.formService = formService;
    this.managementService = managementService;
    this.identityService = identityService;
    this.jdbc = jdbc;
    this.referrals = referrals;
    this.transaction =
        new org.springframework.transaction.support.TransactionTemplate(transactionManager);
  }

  /** The support on the beans of a test's Spring context. */
  static ReferralTestSupport of(org.springframework.context.ApplicationContext context) {
    return new ReferralTestSupport(
        context.getBean(ReferralOpening.class),
        context.getBean(ReferralDocuments.class),
        context.getBean(RuntimeService.class),
        context.getBean(TaskService.class),
        context.getBean(FormService.class),
        context.getBean(ManagementService.class),
        context.getBean(IdentityService.class),
        context.getBean(JdbcTemplate.class),
        context.getBean(CaseReferralRepository.class),
        context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
  }

  static void clockAt(String isoLocal) {
    ClockUtil.setCurrentTime(
        Date.from(java.time.LocalDateTime.parse(isoLocal).atZone(VN).toInstant()));
  }

  static ZonedDateTime local(Date date) {
    return date.toInstant().atZone(VN);
  }

  static ZonedDateTime local(java.time.Instant instant) {
    return instant.atZone(VN);
  }

  static DossierInput dossier(
      String category, boolean borderArea, boolean customsControl, String foundDuring) {
    return dossierIn("TNI", category, borderArea, customsControl, foundDuring);
  }

  /** {@link #dossier} for a case found in another province. */
  static DossierInput dossierIn(
      String province,
      String category,
      boolean borderArea,
      boolean customsControl,
      String foundDuring) {
    return new DossierInput(
        "Kiểm tra kho hàng, phát hiện lô thuốc lá điếu không có hóa đơn, chứng từ.",
        "2026-01-05",
        "Kho số 3, đường 30/4, phường Tân Ninh",
        province,
        borderArea,
        customsControl,
        "PERSON",
        "Nguyễn Văn Bình",
        "072090001234",
        "Phường Tân Ninh, tỉnh Tây Ninh",
        category,
        "12.000 bao thuốc lá điếu nhãn hiệu nước ngoài",
        1_250_000_000L,
        "Trị giá hàng hóa trên 100 triệu đồng (ngưỡng định tội Điều 188 Bộ luật Hình sự).",
        foundDuring);
  }

  /** Opened through the service the REST API uses, with one evidence document. */
  ProcessInstance open(DossierInput dossier) {
    CaseReferral referral = opening.openAndStart(dossier, OFFICER.user());
    documents.upload(
        referral.getCode(), "bien-ban-kiem-tra.pdf", "application/pdf", PDF, OFFICER.user());
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(referral.getCode())
        .singleResult();
  }

  /**
   * Opened as {@link #open} does, but started on the given process definition instead of the latest
   * one: an older release, deployed by a migration test, that instances of the past still run on.
   * The same aggregate, start variables and evidence document as {@link
   * ReferralOpening#openAndStart} gives.
   */
  ProcessInstance openOn(String processDefinitionId, DossierInput dossier) {
    CaseReferral referral = opening.open(dossier, OFFICER.agency(), OFFICER.userId());
    ProcessInstance instance =
        runtimeService.startProcessInstanceById(
            processDefinitionId, referral.getCode(), opening.startVariables(referral));
    documents.upload(
        referral.getCode(), "bien-ban-kiem-tra.pdf", "application/pdf", PDF, OFFICER.user());
    return instance;
  }

  /** From opening on the given definition to the liaison's acknowledgment task. */
  ProcessInstance transferredOn(String processDefinitionId, DossierInput dossier) {
    ProcessInstance instance = openOn(processDefinitionId, dossier);
    prepareConfirmReviewAndTransfer(instance);
    return instance;
  }

  Task task(ProcessInstance instance, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceId(instance.getId())
        .taskDefinitionKey(key)
        .singleResult();
  }

  /** Submits the task's form as the actor would in Tasklist. */
  void submit(ProcessInstance instance, String key, Actor actor, Map<String, Object> values) {
    Task task = task(instance, key);
    assertThat(task).as("open task " + key).isNotNull();
    identityService.setAuthentication(actor.userId(), actor.groups());
    try {
      formService.submitTaskForm(task.getId(), values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  void submit(ProcessInstance instance, String key, Actor actor, Object... keyValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put((String) keyValues[i], keyValues[i + 1]);
    }
    submit(instance, key, actor, values);
  }

  /** The day as an officer types it in a form: dd/mm/yyyy of an ISO date (yyyy-mm-dd). */
  static String day(String iso) {
    return vn.phoihop.TestRequests.formDate(iso);
  }

  /** Today (engine clock, Vietnam) as typed in a form. */
  static String today() {
    return day(Clocks.today().toString());
  }

  /** The liaison records the receipt of the dossier on the legal date {@code receivedOn} (ISO). */
  void acknowledge(ProcessInstance instance, Actor liaison, String receivedOn) {
    submit(
        instance,
        ReferralProcess.Elements.ACKNOWLEDGE_RECEIPT,
        liaison,
        ReferralProcess.Vars.RECEIPT_DECISION,
        ReferralProcess.Vars.ACCEPTED,
        "receivedOn",
        day(receivedOn));
  }

  /** The liaison records the receipt of the dossier today. */
  void acknowledgeToday(ProcessInstance instance, Actor liaison) {
    acknowledge(instance, liaison, Clocks.today().toString());
  }

  /** The liaison records a decision {@code number} signed on {@code decidedOn} (ISO). */
  void decide(
      ProcessInstance instance, Actor liaison, String outcome, String number, String decidedOn) {
    Map<String, Object> values = new HashMap<>();
    values.put(ReferralProcess.Vars.DECISION_OUTCOME, outcome);
    values.put("decisionNumber", number);
    values.put("decisionDate", day(decidedOn));
    if ("SUSPENDED".equals(outcome)) {
      values.put("decisionNote", "Chờ kết quả giám định hàng hóa.");
    }
    submit(instance, ReferralProcess.Elements.RECORD_DECISION, liaison, values);
  }

  /** From opening to the receiving liaison's acknowledgment task, without override. */
  ProcessInstance transferred(DossierInput dossier) {
    ProcessInstance instance = open(dossier);
    prepareConfirmReviewAndTransfer(instance);
    return instance;
  }

  private void prepareConfirmReviewAndTransfer(ProcessInstance instance) {
    prepareAndConfirm(instance);
    submit(
        instance,
        ReferralProcess.Elements.REVIEW_DOSSIER,
        TEAM_LEADER,
        ReferralProcess.Vars.REVIEW_OUTCOME,
        "APPROVED");
    submit(
        instance,
        ReferralProcess.Elements.DECIDE_TRANSFER,
        CHI_CUC_LEADER,
        ReferralProcess.Vars.TRANSFER_DECISION,
        "TRANSFER");
  }

  void prepareAndConfirm(ProcessInstance instance) {
    submit(instance, ReferralProcess.Elements.PREPARE_DOSSIER, OFFICER);
    submit(instance, ReferralProcess.Elements.CONFIRM_ROUTING, OFFICER, "routingOverride", false);
  }

  /** The aggregate with its collections loaded, found by the instance's business key (its code). */
  CaseReferral referral(ProcessInstance instance) {
    return transaction.execute(
        status -> {
          CaseReferral referral = referrals.findByCode(instance.getBusinessKey()).orElseThrow();
          referral.getEvents().size();
          referral.getDocuments().size();
          referral.getExtensions().size();
          return referral;
        });
  }

  /**
   * A step refused with this Vietnamese message (from the service, possibly wrapped by the engine).
   */
  static void assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable step, String message) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(step);
    assertThat(thrown).as("refused step").isNotNull();
    Throwable cause = thrown;
    while (cause != null && !(cause instanceof DomainException)) {
      cause = cause.getCause();
    }
    assertThat(cause == null ? thrown.getMessage() : cause.getMessage())
        .as("message of " + thrown)
        .contains(message);
  }

  /**
   * Executes this instance's timer jobs due by the given local time, after moving the clock there.
   */
  List<Job> fireTimersDueBy(ProcessInstance instance, String isoLocal) {
    clockAt(isoLocal);
    List<Job> due =
        managementService
            .createJobQuery()
            .processInstanceId(instance.getId())
            .timers()
            .duedateLowerThan(ClockUtil.getCurrentTime())
            .orderByJobDuedate()
            .asc()
            .list();
    due.forEach(job -> managementService.executeJob(job.getId()));
    return due;
  }

  /**
   * Moves the clock past every timer of the instance and executes them all (reminder, then
   * escalation).
   */
  List<Job> fireAllTimers(ProcessInstance instance) {
    List<Job> timers =
        managementService
            .createJobQuery()
            .processInstanceId(instance.getId())
            .timers()
            .orderByJobDuedate()
            .asc()
            .list();
    for (Job job : timers) {
      Date at =
          new Date(
              Math.max(job.getDuedate().getTime() + 60_000, ClockUtil.getCurrentTime().getTime()));
      ClockUtil.setCurrentTime(at);
      managementService.executeJob(job.getId());
    }
    return timers;
  }

  List<Job> timers(ProcessInstance instance) {
    return managementService
        .createJobQuery()
        .processInstanceId(instance.getId())
        .timers()
        .orderByJobDuedate()
        .asc()
        .list();
  }

  /** Notifications stored for a referral: "KIND recipient" lines. */
  List<String> notifications(String businessKey) {
    return jdbc.queryForList(
        "select kind || ' ' || recipient_user_id from notification where business_key = ? order by id",
        String.class,
        businessKey);
  }
}
