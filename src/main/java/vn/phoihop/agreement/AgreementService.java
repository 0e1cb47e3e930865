package vn.phoihop.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.agreement.AgreementProcess.Messages;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.code.YearlyCodes;
import vn.phoihop.evaluation.EvaluationSummary;
import vn.phoihop.identity.Groups;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Role;
import vn.phoihop.notification.NotificationKind;
import vn.phoihop.notification.Notifications;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.InputProperties;
import vn.phoihop.shared.ProcessVariable;
import vn.phoihop.shared.SystemEngine;

/**
 * Everything that changes an {@link Agreement}: opening it (and its process), and each step the
 * process or a party takes. Each method checks its input, writes the aggregate and its timeline in
 * the caller's transaction (the engine's, for steps taken in the process), or refuses with an
 * {@link DomainException} that names the field and changes nothing.
 */
@Service
@Transactional
public class AgreementService {

  /** Actor recorded for steps the process takes by itself (deadline passed, term ended). */
  private static final Logger log = LoggerFactory.getLogger(AgreementService.class);

  private static final int MAX_TEXT = 1_000_000;

  private final AgreementRepository agreements;
  private final YearlyCodes codes;
  private final AgencyRegistry agencies;
  private final RuntimeService runtimeService;
  private final SystemEngine engine;
  private final Notifications notifications;
  private final InputProperties input;

  AgreementService(
      AgreementRepository agreements,
      YearlyCodes codes,
      AgencyRegistry agencies,
      RuntimeService runtimeService,
      SystemEngine engine,
      Notifications notifications,
      InputProperties input) {
    this.agreements = agreements;
    this.codes = codes;
    this.agencies = agencies;
    this.runtimeService = runtimeService;
    this.engine = engine;
    this.notifications = notifications;
    this.input = input;
  }

  // ---------------------------------------------------------------- opening an agreement

  /** Opens an agreement and starts its process (REST). */
  public Agreement create(AgreementRequest request, PhoiHopUser creator) {
    Agreement agreement = register(request, creator);
    // The service has checked who may open an agreement; the engine need not check it again.
    engine.call(
        () ->
            runtimeService.startProcessInstanceByKey(
                AgreementProcess.KEY, agreement.getCode(), startVariables(agreement)));
    log.info("Agreement {} opened by {}", agreement.getCode(), creator.userId());
    return agreement;
  }

  /**
   * Checks the request, then stores the new agreement with its parties and first timeline entry.
   */
  Agreement register(AgreementRequest request, PhoiHopUser creator) {
    Instant now = now();
    LocalDate today = today();
    String title = FormInput.requiredLine("title", request.title(), 500, "tên văn bản");
    AgreementKind kind =
        FormInput.requiredChoice(
            "kind", request.kind(), AgreementKind.class, "loại văn bản", AgreementKind::label);
    ApprovalPath approvalPath =
        FormInput.requiredChoice(
            "approvalPath",
            request.approvalPath(),
            ApprovalPath.class,
            "hình thức ban hành",
            ApprovalPath::label);
    AgencyView lead = leadAgency(request.leadAgency(), creator, today);
    List<AgencyView> partners = partners(request.partnerAgencies(), lead, today);
    Set<String> fields = fields(request.fields());
    LocalDate termStart =
        FormInput.within(
            "termStart",
            FormInput.requiredDate("termStart", request.termStart(), "ngày bắt đầu thời hạn"),
            input.earliestTermStart(today),
            null,
            "ngày bắt đầu thời hạn");
    LocalDate termEnd =
        FormInput.within(
            "termEnd",
            FormInput.requiredDate("termEnd", request.termEnd(), "ngày kết thúc thời hạn"),
            null,
            input.latestTermEnd(today),
            "ngày kết thúc thời hạn");
    if (!termEnd.isAfter(termStart)) {
      throw DomainException.invalid(
          "termEnd",
          "Ngày kết thúc ("
              + FormValues.format(termEnd)
              + ") phải sau ngày bắt đầu ("
              + FormValues.format(termStart)
              + ").");
    }
    EvaluationCadence cadence =
        FormInput.requiredChoice(
            "evaluationCadence",
            request.evaluationCadence(),
            EvaluationCadence.class,
            "chu kỳ đánh giá",
            EvaluationCadence::label);
    String summary =
        FormInput.optionalText("summary", request.summary(), 4000, "phạm vi, mục đích");
    Agreement parent = parent(request.parentAgreementCode(), kind, lead, partners, termEnd);

    Agreement agreement =
        new Agreement(
            nextCode(kind, today.getYear()),
            kind,
            title,
            summary,
            approvalPath,
            lead.code(),
            termStart,
            termEnd,
            cadence,
            parent == null ? null : parent.getId(),
            fields,
            creator.userId(),
            now);
    agreement.addParty(lead.code(), lead.name(), lead.provinceCode(), PartyRole.LEAD);
    partners.forEach(
        p -> agreement.addParty(p.code(), p.name(), p.provinceCode(), PartyRole.PARTNER));
    agreement.record(
        TimelineAction.CREATED,
        creator.userId(),
        lead.code(),
        kind.label()
            + " «"
            + title
            + "»; "
            + approvalPath.label()
            + "; cơ quan phối hợp: "
            + String.join(", ", agreement.partnerCodes()),
        null,
        now);
    agreements.save(agreement);
    if (parent != null) {
      parent.record(
          TimelineAction.SUB_PLAN_CREATED,
          creator.userId(),
          lead.code(),
          agreement.getCode() + " — " + title,
          null,
          now);
    }
    return agreement;
  }

  /** The variables a new instance starts with: ids and routing values only. */
  Map<String, Object> startVariables(Agreement agreement) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(Vars.AGREEMENT_ID, agreement.getId());
    variables.put(Vars.AGREEMENT_CODE, agreement.getCode());
    variables.put(Vars.LEAD_AGENCY, agreement.getLeadAgencyCode());
    variables.put(Vars.PARTNER_AGENCIES, ProcessVariable.jsonList(agreement.partnerCodes()));
    variables.put(Vars.SIGNING_PARTIES, ProcessVariable.jsonList(agreement.partyCodes()));
    variables.put(Vars.APPROVAL_PATH, agreement.getApprovalPath().name());
    return variables;
  }

  void attachProcess(long agreementId, String processInstanceId) {
    load(agreementId).attachProcess(processInstanceId);
  }

  private AgencyView leadAgency(String requested, PhoiHopUser creator, LocalDate today) {
    String code = FormInput.text("leadAgency", requested);
    if (creator.hasRole(Role.ADMIN)) {
      if (code == null) {
        throw DomainException.invalid("leadAgency", "Quản trị viên cần ghi rõ mã cơ quan chủ trì.");
      }
    } else {
      if (!creator.hasRole(Role.STAFF) || creator.agencyCode() == null) {
        throw DomainException.forbidden(
            "Chỉ chuyên viên của cơ quan chủ trì được đề xuất xây dựng thỏa thuận phối hợp.");
      }
      if (code == null) {
        code = creator.agencyCode();
      } else if (!code.equalsIgnoreCase(creator.agencyCode())) {
        throw DomainException.invalid(
            "leadAgency",
            "Bạn chỉ có thể đề xuất thỏa thuận do đơn vị mình ("
                + creator.agencyCode()
                + ") chủ trì.");
      }
    }
    return agencies.requireActive(code.toUpperCase(java.util.Locale.ROOT), "leadAgency", today);
  }

  private List<AgencyView> partners(List<String> requested, AgencyView lead, LocalDate today) {
    List<String> codes = FormValues.agencyCodes(requested);
    if (codes.isEmpty()) {
      throw DomainException.invalid("partnerAgencies", "Cần ít nhất một cơ quan phối hợp.");
    }
    List<AgencyView> partners = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      String field = "partnerAgencies[" + i + "]";
      String code = codes.get(i);
      if (code.equals(lead.code())) {
        throw DomainException.invalid(
            field, "Cơ quan phối hợp " + code + " trùng với cơ quan chủ trì.");
      }
      if (!seen.add(code)) {
        throw DomainException.invalid(field, "Cơ quan phối hợp " + code + " bị nhập hai lần.");
      }
      partners.add(agencies.requireActive(code, field, today));
    }
    return partners;
  }

  private Set<String> fields(List<String> requested) {
    List<String> codes = FormValues.codes(requested);
    if (codes.isEmpty()) {
      throw DomainException.invalid("fields", "Cần chọn ít nhất một lĩnh vực phối hợp.");
    }
    Set<String> fields = new LinkedHashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      fields.add(agencies.requireField(codes.get(i), "fields[" + i + "]"));
    }
    return fields;
  }

  /**
   * A plan under a regulation (situation 2): the parent is a regulation in force, and every party
   * to the plan is a party to it or one of a party's own units (a team of a sub-department).
   */
  private Agreement parent(
      String requestedCode,
      AgreementKind kind,
      AgencyView lead,
      List<AgencyView> partners,
      LocalDate termEnd) {
    String field = "parentAgreementCode";
    String code = FormInput.text(field, requestedCode);
    if (code == null) {
      return null;
    }
    Agreement parent =
        agreements
            .findByCode(code.toUpperCase(java.util.Locale.ROOT))
            .orElseThrow(() -> DomainException.invalid(field, "Không có quy chế mã " + code + "."));
    if (kind != AgreementKind.PLAN) {
      throw DomainException.invalid(
          "kind", "Văn bản thực hiện một quy chế phải là kế hoạch phối hợp.");
    }
    if (parent.getKind() != AgreementKind.REGULATION) {
      throw DomainException.invalid(field, parent.getCode() + " không phải là quy chế phối hợp.");
    }
    if (!parent.getStatus().inForce()) {
      throw DomainException.invalid(
          field,
          "Quy chế "
              + parent.getCode()
              + " không có hiệu lực ("
              + parent.getStatus().label()
              + ").");
    }
    if (!coveredBy(parent, lead)) {
      throw DomainException.invalid(
          "leadAgency", lead.code() + " không thuộc các bên của quy chế " + parent.getCode() + ".");
    }
    for (int i = 0; i < partners.size(); i++) {
      if (!coveredBy(parent, partners.get(i))) {
        throw DomainException.invalid(
            "partnerAgencies[" + i + "]",
            partners.get(i).code() + " không thuộc các bên của quy chế " + parent.getCode() + ".");
      }
    }
    if (termEnd.isAfter(parent.getTermEnd())) {
      throw DomainException.invalid(
          "termEnd",
          "Kế hoạch không thể kéo dài quá thời hạn của quy chế "
              + parent.getCode()
              + " ("
              + FormValues.format(parent.getTermEnd())
              + ").");
    }
    return parent;
  }

  private static boolean coveredBy(Agreement parent, AgencyView agency) {
    return parent.isParty(agency.code())
        || (agency.parentCode() != null && parent.isParty(agency.parentCode()));
  }

  /** {@code QC-<year>-<nnnn>} or {@code KH-…}, in this transaction (see {@link YearlyCodes}). */
  private String nextCode(AgreementKind kind, int year) {
    return codes.next(kind.codePrefix(), year);
  }

  // ---------------------------------------------------------------- steps of the process

  /**
   * A user task of the given stage opened: the agreement's status follows (an amendment keeps
   * AMENDING).
   */
  void enterStage(long agreementId, AgreementStatus stage) {
    Agreement agreement = load(agreementId);
    if (agreement.getStatus() == AgreementStatus.AMENDING || agreement.getStatus() == stage) {
      return;
    }
    agreement.moveTo(stage, now());
  }

  /**
   * Tells a partner's staff and liaison that the draft waits for their comments, and until when.
   */
  void noticeConsultation(
      long agreementId,
      String partner,
      List<String> candidateGroups,
      java.util.Date due,
      String taskId) {
    Agreement agreement = load(agreementId);
    LocalDate dueDay = LocalDate.ofInstant(due.toInstant(), Clocks.ZONE);
    notifications.toGroups(
        candidateGroups,
        NotificationKind.INFO,
        "Đề nghị góp ý dự thảo " + agreement.getCode(),
        "Cơ quan chủ trì "
            + agreement.getLeadAgencyCode()
            + " đề nghị "
            + partner
            + " góp ý dự thảo «"
            + agreement.getTitle()
            + "» (phiên bản "
            + agreement.getCurrentVersionNo()
            + ") trước hết ngày "
            + FormValues.format(dueDay)
            + ". Quá thời hạn này mà không có ý kiến, đơn vị được coi là nhất trí.",
        agreement.getCode(),
        taskId);
  }

  /**
   * A new version of the text: the first draft, a redraft after return, a revision or an amendment.
   */
  void submitVersion(
      long agreementId, VersionKind kind, String content, String note, String actor) {
    Agreement agreement = load(agreementId);
    String text =
        FormInput.requiredText(
            AgreementProcess.FormFields.CONTENT, content, MAX_TEXT, "nội dung văn bản");
    String versionNote =
        FormInput.optionalLine(AgreementProcess.FormFields.VERSION_NOTE, note, 4000, "ghi chú");
    agreement
        .currentVersion()
        .filter(current -> current.getContentHash().equals(TextVersion.sha256(text)))
        .ifPresent(
            current -> {
              throw DomainException.invalid(
                  AgreementProcess.FormFields.CONTENT,
                  "Nội dung không thay đổi so với phiên bản "
                      + current.getVersionNo()
                      + ": hãy cập nhật nội dung.");
            });
    Instant now = now();
    TextVersion version = agreement.addVersion(kind, text, versionNote, actor, now);
    TimelineAction action =
        switch (kind) {
          case DRAFT -> TimelineAction.DRAFT_SUBMITTED;
          case REVISION -> TimelineAction.REVISED;
          case AMENDMENT -> TimelineAction.AMENDMENT_DRAFTED;
        };
    agreement.record(
        action,
        actor,
        agreement.getLeadAgencyCode(),
        "Phiên bản "
            + version.getVersionNo()
            + " (SHA-256 "
            + version.getContentHash().substring(0, 12)
            + "…)",
        versionNote,
        now);
  }

  /** The lead's leader sends the draft to consultation or returns it; a return needs a reason. */
  void review(long agreementId, String decision, String reason, String actor) {
    Agreement agreement = load(agreementId);
    Instant now = now();
    if (Vars.RETURN.equals(decision)) {
      String why =
          FormInput.requiredText(
              AgreementProcess.FormFields.REVIEW_REASON, reason, 4000, "lý do trả lại");
      agreement.record(
          TimelineAction.RETURNED, actor, agreement.getLeadAgencyCode(), null, why, now);
    } else {
      agreement.record(
          TimelineAction.SENT_TO_CONSULTATION,
          actor,
          agreement.getLeadAgencyCode(),
          "Lấy ý kiến: " + String.join(", ", agreement.partnerCodes()),
          FormInput.optionalText(
              AgreementProcess.FormFields.REVIEW_REASON, reason, 4000, "ý kiến chỉ đạo"),
          now);
    }
  }

  /** A partner's answer to the consultation on the current version. */
  void comment(long agreementId, String partner, Opinion opinion, String comment, String actor) {
    Agreement agreement = load(agreementId);
    if (opinion == Opinion.NO_OBJECTION_BY_SILENCE) {
      throw DomainException.invalid(
          AgreementProcess.FormFields.OPINION, "Vui lòng chọn ý kiến của đơn vị.");
    }
    String text =
        opinion.needsText()
            ? FormInput.requiredText(
                AgreementProcess.FormFields.COMMENT, comment, 20_000, "nội dung góp ý")
            : FormInput.optionalText(
                AgreementProcess.FormFields.COMMENT, comment, 20_000, "nội dung góp ý");
    Instant now = now();
    agreement.addComment(partner, opinion, text, actor, now);
    agreement.record(TimelineAction.COMMENTED, actor, partner, opinion.label(), null, now);
  }

  /** The partner let the consultation deadline pass: recorded as no objection. */
  void recordNoObjection(long agreementId, String partner) {
    Agreement agreement = load(agreementId);
    Instant now = now();
    agreement.addComment(partner, Opinion.NO_OBJECTION_BY_SILENCE, null, SystemEngine.ACTOR, now);
    agreement.record(
        TimelineAction.NO_OBJECTION_BY_SILENCE,
        SystemEngine.ACTOR,
        partner,
        partner
            + " không gửi ý kiến trong thời hạn; ghi nhận là nhất trí với phiên bản "
            + agreement.getCurrentVersionNo(),
        null,
        now);
  }

  /**
   * The lead consolidates the answers: revise the text, or go to approval. Going to approval over a
   * partner's objection needs an explanation (giải trình).
   */
  void consolidate(long agreementId, String decision, String note, String actor) {
    Agreement agreement = load(agreementId);
    String field = AgreementProcess.FormFields.CONSOLIDATION_NOTE;
    List<AgreementComment> answers =
        agreement.getComments().stream()
            .filter(c -> c.getVersionNo() == agreement.getCurrentVersionNo())
            .toList();
    long objections = answers.stream().filter(c -> c.getOpinion() == Opinion.OBJECTION).count();
    String text;
    if (Vars.REVISE.equals(decision)) {
      text = FormInput.requiredText(field, note, 20_000, "nội dung cần chỉnh lý");
    } else if (objections > 0) {
      text =
          FormInput.requiredText(
              field, note, 20_000, "giải trình ý kiến không nhất trí của đơn vị phối hợp");
    } else {
      text = FormInput.optionalText(field, note, 20_000, "ghi chú tổng hợp");
    }
    Map<Opinion, Long> counts = new LinkedHashMap<>();
    answers.forEach(c -> counts.merge(c.getOpinion(), 1L, Long::sum));
    StringBuilder detail = new StringBuilder("Phiên bản " + agreement.getCurrentVersionNo() + ": ");
    counts.forEach(
        (opinion, n) ->
            detail.append(n).append(" ").append(opinion.label().toLowerCase()).append("; "));
    agreement.record(
        Vars.REVISE.equals(decision)
            ? TimelineAction.CONSOLIDATED_FOR_REVISION
            : TimelineAction.CONSOLIDATED_FOR_APPROVAL,
        actor,
        agreement.getLeadAgencyCode(),
        detail.toString().strip(),
        text,
        now());
  }

  /** One party's leader signs the version under way. */
  void sign(
      long agreementId, String party, String name, String title, LocalDate signedOn, String actor) {
    Agreement agreement = load(agreementId);
    String signatory =
        FormInput.requiredLine(
            AgreementProcess.FormFields.SIGNATORY_NAME, name, 200, "họ tên người ký");
    String position =
        FormInput.requiredLine(
            AgreementProcess.FormFields.SIGNATORY_TITLE, title, 200, "chức vụ người ký");
    TextVersion version = agreement.currentVersion().orElseThrow();
    checkNotFuture(AgreementProcess.FormFields.SIGNED_ON, signedOn, "Ngày ký");
    LocalDate written = LocalDate.ofInstant(version.getCreatedAt(), Clocks.ZONE);
    if (signedOn.isBefore(written)) {
      throw DomainException.invalid(
          AgreementProcess.FormFields.SIGNED_ON,
          "Ngày ký không thể trước ngày lập phiên bản "
              + version.getVersionNo()
              + " ("
              + FormValues.format(written)
              + ").");
    }
    if (!agreement.isParty(party)) {
      throw DomainException.conflict(
          party + " không phải là một bên của thỏa thuận " + agreement.getCode() + ".");
    }
    if (agreement.signaturesOf(version.getVersionNo()).stream()
        .anyMatch(s -> s.getAgencyCode().equals(party))) {
      throw DomainException.conflict(party + " đã ký phiên bản " + version.getVersionNo() + ".");
    }
    Instant now = now();
    agreement.addSignature(party, signatory, position, signedOn, actor, now);
    agreement.record(
        TimelineAction.SIGNED,
        actor,
        party,
        signatory
            + ", "
            + position
            + ", ký ngày "
            + FormValues.format(signedOn)
            + " (phiên bản "
            + version.getVersionNo()
            + ")",
        null,
        now);
  }

  /** The co-signed document gets its number and the date it takes effect. */
  void registerSignedDocument(
      long agreementId, String documentNumber, LocalDate effectiveDate, String actor) {
    Agreement agreement = load(agreementId);
    String number =
        FormInput.requiredLine(
            AgreementProcess.FormFields.DOCUMENT_NUMBER, documentNumber, 100, "số văn bản");
    TextVersion version = agreement.currentVersion().orElseThrow();
    List<Signature> signatures = agreement.signaturesOf(version.getVersionNo());
    Set<String> signed = new HashSet<>();
    signatures.forEach(s -> signed.add(s.getAgencyCode()));
    if (!signed.containsAll(agreement.partyCodes())) {
      throw DomainException.conflict(
          "Chưa đủ chữ ký của các bên trên phiên bản " + version.getVersionNo() + ".");
    }
    LocalDate lastSigned =
        signatures.stream()
            .map(Signature::getSignedOn)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    if (effectiveDate.isBefore(lastSigned)) {
      throw DomainException.invalid(
          AgreementProcess.FormFields.EFFECTIVE_DATE,
          "Ngày có hiệu lực không thể trước ngày ký cuối cùng ("
              + FormValues.format(lastSigned)
              + ").");
    }
    checkWithinTerm(agreement, effectiveDate);
    version.issued(number, lastSigned, "Các bên cùng ký", effectiveDate);
    agreement.record(
        TimelineAction.DOCUMENT_REGISTERED,
        actor,
        agreement.getLeadAgencyCode(),
        "Số " + number + ", hiệu lực từ " + FormValues.format(effectiveDate),
        null,
        now());
  }

  /** The lead submits the draft to the provincial People's Committee (tờ trình). */
  void submitForDecision(
      long agreementId, String submissionNumber, LocalDate submittedOn, String actor) {
    Agreement agreement = load(agreementId);
    String number =
        FormInput.requiredLine(
            AgreementProcess.FormFields.SUBMISSION_NUMBER, submissionNumber, 100, "số tờ trình");
    checkNotFuture(AgreementProcess.FormFields.SUBMITTED_ON, submittedOn, "Ngày trình");
    notTooEarly(AgreementProcess.FormFields.SUBMITTED_ON, submittedOn, "ngày trình");
    agreement.currentVersion().orElseThrow().submitted(number, submittedOn);
    agreement.record(
        TimelineAction.SUBMITTED_FOR_DECISION,
        actor,
        agreement.getLeadAgencyCode(),
        "Tờ trình số " + number + " ngày " + FormValues.format(submittedOn),
        null,
        now());
  }

  /**
   * The People's Committee issued the agreement by decision: its number, date and effective date.
   */
  void recordDecision(
      long agreementId,
      String decisionNumber,
      LocalDate decisionDate,
      String signer,
      LocalDate effectiveDate,
      String actor) {
    Agreement agreement = load(agreementId);
    String number =
        FormInput.requiredLine(
            AgreementProcess.FormFields.DECISION_NUMBER, decisionNumber, 100, "số quyết định");
    String signedBy =
        FormInput.optionalLine(
            AgreementProcess.FormFields.DECISION_SIGNER, signer, 300, "người ký quyết định");
    checkNotFuture(AgreementProcess.FormFields.DECISION_DATE, decisionDate, "Ngày quyết định");
    notTooEarly(AgreementProcess.FormFields.DECISION_DATE, decisionDate, "ngày quyết định");
    TextVersion version = agreement.currentVersion().orElseThrow();
    if (version.getSubmittedOn() != null && decisionDate.isBefore(version.getSubmittedOn())) {
      throw DomainException.invalid(
          AgreementProcess.FormFields.DECISION_DATE,
          "Ngày quyết định không thể trước ngày trình ("
              + FormValues.format(version.getSubmittedOn())
              + ").");
    }
    if (effectiveDate.isBefore(decisionDate)) {
      throw DomainException.invalid(
          AgreementProcess.FormFields.EFFECTIVE_DATE,
          "Ngày có hiệu lực không thể trước ngày quyết định ("
              + FormValues.format(decisionDate)
              + ").");
    }
    checkWithinTerm(agreement, effectiveDate);
    version.issued(number, decisionDate, signedBy == null ? "UBND tỉnh" : signedBy, effectiveDate);
    agreement.record(
        TimelineAction.DECISION_RECORDED,
        actor,
        agreement.getLeadAgencyCode(),
        "Quyết định số "
            + number
            + " ngày "
            + FormValues.format(decisionDate)
            + ", hiệu lực từ "
            + FormValues.format(effectiveDate),
        null,
        now());
  }

  /** The adopted version is in force; returns the last day of the term (the expiry timer). */
  LocalDate putInForce(long agreementId) {
    Agreement agreement = load(agreementId);
    Instant now = now();
    agreement.enterIntoForce(now);
    TextVersion version = agreement.currentVersion().orElseThrow();
    agreement.record(
        TimelineAction.ENTERED_INTO_FORCE,
        SystemEngine.ACTOR,
        agreement.getLeadAgencyCode(),
        (version.getKind() == VersionKind.AMENDMENT
                ? "Văn bản sửa đổi, bổ sung số "
                : "Văn bản số ")
            + version.getDocumentNumber()
            + ", hiệu lực từ "
            + FormValues.format(version.getEffectiveFrom())
            + " đến hết ngày "
            + FormValues.format(agreement.getTermEnd())
            + " (phiên bản "
            + version.getVersionNo()
            + ")",
        null,
        now);
    notifyParties(
        agreement,
        "Thỏa thuận phối hợp " + agreement.getCode() + " có hiệu lực",
        agreement.getKind().label()
            + " «"
            + agreement.getTitle()
            + "»: "
            + agreement.getTimeline().get(agreement.getTimeline().size() - 1).getDetail()
            + ".");
    log.info("Agreement {} in force (version {})", agreement.getCode(), version.getVersionNo());
    return agreement.getTermEnd();
  }

  /** The lead's leader decides on an amendment; a rejection needs a reason. */
  void reviewAmendment(long agreementId, String decision, String reason, String actor) {
    Agreement agreement = load(agreementId);
    String field = AgreementProcess.FormFields.AMENDMENT_REASON;
    if (Vars.REJECT.equals(decision)) {
      agreement.record(
          TimelineAction.AMENDMENT_REJECTED,
          actor,
          agreement.getLeadAgencyCode(),
          "Phiên bản " + agreement.getCurrentVersionNo() + " không được chấp thuận",
          FormInput.requiredText(field, reason, 4000, "lý do không chấp thuận"),
          now());
    } else {
      agreement.record(
          TimelineAction.AMENDMENT_APPROVED,
          actor,
          agreement.getLeadAgencyCode(),
          "Phiên bản "
              + agreement.getCurrentVersionNo()
              + ": "
              + agreement.getApprovalPath().label(),
          FormInput.optionalText(field, reason, 4000, "ý kiến chỉ đạo"),
          now());
    }
  }

  /** An amendment was not approved: the version in force stays. */
  void keepCurrentVersion(long agreementId) {
    load(agreementId).moveTo(AgreementStatus.IN_FORCE, now());
  }

  // ---------------------------------------------------------------- the evaluation cycle and the
  // end of the term

  /** An evaluation period was concluded: its outcome goes on the agreement's timeline. */
  void recordEvaluation(long agreementId, EvaluationSummary evaluation) {
    Agreement agreement = load(agreementId);
    StringBuilder detail = new StringBuilder(evaluation.periodLabel());
    if (evaluation.ratingLabel() != null) {
      detail
          .append(": xếp loại ")
          .append(evaluation.ratingLabel().toLowerCase(java.util.Locale.ROOT));
    }
    if (evaluation.conferenceKindLabel() != null) {
      detail
          .append("; ")
          .append(evaluation.conferenceKindLabel().toLowerCase(java.util.Locale.ROOT))
          .append(" đã họp");
    }
    if (!evaluation.lateParties().isEmpty()) {
      detail.append("; báo cáo muộn: ").append(String.join(", ", evaluation.lateParties()));
    }
    if (!evaluation.missingParties().isEmpty()) {
      detail.append("; không báo cáo: ").append(String.join(", ", evaluation.missingParties()));
    }
    detail
        .append("; kết luận: ")
        .append(evaluation.conclusionLabel())
        .append(" (kỳ đánh giá số ")
        .append(evaluation.id())
        .append(")");
    agreement.record(
        TimelineAction.EVALUATED,
        evaluation.concludedBy() == null ? SystemEngine.ACTOR : evaluation.concludedBy(),
        agreement.getLeadAgencyCode(),
        detail.toString(),
        evaluation.conclusionNote(),
        now());
  }

  /** An evaluation under way was cancelled with the in-force wait (amendment or termination). */
  void recordEvaluationCancelled(long agreementId, EvaluationSummary evaluation) {
    Agreement agreement = load(agreementId);
    agreement.record(
        TimelineAction.EVALUATION_CANCELLED,
        SystemEngine.ACTOR,
        agreement.getLeadAgencyCode(),
        evaluation.periodLabel() + " (kỳ đánh giá số " + evaluation.id() + ")",
        null,
        now());
  }

  /**
   * The lead's leader decides on a termination an evaluation proposed: terminate now (a reason is
   * required; it becomes the termination's reason) or continue.
   */
  void decideTermination(long agreementId, String decision, String reason, String actor) {
    Agreement agreement = load(agreementId);
    String field = AgreementProcess.FormFields.TERMINATION_DECISION_REASON;
    if (Vars.TERMINATE.equals(decision)) {
      String why = FormInput.requiredText(field, reason, 4000, "lý do chấm dứt");
      agreement.requestTermination(why, actor, agreement.getLeadAgencyCode());
      agreement.record(
          TimelineAction.TERMINATION_DECIDED,
          actor,
          agreement.getLeadAgencyCode(),
          null,
          why,
          now());
    } else {
      agreement.record(
          TimelineAction.TERMINATION_DECLINED,
          actor,
          agreement.getLeadAgencyCode(),
          null,
          FormInput.optionalText(field, reason, 4000, "ý kiến của lãnh đạo"),
          now());
    }
  }

  /**
   * The final review (tổng kết) at the end of the term: renew or let it expire, with a reason
   * either way.
   */
  void finalReview(long agreementId, String decision, String reason, String actor) {
    Agreement agreement = load(agreementId);
    String why =
        FormInput.requiredText(
            AgreementProcess.FormFields.FINAL_REVIEW_REASON, reason, 4000, "kết luận tổng kết");
    agreement.record(
        TimelineAction.FINAL_REVIEWED,
        actor,
        agreement.getLeadAgencyCode(),
        Vars.RENEW.equals(decision) ? "Tái ký thỏa thuận" : "Để thỏa thuận hết hiệu lực",
        why,
        now());
  }

  /**
   * Renewal (tái ký): a new agreement with the same kind, title, scope, approval path, parties,
   * fields and evaluation cadence, for a term of the same length starting the day after the old one
   * ended, and its own process starting at drafting. The old agreement expires and links to it. A
   * party that is no longer active (merged, renamed) refuses the renewal naming it, and nothing
   * changes. Returns the new agreement.
   */
  Agreement renew(long agreementId) {
    Agreement old = load(agreementId);
    if (old.getRenewedById() != null) {
      throw new IllegalStateException("Agreement " + old.getCode() + " was already renewed");
    }
    Instant now = now();
    LocalDate today = today();
    String actor =
        old.getTimeline().stream()
            .filter(e -> e.getAction() == TimelineAction.FINAL_REVIEWED)
            .reduce((first, second) -> second)
            .map(TimelineEntry::getActor)
            .orElse(SystemEngine.ACTOR);
    LocalDate termStart = old.getTermEnd().plusDays(1);
    LocalDate termEnd =
        termStart.plus(java.time.Period.between(old.getTermStart(), termStart)).minusDays(1);
    AgencyView lead = agencies.requireActive(old.getLeadAgencyCode(), "leadAgency", today);
    List<String> partnerCodes = old.partnerCodes();
    List<AgencyView> partners = new ArrayList<>();
    for (int i = 0; i < partnerCodes.size(); i++) {
      partners.add(
          agencies.requireActive(partnerCodes.get(i), "partnerAgencies[" + i + "]", today));
    }
    // A plan stays under its regulation only while the regulation covers the new term.
    Long parentId =
        old.getParentId() == null
            ? null
            : agreements
                .findById(old.getParentId())
                .filter(p -> p.getStatus().inForce() && !termEnd.isAfter(p.getTermEnd()))
                .map(Agreement::getId)
                .orElse(null);

    Agreement renewal =
        new Agreement(
            nextCode(old.getKind(), today.getYear()),
            old.getKind(),
            old.getTitle(),
            old.getSummary(),
            old.getApprovalPath(),
            lead.code(),
            termStart,
            termEnd,
            old.getEvaluationCadence(),
            parentId,
            new LinkedHashSet<>(old.getFields()),
            actor,
            now);
    renewal.addParty(lead.code(), lead.name(), lead.provinceCode(), PartyRole.LEAD);
    partners.forEach(
        p -> renewal.addParty(p.code(), p.name(), p.provinceCode(), PartyRole.PARTNER));
    renewal.renews(old);
    renewal.record(
        TimelineAction.CREATED,
        actor,
        lead.code(),
        old.getKind().label()
            + " «"
            + old.getTitle()
            + "»; "
            + old.getApprovalPath().label()
            + "; cơ quan phối hợp: "
            + String.join(", ", renewal.partnerCodes()),
        null,
        now);
    renewal.record(
        TimelineAction.RENEWAL_OF,
        actor,
        lead.code(),
        old.getCode()
            + " (hết thời hạn ngày "
            + FormValues.format(old.getTermEnd())
            + "); thời hạn mới từ "
            + FormValues.format(termStart)
            + " đến "
            + FormValues.format(termEnd),
        null,
        now);
    agreements.save(renewal);

    old.renewedBy(renewal);
    old.end(AgreementStatus.EXPIRED, old.getTermEnd(), now);
    old.record(
        TimelineAction.RENEWED,
        actor,
        old.getLeadAgencyCode(),
        "Hết thời hạn ngày "
            + FormValues.format(old.getTermEnd())
            + "; tái ký bằng "
            + renewal.getCode(),
        null,
        now);

    Map<String, Object> variables = startVariables(renewal);
    variables.put(Vars.RENEWED_FROM, old.getCode());
    engine.call(
        () ->
            runtimeService.startProcessInstanceByKey(
                AgreementProcess.KEY, renewal.getCode(), variables));
    notifyParties(
        old,
        "Tái ký thỏa thuận phối hợp " + old.getCode() + ": " + renewal.getCode(),
        old.getKind().label()
            + " «"
            + old.getTitle()
            + "» hết thời hạn ngày "
            + FormValues.format(old.getTermEnd())
            + ". Các bên thống nhất tái ký: thỏa thuận mới "
            + renewal.getCode()
            + " (thời hạn "
            + FormValues.format(termStart)
            + " – "
            + FormValues.format(termEnd)
            + ") bắt đầu từ bước soạn thảo dự thảo.");
    log.info("Agreement {} expired and renewed as {}", old.getCode(), renewal.getCode());
    return renewal;
  }

  void terminate(long agreementId) {
    Agreement agreement = load(agreementId);
    Instant now = now();
    agreement.end(AgreementStatus.TERMINATED, today(), now);
    agreement.record(
        TimelineAction.TERMINATED,
        agreement.getTerminationRequestedBy() == null
            ? SystemEngine.ACTOR
            : agreement.getTerminationRequestedBy(),
        agreement.getTerminationRequestedAgency(),
        "Chấm dứt từ ngày " + FormValues.format(today()),
        agreement.getTerminationReason(),
        now);
    notifyParties(
        agreement,
        "Thỏa thuận phối hợp " + agreement.getCode() + " đã chấm dứt",
        agreement.getKind().label()
            + " «"
            + agreement.getTitle()
            + "» chấm dứt từ ngày "
            + FormValues.format(today())
            + " theo đề nghị của "
            + agreement.getTerminationRequestedAgency()
            + ". Lý do: "
            + agreement.getTerminationReason());
    log.info("Agreement {} terminated", agreement.getCode());
  }

  void expire(long agreementId) {
    Agreement agreement = load(agreementId);
    agreement.end(AgreementStatus.EXPIRED, agreement.getTermEnd(), now());
    agreement.record(
        TimelineAction.EXPIRED,
        SystemEngine.ACTOR,
        agreement.getLeadAgencyCode(),
        "Hết thời hạn ngày " + FormValues.format(agreement.getTermEnd()),
        null,
        now());
    notifyParties(
        agreement,
        "Thỏa thuận phối hợp " + agreement.getCode() + " hết hiệu lực",
        agreement.getKind().label()
            + " «"
            + agreement.getTitle()
            + "» hết thời hạn thực hiện ngày "
            + FormValues.format(agreement.getTermEnd())
            + ".");
    log.info("Agreement {} expired", agreement.getCode());
  }

  // ---------------------------------------------------------------- requests of a party while in
  // force

  /** Any party proposes an amendment of an agreement in force (message to its process). */
  public Agreement requestAmendment(String code, String reason, PhoiHopUser user) {
    Agreement agreement = loadForParty(code, user);
    if (agreement.getStatus() != AgreementStatus.IN_FORCE) {
      throw DomainException.conflict(
          "Chỉ đề nghị sửa đổi được khi thỏa thuận đang có hiệu lực (hiện tại: "
              + agreement.getStatus().label()
              + ").");
    }
    String why = FormInput.requiredText("reason", reason, 4000, "lý do đề nghị sửa đổi, bổ sung");
    agreement.record(
        TimelineAction.AMENDMENT_REQUESTED,
        user.userId(),
        actingAgency(agreement, user),
        null,
        why,
        now());
    correlate(agreement, Messages.AMENDMENT_REQUESTED);
    notifications.toGroups(
        List.of(
            Groups.unitRole(agreement.getLeadAgencyCode(), Role.STAFF),
            Groups.unitRole(agreement.getLeadAgencyCode(), Role.LEADER)),
        NotificationKind.INFO,
        "Đề nghị sửa đổi, bổ sung " + agreement.getCode(),
        user.userId()
            + (actingAgency(agreement, user) == null
                ? ""
                : " (" + actingAgency(agreement, user) + ")")
            + " đề nghị sửa đổi, bổ sung «"
            + agreement.getTitle()
            + "». Lý do: "
            + why,
        agreement.getCode(),
        null);
    return agreement;
  }

  /** A party's leader ends an agreement in force (message to its process). */
  public Agreement requestTermination(String code, String reason, PhoiHopUser user) {
    Agreement agreement = loadForParty(code, user);
    if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.LEADER)) {
      throw DomainException.forbidden("Chỉ lãnh đạo của một bên mới được chấm dứt thỏa thuận.");
    }
    if (agreement.getStatus() != AgreementStatus.IN_FORCE) {
      throw DomainException.conflict(
          "Chỉ chấm dứt được thỏa thuận đang có hiệu lực và không trong quá trình sửa đổi (hiện tại: "
              + agreement.getStatus().label()
              + ").");
    }
    String why = FormInput.requiredText("reason", reason, 4000, "lý do chấm dứt");
    agreement.requestTermination(why, user.userId(), actingAgency(agreement, user));
    correlate(agreement, Messages.TERMINATION_REQUESTED);
    return agreement;
  }

  private Agreement loadForParty(String code, PhoiHopUser user) {
    Agreement agreement =
        agreements
            .findByCode(code)
            .orElseThrow(() -> DomainException.notFound("Không tìm thấy thỏa thuận " + code + "."));
    if (!user.hasRole(Role.ADMIN)
        && (user.agencyCode() == null || !agreement.isParty(user.agencyCode()))) {
      throw DomainException.notFound("Không tìm thấy thỏa thuận " + code + ".");
    }
    return agreement;
  }

  private static String actingAgency(Agreement agreement, PhoiHopUser user) {
    return user.agencyCode() != null && agreement.isParty(user.agencyCode())
        ? user.agencyCode()
        : null;
  }

  private void correlate(Agreement agreement, String message) {
    engine.call(
        () ->
            runtimeService
                .createMessageCorrelation(message)
                .processInstanceId(agreement.getProcessInstanceId())
                .correlateWithResult());
  }

  // ---------------------------------------------------------------- helpers

  /** An INFO notice to the staff, leaders and liaisons of every party. */
  private void notifyParties(Agreement agreement, String subject, String body) {
    List<String> groups = new ArrayList<>();
    for (String party : agreement.partyCodes()) {
      for (Role role : List.of(Role.STAFF, Role.LEADER, Role.LIAISON)) {
        groups.add(Groups.unitRole(party, role));
      }
    }
    notifications.toGroups(groups, NotificationKind.INFO, subject, body, agreement.getCode(), null);
  }

  Agreement load(long agreementId) {
    return agreements
        .findById(agreementId)
        .orElseThrow(() -> new IllegalStateException("No agreement with id " + agreementId));
  }

  private void notTooEarly(String field, LocalDate date, String what) {
    FormInput.within(field, date, input.earliestDate(), null, what);
  }

  /** A document takes effect by the last day of the term at the latest. */
  private static void checkWithinTerm(Agreement agreement, LocalDate effectiveDate) {
    if (effectiveDate.isAfter(agreement.getTermEnd())) {
      throw DomainException.invalid(
          AgreementProcess.FormFields.EFFECTIVE_DATE,
          "Ngày có hiệu lực ("
              + FormValues.format(effectiveDate)
              + ") không thể sau ngày kết thúc thời hạn của thỏa thuận ("
              + FormValues.format(agreement.getTermEnd())
              + ").");
    }
  }

  private static void checkNotFuture(String field, LocalDate date, String what) {
    if (date.isAfter(today())) {
      throw DomainException.invalid(
          field, what + " (" + FormValues.format(date) + ") không thể sau ngày hôm nay.");
    }
  }

  static Instant now() {
    return Clocks.now();
  }

  static LocalDate today() {
    return LocalDate.ofInstant(now(), Clocks.ZONE);
  }
}
