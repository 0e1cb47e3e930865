package vn.phoihop.agreement;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.agency.CodeName;
import vn.phoihop.agreement.AgreementViews.Detail;
import vn.phoihop.agreement.AgreementViews.Page;
import vn.phoihop.agreement.AgreementViews.Related;
import vn.phoihop.agreement.AgreementViews.Summary;
import vn.phoihop.agreement.AgreementViews.VersionText;
import vn.phoihop.evaluation.AgreementEvaluations;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Readership;
import vn.phoihop.identity.Readership.Reader;
import vn.phoihop.identity.Role;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;
import vn.phoihop.web.Paging;

/**
 * Reading agreements, by PhoiHop's one read rule ({@link Readership}) applied to an agreement's
 * parties: a user sees the agreements their agency (or a body it succeeded) is party to; a manager
 * those with a party in their agency's province (all, for a national body); an administrator all.
 * An agreement the caller may not see is answered as not found.
 */
@Service
@Transactional(readOnly = true)
class AgreementQueries {

  private final AgreementRepository agreements;
  private final AgencyRegistry agencies;
  private final Readership readership;
  private final AgreementTasks tasks;
  private final AgreementEvaluations evaluations;

  private final AgreementDescriptions descriptions;

  AgreementQueries(
      AgreementRepository agreements,
      AgencyRegistry agencies,
      Readership readership,
      AgreementTasks tasks,
      AgreementEvaluations evaluations,
      AgreementDescriptions descriptions) {
    this.descriptions = descriptions;
    this.agreements = agreements;
    this.agencies = agencies;
    this.readership = readership;
    this.tasks = tasks;
    this.evaluations = evaluations;
  }

  /** Filters of the list; each is optional. */
  record Filter(AgreementStatus status, String agency, String field, Boolean overdue) {}

  Page<Summary> list(Filter filter, int page, int size, PhoiHopUser user) {
    PageRequest pageRequest =
        Paging.of(page, size, Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
    Set<String> overdueInstances = tasks.overdueInstances();
    Specification<Agreement> spec = readBy(readership.of(user));
    if (filter.status() != null) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), filter.status()));
    }
    if (filter.agency() != null && !filter.agency().isBlank()) {
      String agency = agencies.require(filter.agency(), "agency").code();
      spec = spec.and(partyMatching(p -> p.get("agencyCode"), List.of(agency)));
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
            .map(a -> Summary.of(a, overdueInstances.contains(a.getProcessInstanceId())))
            .toList();
    return new Page<>(items, page, size, result.getTotalElements());
  }

  Detail detail(String code, PhoiHopUser user) {
    Reader reader = readership.of(user);
    Agreement agreement = visible(code, reader, user);
    List<CodeName> registryFields = agencies.fields();
    Map<String, String> fieldNames =
        registryFields.stream()
            .collect(Collectors.toMap(CodeName::code, CodeName::name, (a, b) -> a));
    List<String> fieldOrder = registryFields.stream().map(CodeName::code).toList();
    List<Related> subPlans =
        agreements.findByParentIdOrderById(agreement.getId()).stream()
            .filter(p -> readsInHierarchy(reader, user, p))
            .map(Related::of)
            .toList();
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
        agreement.getParties().stream().map(AgreementViews.Party::of).toList(),
        agreement.getFields().stream()
            .sorted(
                Comparator.comparingInt(
                    f -> fieldOrder.indexOf(f) < 0 ? Integer.MAX_VALUE : fieldOrder.indexOf(f)))
            .map(f -> new AgreementViews.CodeLabel(f, fieldNames.getOrDefault(f, f)))
            .toList(),
        agreement.getTermStart(),
        agreement.getTermEnd(),
        agreement.getEvaluationCadence(),
        agreement.getEvaluationCadence().label(),
        linked(agreement.getParentId(), reader, user),
        subPlans,
        linked(agreement.getRenewedFromId(), reader, user),
        linked(agreement.getRenewedById(), reader, user),
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
            .map(v -> AgreementViews.Version.of(v, agreement.getInForceVersionNo()))
            .toList(),
        agreement.getVersions().stream()
            .filter(v -> v.getDocumentNumber() != null || v.getSubmissionNumber() != null)
            .map(AgreementViews.Document::of)
            .toList(),
        agreement.getComments().stream().map(AgreementViews.Comment::of).toList(),
        agreement.getSignatures().stream().map(AgreementViews.SignatureView::of).toList(),
        agreement.getTimeline().stream()
            .map(
                e ->
                    AgreementViews.Timeline.of(
                        e, agency -> descriptions.agencyName(agreement, agency)))
            .toList(),
        tasks.openTasks(agreement),
        agreement.getProcessInstanceId());
  }

  VersionText version(String code, int versionNo, PhoiHopUser user) {
    Agreement agreement = visible(code, readership.of(user), user);
    TextVersion version =
        agreement
            .version(versionNo)
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        Texts.text("agreement.version.notFound", code, String.valueOf(versionNo))));
    return VersionText.of(agreement, version);
  }

  /**
   * A linked agreement (parent regulation, renewal), if the caller may see it (a renewal has the
   * same parties, so normally they can).
   */
  private Related linked(Long id, Reader reader, PhoiHopUser user) {
    return id == null
        ? null
        : agreements
            .findById(id)
            .filter(a -> readsInHierarchy(reader, user, a))
            .map(Related::of)
            .orElse(null);
  }

  private Agreement visible(String code, Reader reader, PhoiHopUser user) {
    return agreements
        .findByCode(code == null ? "" : code.trim().toUpperCase(Locale.ROOT))
        .filter(a -> readsInHierarchy(reader, user, a))
        .orElseThrow(() -> DomainException.notFound(Texts.text("agreement.notFound", code)));
  }

  /**
   * The read rule with the hierarchy of situation 2 (docs/domain.md#agreement-hierarchy): a plan
   * under a regulation is also read by the leaders of the regulation's parties and, when party to
   * the regulation, by the unit a plan party belongs to (the teams' Chi cục); a regulation is also
   * read by the parties of the plans under it. Only by name (detail, version, links); the list
   * keeps the plain rule.
   */
  boolean readsInHierarchy(Reader reader, PhoiHopUser user, Agreement agreement) {
    if (reads(reader, agreement)) {
      return true;
    }
    if (reader.agencyCodes().isEmpty()) {
      return false;
    }
    if (agreement.getParentId() != null) {
      Agreement regulation = agreements.findById(agreement.getParentId()).orElse(null);
      if (regulation != null && partyOf(reader, regulation)) {
        if (user.hasRole(Role.LEADER)) {
          return true;
        }
        for (String party : agreement.partyCodes()) {
          String unit = agencies.find(party).map(AgencyView::parentCode).orElse(null);
          if (unit != null && reader.agencyCodes().contains(unit)) {
            return true;
          }
        }
      }
    }
    return agreement.getKind() == AgreementKind.REGULATION
        && agreements.findByParentIdOrderById(agreement.getId()).stream()
            .anyMatch(plan -> partyOf(reader, plan));
  }

  private static boolean partyOf(Reader reader, Agreement agreement) {
    return agreement.partyCodes().stream().anyMatch(reader.agencyCodes()::contains);
  }

  /** An agreement's parties are its signatories, located in their provinces when it was made. */
  static boolean reads(Reader reader, Agreement agreement) {
    return reader.reads(
        agreement.partyCodes(),
        agreement.getParties().stream().map(AgreementParty::getProvinceCode).toList());
  }

  /** {@link #reads} as SQL, for the list. */
  static Specification<Agreement> readBy(Reader reader) {
    if (reader.everything()) {
      return (root, query, cb) -> cb.conjunction();
    }
    if (reader.nothing()) {
      return (root, query, cb) -> cb.disjunction();
    }
    Specification<Agreement> party = partyMatching(p -> p.get("agencyCode"), reader.agencyCodes());
    return reader.provinceCode() == null
        ? party
        : party.or(partyMatching(p -> p.get("provinceCode"), List.of(reader.provinceCode())));
  }

  /** Agreements with a party whose {@code attribute} is one of {@code values}. */
  private static Specification<Agreement> partyMatching(
      Function<Join<Agreement, AgreementParty>, Path<Object>> attribute,
      Collection<String> values) {
    return (root, query, cb) -> {
      Subquery<Long> parties = query.subquery(Long.class);
      Root<Agreement> agreement = parties.from(Agreement.class);
      Join<Agreement, AgreementParty> party = agreement.join("parties");
      parties.select(agreement.get("id")).where(attribute.apply(party).in(values));
      return root.get("id").in(parties);
    };
  }
}
