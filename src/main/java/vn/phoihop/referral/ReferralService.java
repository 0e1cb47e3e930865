package vn.phoihop.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyType;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.code.YearlyCodes;
import vn.phoihop.deadline.DeadlineUnit;
import vn.phoihop.deadline.Deadlines;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Role;
import vn.phoihop.notification.NotificationKind;
import vn.phoihop.notification.Notifications;
import vn.phoihop.referral.ReferralEnums.ApprovingBodyType;
import vn.phoihop.referral.ReferralEnums.FoundDuring;
import vn.phoihop.referral.ReferralEnums.Outcome;
import vn.phoihop.referral.ReferralProcess.FormFields;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.InputProperties;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.VietnameseFormats;

/**
 * Every change to a {@link CaseReferral}: from the REST API (open, withdraw) and from the process
 * (its listeners and delegates, each a thin adapter that calls one method here). Validates what
 * forms submit, since Camunda Forms do not; a failure is an {@link DomainException} that rolls the
 * step back and leaves the task open.
 */
@Service
@Transactional
class ReferralService {

  /** Referral numbers are {@code CHS-<year>-<nnnn>} ({@link YearlyCodes}). */
  static final String CODE_PREFIX = "CHS";

  static final List<AgencyType> RECEIVING_TYPES =
      List.of(AgencyType.PROVINCIAL_POLICE, AgencyType.CUSTOMS_BRANCH, AgencyType.BORDER_GUARD);

  private static final Logger log = LoggerFactory.getLogger(ReferralService.class);

  private final CaseReferralRepository referrals;
  private final YearlyCodes codes;
  private final AgencyRegistry registry;
  private final Deadlines deadlines;
  private final ReferralDescriptions descriptions;
  private final ReferralProperties properties;
  private final Notifications notifications;
  private final ReferralDocuments documents;
  private final RuntimeService runtimeService;
  private final org.camunda.bpm.engine.TaskService taskService;
  private final SystemEngine system;
  private final InputProperties input;

  ReferralService(
      CaseReferralRepository referrals,
      YearlyCodes codes,
      AgencyRegistry registry,
      Deadlines deadlines,
      ReferralDescriptions descriptions,
      ReferralProperties properties,
      Notifications notifications,
      ReferralDocuments documents,
      RuntimeService runtimeService,
      org.camunda.bpm.engine.TaskService taskService,
      SystemEngine system,
      InputProperties input) {
    this.referrals = referrals;
    this.codes = codes;
    this.registry = registry;
    this.deadlines = deadlines;
    this.descriptions = descriptions;
    this.properties = properties;
    this.notifications = notifications;
    this.documents = documents;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.system = system;
    this.input = input;
  }

  // ------------------------------------------------------------------------------------ opening

  /**
   * REST: a QLTT team officer opens a dossier; the process starts with the code as business key.
   */
  CaseReferral openAndStart(DossierInput input, PhoiHopUser user) {
    String team = openingTeamOf(user.groupIds());
    CaseReferral referral = open(input, team, user.userId());
    system.run(
        () ->
            runtimeService.startProcessInstanceByKey(
                ReferralProcess.KEY, referral.getCode(), startVariables(referral)));
    log.info("Referral {} opened by {} of {}", referral.getCode(), user.userId(), team);
    return referral;
  }

  /** Creates the aggregate with its number and transfer clock (no process). */
  CaseReferral open(DossierInput input, String openingTeam, String actor) {
    AgencyView team = registry.require(openingTeam, FormFields.OPENING_AGENCY);
    AgencyView subDepartment = subDepartmentOf(team);
    Instant now = now();
    Dossier dossier = input.validate(registry, today(now), this.input.earliestDate());
    String code = codes.next(CODE_PREFIX, today(now).getYear());
    return referrals.save(
        new CaseReferral(
            code,
            dossier,
            team.code(),
            subDepartment.code(),
            transferDue(now, dossier.foundDuring()),
            actor,
            now));
  }

  Map<String, Object> startVariables(CaseReferral referral) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(ReferralProcess.Vars.REFERRAL_ID, referral.getId());
    variables.put(ReferralProcess.Vars.REFERRAL_CODE, referral.getCode());
    variables.put(ReferralProcess.Vars.OPENING_AGENCY, referral.getOpeningAgency());
    variables.put(ReferralProcess.Vars.SUB_DEPARTMENT, referral.getSubDepartment());
    variables.put(ReferralProcess.Vars.VIOLATION_CATEGORY, referral.dossier().violationCategory());
    variables.put(ReferralProcess.Vars.BORDER_AREA, referral.dossier().borderArea());
    variables.put(ReferralProcess.Vars.CUSTOMS_CONTROL, referral.dossier().customsControl());
    variables.put(ReferralProcess.Vars.TRANSFER_DUE_AT, Date.from(referral.getTransferDueAt()));
    return variables;
  }

  /** The QLTT team among the caller's groups; 403 for anyone else. */
  String openingTeamOf(Collection<String> groupIds) {
    boolean staff = groupIds.contains(Role.STAFF.groupId());
    Optional<AgencyView> team =
        groupIds.stream()
            .map(registry::find)
            .flatMap(Optional::stream)
            .filter(a -> a.type() == AgencyType.QLTT_TEAM)
            .findFirst();
    if (!staff || team.isEmpty()) {
      throw DomainException.forbidden(
          "Chỉ cán bộ của Đội Quản lý thị trường được lập hồ sơ chuyển vụ việc có dấu hiệu tội phạm.");
    }
    return team.get().code();
  }

  private AgencyView subDepartmentOf(AgencyView team) {
    if (team.type() != AgencyType.QLTT_TEAM) {
      throw DomainException.invalid(
          FormFields.OPENING_AGENCY, "Đơn vị lập hồ sơ phải là một Đội Quản lý thị trường.");
    }
    return Optional.ofNullable(team.parentCode())
        .flatMap(registry::find)
        .filter(a -> a.type() == AgencyType.QLTT_SUB_DEPARTMENT)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "QLTT team " + team.code() + " has no Chi cục in the registry"));
  }

  /**
   * "Immediately" (a configurable working-day target) or 3 working days when found while enforcing.
   */
  private Instant transferDue(Instant openedAt, FoundDuring foundDuring) {
    int days =
        foundDuring == FoundDuring.ENFORCING_PENALTY
            ? properties.transferWorkingDaysWhenEnforcing()
            : properties.transferWorkingDaysWhenConsidering();
    return deadlines.dueAfter(Date.from(openedAt), days, DeadlineUnit.WORKING_DAYS).toInstant();
  }

  // ------------------------------------------------------------------------- before the transfer

  Dossier updateDossier(long id, DossierInput input, String actor) {
    CaseReferral referral = require(id);
    Instant now = now();
    Dossier dossier = input.validate(registry, today(now), this.input.earliestDate());
    if (referral.getDocuments().stream()
        .noneMatch(d -> d.getKind() == ReferralEnums.DocumentKind.EVIDENCE)) {
      throw DomainException.invalid(
          "documents",
          "Hồ sơ "
              + referral.getCode()
              + " chưa có tài liệu chứng cứ. Hãy tải tài liệu lên (POST /api/v1/referrals/"
              + referral.getCode()
              + "/documents) rồi hoàn thành bước này.");
    }
    referral.updateDossier(
        dossier, transferDue(referral.getOpenedAt(), dossier.foundDuring()), actor, now);
    return dossier;
  }

  Instant transferDueAt(long id) {
    return require(id).getTransferDueAt();
  }

  /**
   * Records the decision table's result and resolves the receiving unit; returns its code or null.
   */
  String route(long id, String agencyType, String legalBasis) {
    CaseReferral referral = require(id);
    AgencyType type = AgencyType.valueOf(agencyType);
    String proposed =
        registry
            .findActive(type, referral.dossier().provinceCode(), today(now()))
            .map(AgencyView::code)
            .orElse(null);
    referral.routed(agencyType, legalBasis, proposed, SystemEngine.ACTOR, now());
    if (proposed == null) {
      log.warn(
          "Referral {}: no active {} in province {}",
          referral.getCode(),
          type,
          referral.dossier().provinceCode());
    }
    return proposed;
  }

  /**
   * Units the officer may choose instead: police, border guard of the province, every customs
   * branch.
   */
  List<AgencyView> receivingOptions(long id) {
    CaseReferral referral = require(id);
    LocalDate today = today(now());
    List<AgencyView> options = new ArrayList<>();
    options.addAll(
        registry.search(AgencyType.PROVINCIAL_POLICE, referral.dossier().provinceCode(), today));
    // Customs branches cover several provinces each: offer them all.
    options.addAll(registry.search(AgencyType.CUSTOMS_BRANCH, null, today));
    options.addAll(
        registry.search(AgencyType.BORDER_GUARD, referral.dossier().provinceCode(), today));
    return options;
  }

  String confirmRouting(
      long id, boolean override, String overrideAgency, String reason, String actor) {
    CaseReferral referral = require(id);
    Instant now = now();
    if (override
        && overrideAgency != null
        && overrideAgency.trim().equalsIgnoreCase(referral.getProposedAgency())) {
      override = false;
    }
    if (!override) {
      if (referral.getProposedAgency() == null) {
        throw DomainException.invalid(
            FormFields.ROUTING_OVERRIDE,
            "Không tìm thấy đơn vị tiếp nhận trong danh mục cho tỉnh này. Hãy chọn đơn vị tiếp nhận và nêu lý do.");
      }
      referral.confirmRouting(referral.getProposedAgency(), false, null, actor, now);
      return referral.getProposedAgency();
    }
    AgencyView agency =
        registry.requireActive(overrideAgency, FormFields.OVERRIDE_AGENCY, today(now));
    if (!RECEIVING_TYPES.contains(agency.type())) {
      throw DomainException.invalid(
          FormFields.OVERRIDE_AGENCY,
          agency.name()
              + " không phải Công an, Hải quan hay Bộ đội Biên phòng: không thể chuyển hồ sơ đến đơn vị này.");
    }
    String why =
        DossierInput.required(
            reason,
            FormFields.OVERRIDE_REASON,
            "Hãy nêu lý do chuyển cho đơn vị khác với đề xuất.",
            2000);
    referral.confirmRouting(agency.code(), true, why, actor, now);
    return agency.code();
  }

  void review(long id, String outcome, String reason, String actor) {
    CaseReferral referral = require(id);
    boolean approved = ReferralProcess.Vars.APPROVED.equals(outcome);
    if (!approved && !ReferralProcess.Vars.RETURNED.equals(outcome)) {
      throw DomainException.invalid(
          ReferralProcess.Vars.REVIEW_OUTCOME, "Hãy chọn duyệt hoặc trả lại hồ sơ.");
    }
    String why =
        approved
            ? DossierInput.optional(reason, FormFields.REVIEW_REASON, 2000)
            : DossierInput.required(
                reason,
                FormFields.REVIEW_REASON,
                "Hãy nêu lý do trả lại và nội dung cần bổ sung.",
                2000);
    referral.reviewed(approved, why, actor, now());
  }

  void decideTransfer(long id, String decision, String reason, String actor) {
    CaseReferral referral = require(id);
    boolean transfer = ReferralProcess.Vars.TRANSFER.equals(decision);
    if (!transfer && !ReferralProcess.Vars.ADMINISTRATIVE.equals(decision)) {
      throw DomainException.invalid(
          ReferralProcess.Vars.TRANSFER_DECISION, "Hãy chọn chuyển hồ sơ hoặc xử lý hành chính.");
    }
    String why =
        transfer
            ? DossierInput.optional(reason, FormFields.TRANSFER_DECISION_REASON, 2000)
            : DossierInput.required(
                reason,
                FormFields.TRANSFER_DECISION_REASON,
                "Hãy nêu lý do không chuyển hồ sơ.",
                2000);
    referral.decideTransfer(transfer, why, actor, now());
  }

  /** REST: withdraws a dossier that has not been transferred yet, then ends its process. */
  CaseReferral withdraw(String code, String reason, PhoiHopUser user) {
    CaseReferral referral = requireVisible(code, user);
    boolean qltt =
        user.agencyCode() != null
            && (user.agencyCode().equals(referral.getOpeningAgency())
                || user.agencyCode().equals(referral.getSubDepartment()));
    if (!user.hasRole(Role.ADMIN)
        && !(qltt && (user.hasRole(Role.STAFF) || user.hasRole(Role.LEADER)))) {
      throw DomainException.forbidden(
          "Chỉ cán bộ, lãnh đạo của đơn vị QLTT lập hồ sơ được rút hồ sơ.");
    }
    String why = DossierInput.required(reason, "reason", "Hãy nêu lý do rút hồ sơ.", 2000);
    referral.withdraw(why, user.userId(), now());
    system.run(
        () ->
            runtimeService
                .createMessageCorrelation(ReferralProcess.Messages.WITHDRAWN)
                .processInstanceBusinessKey(referral.getCode())
                .correlateWithResult());
    log.info("Referral {} withdrawn by {}", referral.getCode(), user.userId());
    return referral;
  }

  // ------------------------------------------------------------------------ transfer and after

  /**
   * Hands the dossier over: handover record (a document with every file's hash) and notifications.
   */
  String transfer(long id) {
    CaseReferral referral = require(id);
    Instant now = now();
    String handoverNumber = "BB-" + referral.getCode();
    referral.transferred(handoverNumber, SystemEngine.ACTOR, now);
    byte[] record =
        descriptions
            .handoverRecord(referral, handoverNumber, now)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    documents.store(
        referral,
        ReferralEnums.DocumentKind.HANDOVER_RECORD,
        handoverNumber + ".txt",
        "text/plain; charset=UTF-8",
        record,
        SystemEngine.ACTOR);
    AgencyView receiving =
        registry.require(referral.getReceivingAgency(), ReferralProcess.Vars.RECEIVING_AGENCY);
    notifications.toGroups(
        List.of(Groups.unitRole(receiving.code(), Role.LIAISON)),
        NotificationKind.INFO,
        "Tiếp nhận hồ sơ vụ việc có dấu hiệu tội phạm " + referral.getCode(),
        descriptions.agency(referral.getOpeningAgency())
            + " đã chuyển hồ sơ "
            + referral.getCode()
            + " (biên bản "
            + handoverNumber
            + ") đến "
            + receiving.name()
            + ".\nCăn cứ: "
            + referral.getLegalBasis()
            + "\nĐề nghị đầu mối xác nhận tiếp nhận trên PhoiHop; thời hạn giải quyết 20 ngày tính từ khi tiếp nhận.",
        referral.getCode(),
        null);
    return handoverNumber;
  }

  void acknowledgeDueAt(long id, Date due) {
    require(id).acknowledgeDueAt(due.toInstant());
  }

  /** The liaison confirms receipt: the 20-day decision clock starts. Returns its end. */
  Date acknowledge(long id, Object confirmed, String note, String actor) {
    CaseReferral referral = require(id);
    if (!Boolean.TRUE.equals(DossierInput.bool(confirmed, FormFields.RECEIPT_CONFIRMED))) {
      throw DomainException.invalid(
          FormFields.RECEIPT_CONFIRMED, "Hãy xác nhận đã nhận đủ hồ sơ theo biên bản bàn giao.");
    }
    Instant now = now();
    Date decisionDue = deadlines.dueFrom(Date.from(now), ReferralProcess.Elements.RECORD_DECISION);
    referral.acknowledged(
        decisionDue.toInstant(),
        DossierInput.optional(note, FormFields.RECEIPT_NOTE, 2000),
        actor,
        now);
    return decisionDue;
  }

  /**
   * Records an extension of the decision clock and returns the new end. Refused (400, nothing
   * changes) past the cap: more than {@code maxExtensions}, more than {@code maxExtensionMonths}
   * each, later than {@code extensionRequestDaysBeforeExpiry} days before expiry, or a second
   * extension not approved by the Procuracy.
   */
  Date extend(long id, ExtensionInput input, String actor) {
    CaseReferral referral = require(id);
    Instant now = now();
    CheckedExtension extension = checkExtension(referral, input, now);
    referral.extend(
        extension.months(),
        extension.reason(),
        extension.body(),
        extension.approvingBody(),
        extension.approvalNumber(),
        extension.newDue().toInstant(),
        actor,
        now);
    return extension.newDue();
  }

  private record CheckedExtension(
      int months,
      String reason,
      ApprovingBodyType body,
      String approvingBody,
      String approvalNumber,
      Date newDue) {}

  private CheckedExtension checkExtension(
      CaseReferral referral, ExtensionInput input, Instant now) {
    if (referral.getStatus() != ReferralStatus.AWAITING_DECISION) {
      throw DomainException.conflict(
          "Hồ sơ " + referral.getCode() + " không ở giai đoạn chờ quyết định: không thể gia hạn.");
    }
    int done = referral.getExtensions().size();
    if (done >= properties.maxExtensions()) {
      throw DomainException.invalid(
          ReferralProcess.Vars.DECISION_OUTCOME,
          "Hồ sơ "
              + referral.getCode()
              + " đã được gia hạn "
              + done
              + " lần, là số lần tối đa (Điều 147 Bộ luật Tố tụng hình sự 2015)."
              + " Hãy ghi nhận quyết định khởi tố, không khởi tố hoặc tạm đình chỉ.");
    }
    int months = input.months();
    if (months < 1 || months > properties.maxExtensionMonths()) {
      throw DomainException.invalid(
          FormFields.EXTENSION_MONTHS,
          "Mỗi lần gia hạn không quá "
              + properties.maxExtensionMonths()
              + " tháng (nhập từ 1 đến "
              + properties.maxExtensionMonths()
              + ").");
    }
    ApprovingBodyType body =
        DossierInput.choice(
            ApprovingBodyType.class,
            input.approvingBodyType(),
            FormFields.APPROVING_BODY_TYPE,
            "Hãy chọn cơ quan quyết định gia hạn.",
            b -> b.label);
    if (done >= 1 && body != ApprovingBodyType.PROCURACY) {
      throw DomainException.invalid(
          FormFields.APPROVING_BODY_TYPE, "Gia hạn lần thứ hai do Viện kiểm sát quyết định.");
    }
    String reason =
        DossierInput.required(
            input.reason(), FormFields.EXTENSION_REASON, "Hãy nêu lý do gia hạn.", 2000);
    String approvingBody =
        DossierInput.requiredLine(
            input.approvingBody(),
            FormFields.APPROVING_BODY,
            "Hãy nhập tên cơ quan, người quyết định gia hạn.",
            500);
    String approvalNumber =
        DossierInput.optionalLine(input.approvalNumber(), FormFields.APPROVAL_NUMBER, 100);
    LocalDate dueDay = LocalDate.ofInstant(referral.getDecisionDueAt(), Clocks.ZONE);
    LocalDate latest = dueDay.minusDays(properties.extensionRequestDaysBeforeExpiry());
    if (today(now).isAfter(latest)) {
      throw DomainException.invalid(
          ReferralProcess.Vars.DECISION_OUTCOME,
          "Việc gia hạn phải được ghi nhận chậm nhất "
              + properties.extensionRequestDaysBeforeExpiry()
              + " ngày trước khi hết hạn (hạn hiện tại "
              + VietnameseFormats.dateTime(referral.getDecisionDueAt())
              + ", chậm nhất ngày "
              + VietnameseFormats.date(latest)
              + ").");
    }
    Date newDue =
        deadlines.dueAfter(Date.from(referral.getDecisionDueAt()), months, DeadlineUnit.MONTHS);
    return new CheckedExtension(months, reason, body, approvingBody, approvalNumber, newDue);
  }

  /**
   * REST: the receiving unit's liaison records an extension. Checked first (400, nothing changes),
   * then the open decision task is completed as "extended" on the caller's behalf, so the process
   * loops back with the moved clock and new timers, exactly as through the form.
   */
  CaseReferral requestExtension(String code, ExtensionInput input, PhoiHopUser user) {
    CaseReferral referral = requireVisible(code, user);
    if (!user.hasRole(Role.LIAISON) || !referral.getReceivingAgency().equals(user.agencyCode())) {
      throw DomainException.forbidden(
          "Chỉ đầu mối của cơ quan tiếp nhận hồ sơ được ghi nhận gia hạn.");
    }
    try {
      checkExtension(referral, input, now());
    } catch (DomainException refused) {
      throw asExtensionRequest(refused);
    }
    org.camunda.bpm.engine.task.Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(referral.getCode())
            .taskDefinitionKey(ReferralProcess.Elements.RECORD_DECISION)
            .singleResult();
    if (task == null) {
      throw DomainException.conflict(
          "Hồ sơ " + code + " không có việc ghi nhận quyết định đang mở.");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(ReferralProcess.Vars.DECISION_OUTCOME, ReferralProcess.Vars.EXTENDED);
    values.put(FormFields.EXTENSION_MONTHS, input.months());
    values.put(FormFields.EXTENSION_REASON, input.reason());
    values.put(FormFields.APPROVING_BODY_TYPE, input.approvingBodyType());
    values.put(FormFields.APPROVING_BODY, input.approvingBody());
    values.put(FormFields.APPROVAL_NUMBER, input.approvalNumber());
    taskService.complete(task.getId(), values);
    return referral;
  }

  /**
   * The extension checks name the decision form's fields ({@code extensionMonths}, …); the REST
   * body ({@link ExtensionInput}) calls two of them differently. A refusal that names no field of
   * the body (the cap of extensions reached, too close to expiry) is the referral's state, not the
   * request's: 409.
   */
  private static DomainException asExtensionRequest(DomainException refused) {
    if (refused.field() == null) {
      return refused;
    }
    return switch (refused.field()) {
      case FormFields.EXTENSION_MONTHS -> refused.withField("months");
      case FormFields.EXTENSION_REASON -> refused.withField("reason");
      case FormFields.APPROVING_BODY_TYPE, FormFields.APPROVING_BODY, FormFields.APPROVAL_NUMBER ->
          refused;
      default -> DomainException.conflict(refused.getMessage());
    };
  }

  void decide(long id, String outcome, String number, String note, String actor) {
    CaseReferral referral = require(id);
    Outcome decided =
        DossierInput.choice(
            Outcome.class,
            outcome,
            ReferralProcess.Vars.DECISION_OUTCOME,
            "Hãy chọn kết quả giải quyết.",
            o -> o.label);
    String decisionNumber =
        DossierInput.requiredLine(
            number, FormFields.DECISION_NUMBER, "Hãy nhập số quyết định.", 100);
    referral.decided(
        decided,
        decisionNumber,
        DossierInput.optional(note, FormFields.DECISION_NOTE, 2000),
        actor,
        now());
  }

  /**
   * Tells the QLTT team and its Chi cục what the receiving agency decided (or that it extended).
   */
  void notifyDecision(long id) {
    CaseReferral referral = require(id);
    String what =
        referral.getStatus() == ReferralStatus.AWAITING_DECISION
            ? "gia hạn thời hạn giải quyết đến "
                + VietnameseFormats.dateTime(referral.getDecisionDueAt())
            : referral.getOutcome().label + " số " + referral.getOutcomeNumber();
    String next =
        referral.getStatus() == ReferralStatus.NOT_PROSECUTED
            ? "\nHồ sơ sẽ được trả lại trong 3 ngày làm việc để xử phạt vi phạm hành chính."
            : "";
    notifications.toGroups(
        List.of(
            Groups.unitRole(referral.getOpeningAgency(), Role.STAFF),
            Groups.unitRole(referral.getOpeningAgency(), Role.LEADER),
            Groups.unitRole(referral.getSubDepartment(), Role.LEADER)),
        NotificationKind.INFO,
        "Kết quả giải quyết hồ sơ " + referral.getCode(),
        descriptions.agency(referral.getReceivingAgency()) + ": " + what + "." + next,
        referral.getCode(),
        null);
  }

  void returnDueAt(long id, Date due) {
    require(id).returnDueAt(due.toInstant());
  }

  void returned(long id, String note, String actor) {
    String what =
        DossierInput.required(
            note, FormFields.RETURN_NOTE, "Hãy ghi danh mục hồ sơ, tang vật trả lại.", 4000);
    require(id).returned(what, actor, now());
  }

  void sanctionDueAt(long id, Date due) {
    require(id).sanctionDueAt(due.toInstant());
  }

  void sanction(long id, String number, String date, String note, String actor) {
    CaseReferral referral = require(id);
    String decisionNumber =
        DossierInput.requiredLine(
            number,
            FormFields.PENALTY_DECISION_NUMBER,
            "Hãy nhập số quyết định xử phạt vi phạm hành chính.",
            100);
    LocalDate decidedOn = DossierInput.date(date, FormFields.PENALTY_DECISION_DATE);
    if (decidedOn.isAfter(today(now()))) {
      throw DomainException.invalid(
          FormFields.PENALTY_DECISION_DATE,
          "Ngày ra quyết định xử phạt không được sau ngày hôm nay.");
    }
    // The penalty follows the case: not before the day it was found.
    FormInput.within(
        FormFields.PENALTY_DECISION_DATE,
        decidedOn,
        referral.dossier().foundOn(),
        null,
        "ngày ra quyết định xử phạt");
    referral.sanctioned(
        decisionNumber,
        decidedOn,
        DossierInput.optional(note, FormFields.PENALTY_NOTE, 2000),
        actor,
        now());
  }

  // ------------------------------------------------------------------------------- documents

  /**
   * REST: adds a document to a referral the caller can see and that is not closed; refreshes the
   * list its forms show. A refused file (empty, too large, wrong type) stores nothing.
   */
  ReferralDocument upload(
      String code, String fileName, String contentType, byte[] content, PhoiHopUser user) {
    CaseReferral referral = requireVisible(code, user);
    ReferralDocuments.Checked file = documents.check(fileName, contentType, content);
    ReferralDocument document =
        documents.store(referral, ReferralEnums.DocumentKind.EVIDENCE, file, user.userId());
    String list = descriptions.documentList(referral);
    runningInstance(referral.getCode())
        .ifPresent(
            instance ->
                system.run(
                    () ->
                        runtimeService.setVariable(
                            instance.getId(), ReferralProcess.Vars.DOCUMENT_LIST, list)));
    log.info(
        "Referral {}: document {} ({} bytes) added by {}",
        referral.getCode(),
        document.getFileName(),
        document.getSizeBytes(),
        user.userId());
    return document;
  }

  /** A document of a referral the caller can see, with its bytes. */
  @Transactional(readOnly = true)
  Download download(String code, long documentId, PhoiHopUser user) {
    CaseReferral referral = requireVisible(code, user);
    ReferralDocument document =
        referral.getDocuments().stream()
            .filter(d -> d.getId() == documentId)
            .findFirst()
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        "Hồ sơ " + code + " không có tài liệu số " + documentId + "."));
    return new Download(
        document.getFileName(),
        document.getContentType(),
        document.getSha256(),
        documents.content(document));
  }

  record Download(String fileName, String contentType, String sha256, byte[] content) {}

  // --------------------------------------------------------------------------------- reading

  @Transactional(readOnly = true)
  CaseReferral require(long id) {
    return referrals
        .findById(id)
        .orElseThrow(() -> new IllegalStateException("No case referral with id " + id));
  }

  /** The referral if the user may see it; 404 otherwise (its existence is not revealed). */
  @Transactional(readOnly = true)
  CaseReferral requireVisible(String code, PhoiHopUser user) {
    return referrals
        .findByCode(code)
        .filter(r -> ReferralAccess.canSee(user, r))
        .orElseThrow(
            () ->
                DomainException.notFound(
                    "Không tìm thấy hồ sơ " + code + " trong phạm vi đơn vị của bạn."));
  }

  static Instant now() {
    return Clocks.now();
  }

  static LocalDate today(Instant now) {
    return LocalDate.ofInstant(now, Clocks.ZONE);
  }

  /** What the receiving agency's liaison submits for an extension. */
  record ExtensionInput(
      int months,
      String reason,
      String approvingBodyType,
      String approvingBody,
      String approvalNumber) {}

  /** The process instance of a referral, if it is still running. */
  Optional<ProcessInstance> runningInstance(String code) {
    return Optional.ofNullable(
        system.call(
            () ->
                runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionKey(ReferralProcess.KEY)
                    .processInstanceBusinessKey(code)
                    .singleResult()));
  }
}
