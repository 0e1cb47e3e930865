package vn.phoihop.agency;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * Administrators keep the registry: add an agency, rename it, move it (province, parent), close it
 * with the body that takes over its work. Nothing is deleted or rewritten in the past: a closed
 * agency keeps its row, its name and its dates, so what it signed stays readable under its name.
 * Every change is one transaction with its audit entry ({@code agency_change}: who, when, why,
 * what) and a new registry revision, which makes every node reload. A new agency gets its Camunda
 * groups in the same transaction ({@link AgencyRegistered}).
 *
 * <p>Who may call this is the caller's business (the administrators' API and page check the role).
 */
@Service
@Transactional
public class AgencyAdministration {

  private static final Logger log = LoggerFactory.getLogger(AgencyAdministration.class);

  /** Upper-case letters, digits and hyphens, as the codes of the seeded data. */
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

  private static final int CODE_MAX = 40;

  private final AgencyRepository agencies;
  private final AgencySuccessionRepository successions;
  private final AgencyChangeRepository changes;
  private final CustomsCoverageRepository coverage;
  private final AgencyRegistry registry;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;

  AgencyAdministration(
      AgencyRepository agencies,
      AgencySuccessionRepository successions,
      AgencyChangeRepository changes,
      CustomsCoverageRepository coverage,
      AgencyRegistry registry,
      JdbcTemplate jdbc,
      ApplicationEventPublisher events) {
    this.agencies = agencies;
    this.successions = successions;
    this.changes = changes;
    this.coverage = coverage;
    this.registry = registry;
    this.jdbc = jdbc;
    this.events = events;
  }

  /** A new agency, as the API receives it. */
  public record NewAgency(
      String code,
      String name,
      String shortName,
      AgencyType type,
      String provinceCode,
      String parentCode,
      LocalDate validFrom,
      Boolean borderArea,
      String email,
      String reason) {}

  /** Adds an agency; returns it as the registry now holds it. */
  public AgencyView create(NewAgency request, String actor) {
    String code = code(request.code());
    if (agencies.existsById(code)) {
      throw DomainException.conflict(Texts.text("agency.admin.codeTaken", code));
    }
    String name = name(request.name());
    String shortName = shortName(request.shortName());
    if (request.type() == null) {
      throw DomainException.invalid("type", Texts.text("agency.admin.typeRequired"));
    }
    if (request.validFrom() == null) {
      throw DomainException.invalid("validFrom", Texts.text("agency.admin.validFromRequired"));
    }
    LocalDate validFrom =
        FormInput.within(
            "validFrom",
            request.validFrom(),
            LocalDate.of(2000, 1, 1),
            Clocks.today().plusYears(2),
            Texts.text("agency.admin.what.validFrom"));
    String province = province(request.provinceCode(), request.type());
    String parent = parent(request.parentCode(), code, validFrom);
    String email =
        FormInput.optionalLine(
            "email", request.email(), 200, Texts.text("agency.admin.what.email"));
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw DomainException.invalid("email", Texts.text("agency.admin.emailFormat", email));
    }
    String reason = reason(request.reason());

    Agency agency =
        new Agency(
            code,
            name,
            shortName,
            request.type(),
            province,
            parent,
            validFrom,
            Boolean.TRUE.equals(request.borderArea()),
            email);
    agencies.save(agency);
    audit(
        code,
        AgencyChange.Action.CREATED,
        actor,
        reason,
        Texts.text(
            "agency.admin.details.created",
            name,
            request.type().label(),
            province == null ? Texts.text("agency.admin.central") : province,
            parent == null ? Texts.text("agency.admin.none") : parent,
            VietnameseFormats.date(validFrom)));
    events.publishEvent(new AgencyRegistered(code, name, request.type()));
    log.info("Registry: {} added {} ({})", actor, code, request.type());
    return changed(code);
  }

  /**
   * Renames an agency in force (its code, history and groups stay); a closed one keeps the name it
   * signed under.
   */
  public AgencyView rename(
      String code, String name, String shortName, String reason, String actor) {
    Agency agency = load(code);
    requireActive(agency);
    String newName = name(name);
    String newShort = shortName(shortName);
    String why = reason(reason);
    if (newName.equals(agency.getName()) && newShort.equals(agency.getShortName())) {
      throw DomainException.invalid("name", Texts.text("agency.admin.sameName"));
    }
    String details =
        Texts.text(
            "agency.admin.details.renamed",
            agency.getName(),
            newName,
            agency.getShortName(),
            newShort);
    agency.rename(newName, newShort);
    audit(agency.getCode(), AgencyChange.Action.RENAMED, actor, why, details);
    events.publishEvent(new AgencyRegistered(agency.getCode(), newName, agency.getType()));
    log.info("Registry: {} renamed {}", actor, agency.getCode());
    return changed(agency.getCode());
  }

  /** Moves an agency to another province or under another parent. */
  public AgencyView move(
      String code, String provinceCode, String parentCode, String reason, String actor) {
    Agency agency = load(code);
    requireActive(agency);
    String province = province(provinceCode, agency.getType());
    String parent = parent(parentCode, agency.getCode(), Clocks.today());
    String why = reason(reason);
    if (Objects.equals(province, agency.getProvinceCode())
        && Objects.equals(parent, agency.getParentCode())) {
      throw DomainException.invalid("provinceCode", Texts.text("agency.admin.samePlace"));
    }
    String none = Texts.text("agency.admin.none");
    String details =
        Texts.text(
            "agency.admin.details.moved",
            Objects.requireNonNullElse(agency.getProvinceCode(), none),
            Objects.requireNonNullElse(province, none),
            Objects.requireNonNullElse(agency.getParentCode(), none),
            Objects.requireNonNullElse(parent, none));
    agency.move(province, parent);
    audit(agency.getCode(), AgencyChange.Action.MOVED, actor, why, details);
    log.info("Registry: {} moved {}", actor, agency.getCode());
    return changed(agency.getCode());
  }

  /**
   * Closes an agency on {@code lastDay} (its last day in force); {@code successorCode}, in force
   * the day after, takes over its work, its figures and its agreements' renewals.
   */
  public AgencyView close(
      String code, LocalDate lastDay, String successorCode, String reason, String actor) {
    Agency agency = load(code);
    requireActive(agency);
    if (lastDay == null) {
      throw DomainException.invalid("validTo", Texts.text("agency.admin.validToRequired"));
    }
    FormInput.within(
        "validTo",
        lastDay,
        agency.getValidFrom(),
        Clocks.today().plusYears(2),
        Texts.text("agency.admin.what.validTo"));
    if (successorCode == null || successorCode.isBlank()) {
      throw DomainException.invalid("successorCode", Texts.text("agency.admin.successorRequired"));
    }
    AgencyView successor =
        registry.requireActive(successorCode, "successorCode", lastDay.plusDays(1));
    if (successor.code().equals(agency.getCode())
        || registry.predecessors(agency.getCode()).stream()
            .anyMatch(p -> p.code().equals(successor.code()))) {
      throw DomainException.invalid(
          "successorCode", Texts.text("agency.admin.successorCycle", successor.code()));
    }
    String why = reason(reason);
    agency.close(lastDay);
    successions.save(new AgencySuccession(agency.getCode(), successor.code(), lastDay.plusDays(1)));
    audit(
        agency.getCode(),
        AgencyChange.Action.CLOSED,
        actor,
        why,
        Texts.text(
            "agency.admin.details.closed",
            VietnameseFormats.date(lastDay),
            successor.name(),
            successor.code()));
    log.info("Registry: {} closed {} ({} takes over)", actor, agency.getCode(), successor.code());
    return changed(agency.getCode());
  }

  /**
   * The regional customs branch in force that serves this current province from now on (the one
   * customs cases of the province are routed to). Audited under the branch that takes the province;
   * returns that branch.
   */
  public AgencyView assignCustomsBranch(
      String provinceCode, String branchCode, String reason, String actor) {
    String province = registry.requireProvince(provinceCode, "provinceCode");
    if (branchCode == null || branchCode.isBlank()) {
      throw DomainException.invalid("branchCode", Texts.text("agency.admin.branchRequired"));
    }
    AgencyView branch = registry.requireActive(branchCode, "branchCode", Clocks.today());
    if (branch.type() != AgencyType.CUSTOMS_BRANCH) {
      throw DomainException.invalid(
          "branchCode", Texts.text("agency.admin.notACustomsBranch", branch.name()));
    }
    String why = reason(reason);
    CustomsCoverage row =
        coverage.findById(province).orElseGet(() -> new CustomsCoverage(province, null));
    String before = row.getBranchCode();
    if (branch.code().equals(before)) {
      throw DomainException.invalid(
          "branchCode", Texts.text("agency.admin.sameBranch", branch.name()));
    }
    row.assign(branch.code());
    coverage.save(row);
    audit(
        branch.code(),
        AgencyChange.Action.COVERAGE,
        actor,
        why,
        Texts.text(
            "agency.admin.details.coverage",
            province,
            before == null ? Texts.text("agency.admin.none") : before,
            branch.code()));
    log.info(
        "Registry: {} gave province {} to {} (was {})", actor, province, branch.code(), before);
    return changed(branch.code());
  }

  /** The audit of one agency, oldest first, or the latest 200 changes when {@code code} is null. */
  @Transactional(readOnly = true)
  public List<AgencyChangeView> changes(String code) {
    if (code == null || code.isBlank()) {
      return changes.findTop200ByOrderByIdDesc().stream().map(AgencyChange::toView).toList();
    }
    String canonical = registry.require(code, "agency").code();
    return changes.findByAgencyCodeOrderByIdAsc(canonical).stream()
        .map(AgencyChange::toView)
        .toList();
  }

  // ------------------------------------------------------------------------------------ helpers

  private Agency load(String code) {
    String canonical = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    return agencies
        .findById(canonical)
        .orElseThrow(() -> DomainException.notFound(Texts.text("agency.unknown", code)));
  }

  private static void requireActive(Agency agency) {
    if (agency.getValidTo() != null) {
      throw DomainException.conflict(
          Texts.text(
              "agency.admin.alreadyClosed",
              agency.getName(),
              VietnameseFormats.date(agency.getValidTo())));
    }
  }

  private static String code(String value) {
    String code =
        FormInput.requiredLine("code", value, CODE_MAX, Texts.text("agency.admin.what.code"));
    if (!CODE.matcher(code).matches()) {
      throw DomainException.invalid("code", Texts.text("agency.admin.codeFormat", code));
    }
    return code;
  }

  private static String name(String value) {
    return FormInput.requiredLine("name", value, 300, Texts.text("agency.admin.what.name"));
  }

  private static String shortName(String value) {
    return FormInput.requiredLine(
        "shortName", value, 100, Texts.text("agency.admin.what.shortName"));
  }

  private static String reason(String value) {
    return FormInput.requiredText("reason", value, 2000, Texts.text("agency.admin.what.reason"));
  }

  /** A current province; none only for a central body. */
  private String province(String value, AgencyType type) {
    if (value == null || value.isBlank()) {
      if (type == AgencyType.MINISTRY_AGENCY || type == AgencyType.STEERING_COMMITTEE_389) {
        return null;
      }
      throw DomainException.invalid("provinceCode", Texts.text("agency.admin.provinceRequired"));
    }
    return registry.requireProvince(value, "provinceCode");
  }

  /** An agency in force on {@code on}, other than the agency itself; none is allowed. */
  private String parent(String value, String code, LocalDate on) {
    if (value == null || value.isBlank()) {
      return null;
    }
    AgencyView parent = registry.requireActive(value, "parentCode", on);
    if (parent.code().equals(code)) {
      throw DomainException.invalid("parentCode", Texts.text("agency.admin.ownParent"));
    }
    return parent.code();
  }

  private void audit(
      String code, AgencyChange.Action action, String actor, String reason, String details) {
    changes.save(new AgencyChange(code, action, actor, Clocks.now(), reason, details));
  }

  /**
   * Bumps the revision (every node reloads), reloads this node after the commit, and answers the
   * agency as it will be read from then on.
   */
  private AgencyView changed(String code) {
    agencies.flush();
    coverage.flush();
    jdbc.update("update agency_registry_revision set revision = revision + 1 where id = 1");
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              registry.reload();
            }
          });
    }
    return registry.viewOf(
        agencies.findById(code).orElseThrow(),
        successions.findById(code).map(AgencySuccession::getSuccessorCode).orElse(null));
  }
}
