package vn.phoihop.agreement;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.agency.CodeName;
import vn.phoihop.agreement.AgreementViews.Detail;
import vn.phoihop.agreement.AgreementViews.OpenTask;
import vn.phoihop.agreement.AgreementViews.Page;
import vn.phoihop.agreement.AgreementViews.Related;
import vn.phoihop.agreement.AgreementViews.Summary;
import vn.phoihop.agreement.AgreementViews.VersionText;
import vn.phoihop.evaluation.AgreementEvaluations;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Role;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.web.Paging;

/**
 * Reading agreements. A user sees the agreements their agency is party to; a manager those with a
 * party in their agency's province (all, for a national body); an administrator all. An agreement
 * the caller may not see is answered as not found.
 */
@Service
@Transactional(readOnly = true)
public class AgreementQueries {

  private final AgreementRepository agreements;
  private final AgencyRegistry agencies;
  private final TaskService taskService;
  private final SystemEngine engine;
  private final AgreementEvaluations evaluations;

  AgreementQueries(
      AgreementRepository agreements,
      AgencyRegistry agencies,
      TaskService taskService,
      SystemEngine engine,
      AgreementEvaluations evaluations) {
    this.agreements = agreements;
    this.agencies = agencies;
    this.taskService = taskService;
    this.engine = engine;
    this.evaluations = evaluations;
  }

  /** Filters of the list; each is optional. */
  public record Filter(AgreementStatus status, String agency, String field, Boolean overdue) {}

  public Page<Summary> list(Filter filter, int page, int size, PhoiHopUser user) {
    PageRequest pageRequest =
        Paging.of(page, size, Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
    Set<String> overdueInstances = overdueInstances();
    Specification<Agreement> spec = visibleTo(user);
    if (filter.status() != null) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
    }
    if (filter.agency() != null && !filter.agency().isBlank()) {
      String agency = agencies.require(filter.agency(), "agency").code();
      spec = spec.and(hasParty(agency));
    }
    if (filter.field() != null && !filter.field().isBlank()) {
      String field = agencies.requireField(filter.field(), "field");
      spec = spec.and((root, query, cb) -> cb.isMember(field, root.<Set<String>>get("fields")));
    }
    if (filter.overdue() != null) {
      spec =
          spec.and(
              (root, query, cb) -> {
                Predicate late =
                    overdueInstances.isEmpty()
                        ? cb.disjunction()
                        : root.get("processInstanceId").in(overdueInstances);
                return filter.overdue() ? late : cb.not(late);
              });
    }
    var result = agreements.findAll(spec, pageRequest);
    List<Summary> items =
        result.getContent().stream()
            .map(a -> summary(a, overdueInstances.contains(a.getProcessInstanceId())))
            .toList();
    return new Page<>(items, page, size, result.getTotalElements());
  }

  public Detail detail(String code, PhoiHopUser user) {
    Agreement agreement = visible(code, user);
    List<CodeName> registryFields = agencies.fields();
    Map<String, String> fieldNames =
        registryFields.stream()
            .collect(Collectors.toMap(CodeName::code, CodeName::name, (a, b) -> a));
    List<String> fieldOrder = registryFields.stream().map(CodeName::code).toList();
    Related parent =
        agreement.getParentId() == null
            ? null
            : agreements
                .findById(agreement.getParentId())
                .filter(p -> canSee(p, user))
                .map(AgreementQueries::related)
                .orElse(null);
    List<Related> subPlans =
        agreements.findByParentIdOrderById(agreement.getId()).stream()
            .filter(p -> canSee(p, user))
            .map(AgreementQueries::related)
            .toList();
    Related renewedFrom = linked(agreement.getRenewedFromId(), user);
    Related renewedBy = linked(agreement.getRenewedById(), user);
    return new Detail(
        agreement.getCode(),
        agreement.getTitle(),
        agreement.getSummary(),
        agreement.getKind(),
        agreement.getKind().label(),
        agreement.getApprovalPath(),
        agreement.getApprovalPath().label(),
        agreement.getStatus(),
        agreement.getStatus().label(),
        agreement.getParties().stream()
            .map(
                p ->
                    new AgreementViews.Party(
                        p.getAgencyCode(),
                        p.getAgencyName(),
                        p.getProvinceCode(),
                        p.getRole(),
                        p.getRole().label()))
            .toList(),
        agreement.getFields().stream()
            .sorted(
                java.util.Comparator.comparingInt(
                    f -> fieldOrder.indexOf(f) < 0 ? Integer.MAX_VALUE : fieldOrder.indexOf(f)))
            .map(f -> new AgreementViews.CodeLabel(f, fieldNames.getOrDefault(f, f)))
            .toList(),
        agreement.getTermStart(),
        agreement.getTermEnd(),
        agreement.getEvaluationCadence(),
        agreement.getEvaluationCadence().label(),
        parent,
        subPlans,
        renewedFrom,
        renewedBy,
        evaluations.ofAgreement(agreement.getId()),
        "/api/v1/agreements/" + agreement.getCode() + "/evaluations",
        agreement.getCurrentVersionNo(),
        agreement.getInForceVersionNo(),
        agreement.getDocumentNumber(),
        agreement.getEffectiveDate(),
        agreement.getEndedOn(),
        agreement.getTerminationReason(),
        agreement.getCreatedBy(),
        agreement.getCreatedAt(),
        agreement.getVersions().stream()
            .map(
                v ->
                    new AgreementViews.Version(
                        v.getVersionNo(),
                        v.getKind(),
                        v.getKind().label(),
                        v.getAuthor(),
                        v.getCreatedAt(),
                        v.getContentHash(),
                        v.getNote(),
                        Objects.equals(agreement.getInForceVersionNo(), v.getVersionNo())))
            .toList(),
        agreement.getVersions().stream()
            .filter(v -> v.getDocumentNumber() != null || v.getSubmissionNumber() != null)
            .map(
                v ->
                    new AgreementViews.Document(
                        v.getVersionNo(),
                        v.getKind(),
                        v.getDocumentNumber(),
                        v.getIssuedOn(),
                        v.getIssuedBy(),
                        v.getEffectiveFrom(),
                        v.getSubmissionNumber(),
                        v.getSubmittedOn()))
            .toList(),
        agreement.getComments().stream()
            .map(
                c ->
                    new AgreementViews.Comment(
                        c.getVersionNo(),
                        c.getAgencyCode(),
                        c.getOpinion(),
                        c.getOpinion().label(),
                        c.getContent(),
                        c.getAuthor(),
                        c.getCreatedAt()))
            .toList(),
        agreement.getSignatures().stream()
            .map(
                s ->
                    new AgreementViews.SignatureView(
                        s.getVersionNo(),
                        s.getAgencyCode(),
                        s.getSignatoryName(),
                        s.getSignatoryTitle(),
                        s.getSignedOn(),
                        s.getRecordedBy()))
            .toList(),
        agreement.getTimeline().stream()
            .map(
                e ->
                    new AgreementViews.Timeline(
                        e.getOccurredAt(),
                        e.getActor(),
                        e.getAgencyCode(),
                        e.getAction(),
                        e.getAction().label(),
                        e.getVersionNo(),
                        e.getDetail(),
                        e.getReason()))
            .toList(),
        openTasks(agreement),
        agreement.getProcessInstanceId());
  }

  /**
   * A renewal link, if the caller may see the other agreement (a renewal has the same parties, so
   * normally they can).
   */
  private Related linked(Long id, PhoiHopUser user) {
    return id == null
        ? null
        : agreements
            .findById(id)
            .filter(a -> canSee(a, user))
            .map(AgreementQueries::related)
            .orElse(null);
  }

  public VersionText version(String code, int versionNo, PhoiHopUser user) {
    Agreement agreement = visible(code, user);
    TextVersion version =
        agreement
            .version(versionNo)
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        "Thỏa thuận " + code + " không có phiên bản " + versionNo + "."));
    return new VersionText(
        agreement.getCode(),
        version.getVersionNo(),
        version.getKind(),
        version.getAuthor(),
        version.getCreatedAt(),
        version.getContentHash(),
        version.getContent());
  }

  Agreement visible(String code, PhoiHopUser user) {
    return agreements
        .findByCode(code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT))
        .filter(a -> canSee(a, user))
        .orElseThrow(() -> DomainException.notFound("Không tìm thấy thỏa thuận " + code + "."));
  }

  boolean canSee(Agreement agreement, PhoiHopUser user) {
    if (user.hasRole(Role.ADMIN)) {
      return true;
    }
    if (user.agencyCode() == null) {
      return false;
    }
    if (agreement.isParty(user.agencyCode())) {
      return true;
    }
    if (user.hasRole(Role.MANAGER)) {
      String province = managerProvince(user);
      return province == null
          || agreement.getParties().stream().anyMatch(p -> province.equals(p.getProvinceCode()));
    }
    return false;
  }

  /**
   * The province a manager oversees; {@code null} for a national body (ministry, national BCĐ 389).
   */
  private String managerProvince(PhoiHopUser user) {
    return agencies.find(user.agencyCode()).map(AgencyView::provinceCode).orElse(null);
  }

  private Specification<Agreement> visibleTo(PhoiHopUser user) {
    if (user.hasRole(Role.ADMIN)) {
      return (root, query, cb) -> cb.conjunction();
    }
    if (user.agencyCode() == null) {
      return (root, query, cb) -> cb.disjunction();
    }
    Specification<Agreement> party = hasParty(user.agencyCode());
    if (!user.hasRole(Role.MANAGER)) {
      return party;
    }
    String province = managerProvince(user);
    if (province == null) {
      return (root, query, cb) -> cb.conjunction();
    }
    return party.or(partyMatching(p -> p.get("provinceCode"), province));
  }

  private static Specification<Agreement> hasParty(String agencyCode) {
    return partyMatching(p -> p.get("agencyCode"), agencyCode);
  }

  private static Specification<Agreement> partyMatching(
      Function<Join<Agreement, AgreementParty>, jakarta.persistence.criteria.Path<Object>>
          attribute,
      String value) {
    return (root, query, cb) -> {
      Subquery<Long> parties = query.subquery(Long.class);
      Root<Agreement> agreement = parties.from(Agreement.class);
      Join<Agreement, AgreementParty> party = agreement.join("parties");
      parties.select(agreement.get("id")).where(cb.equal(attribute.apply(party), value));
      return root.get("id").in(parties);
    };
  }

  private static Summary summary(Agreement a, boolean overdue) {
    return new Summary(
        a.getCode(),
        a.getTitle(),
        a.getKind(),
        a.getKind().label(),
        a.getStatus(),
        a.getStatus().label(),
        a.getLeadAgencyCode(),
        a.partnerCodes(),
        List.copyOf(a.getFields()),
        a.getTermStart(),
        a.getTermEnd(),
        a.getDocumentNumber(),
        a.getEffectiveDate(),
        overdue,
        a.getUpdatedAt());
  }

  private static Related related(Agreement a) {
    return new Related(a.getCode(), a.getTitle(), a.getStatus(), a.getStatus().label());
  }

  /** Process instances of agreements with a task past its due date. */
  private Set<String> overdueInstances() {
    Date now = Date.from(Clocks.now());
    return engine.call(
        () ->
            taskService
                .createTaskQuery()
                .processDefinitionKey(AgreementProcess.KEY)
                .dueBefore(now)
                .list()
                .stream()
                .map(Task::getProcessInstanceId)
                .collect(Collectors.toSet()));
  }

  private List<OpenTask> openTasks(Agreement agreement) {
    if (agreement.getProcessInstanceId() == null || agreement.getStatus().ended()) {
      return List.of();
    }
    Date now = Date.from(Clocks.now());
    return engine.call(
        () -> {
          List<OpenTask> open = new ArrayList<>();
          for (Task task :
              taskService
                  .createTaskQuery()
                  .processInstanceId(agreement.getProcessInstanceId())
                  .orderByTaskCreateTime()
                  .asc()
                  .list()) {
            List<String> groups =
                taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(
                        l ->
                            IdentityLinkType.CANDIDATE.equals(l.getType())
                                && l.getGroupId() != null)
                    .map(IdentityLink::getGroupId)
                    .toList();
            open.add(
                new OpenTask(
                    task.getId(),
                    task.getTaskDefinitionKey(),
                    task.getName(),
                    groups,
                    task.getAssignee(),
                    task.getCreateTime(),
                    task.getDueDate(),
                    task.getDueDate() != null && task.getDueDate().before(now),
                    "/camunda/app/tasklist/default/#/?task=" + task.getId()));
          }
          return open;
        });
  }
}
