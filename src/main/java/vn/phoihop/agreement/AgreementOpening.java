package vn.phoihop.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.identity.PhoiHopUser;
import vn.phoihop.identity.Role;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.InputProperties;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * Opening an agreement: checks what the lead proposes (its parties, fields, term and, for a plan
 * under a regulation, the regulation), stores the agreement with its parties and first timeline
 * entry, and starts its process. A refusal names the field and changes nothing.
 */
@Service
@Transactional
class AgreementOpening {

  private static final Logger log = LoggerFactory.getLogger(AgreementOpening.class);

  private final AgreementRepository agreements;
  private final AgencyRegistry agencies;
  private final AgreementSupport support;
  private final InputProperties input;

  AgreementOpening(
      AgreementRepository agreements,
      AgencyRegistry agencies,
      AgreementSupport support,
      InputProperties input) {
    this.agreements = agreements;
    this.agencies = agencies;
    this.support = support;
    this.input = input;
  }

  /** Opens an agreement and starts its process (REST). */
  Agreement create(AgreementRequest request, PhoiHopUser creator) {
    Agreement agreement = register(request, creator);
    support.startProcess(agreement, support.startVariables(agreement));
    log.info("Agreement {} opened by {}", agreement.getCode(), creator.userId());
    return agreement;
  }

  /**
   * Checks the request, then stores the new agreement with its parties and first timeline entry.
   */
  Agreement register(AgreementRequest request, PhoiHopUser creator) {
    Instant now = Clocks.now();
    LocalDate today = Clocks.today();
    String title =
        FormInput.requiredLine("title", request.title(), 500, Texts.text("agreement.field.title"));
    AgreementKind kind =
        FormInput.requiredChoice(
            "kind",
            request.kind(),
            AgreementKind.class,
            Texts.text("agreement.field.kind"),
            AgreementKind::label);
    ApprovalPath approvalPath =
        FormInput.requiredChoice(
            "approvalPath",
            request.approvalPath(),
            ApprovalPath.class,
            Texts.text("agreement.field.approvalPath"),
            ApprovalPath::label);
    AgencyView lead = leadAgency(request.leadAgency(), creator, today);
    List<AgencyView> partners = partners(request.partnerAgencies(), lead, today);
    Set<String> fields = fields(request.fields());
    String termStartLabel = Texts.text("agreement.field.termStart");
    LocalDate termStart =
        FormInput.within(
            "termStart",
            FormInput.requiredDate("termStart", request.termStart(), termStartLabel),
            input.earliestTermStart(today),
            null,
            termStartLabel);
    String termEndLabel = Texts.text("agreement.field.termEnd");
    LocalDate termEnd =
        FormInput.within(
            "termEnd",
            FormInput.requiredDate("termEnd", request.termEnd(), termEndLabel),
            null,
            input.latestTermEnd(today),
            termEndLabel);
    if (!termEnd.isAfter(termStart)) {
      throw DomainException.invalid(
          "termEnd",
          Texts.text(
              "agreement.term.endBeforeStart",
              VietnameseFormats.date(termEnd),
              VietnameseFormats.date(termStart)));
    }
    EvaluationCadence cadence =
        FormInput.requiredChoice(
            "evaluationCadence",
            request.evaluationCadence(),
            EvaluationCadence.class,
            Texts.text("agreement.field.evaluationCadence"),
            EvaluationCadence::label);
    String summary =
        FormInput.optionalText(
            "summary", request.summary(), 4000, Texts.text("agreement.field.summary"));
    Agreement parent = parent(request.parentAgreementCode(), kind, lead, partners, termEnd);

    Agreement agreement =
        support.newAgreement(
            kind,
            title,
            summary,
            approvalPath,
            lead,
            partners,
            termStart,
            termEnd,
            cadence,
            parent == null ? null : parent.getId(),
            fields,
            creator.userId(),
            now);
    agreements.save(agreement);
    if (parent != null) {
      parent.record(
          TimelineAction.SUB_PLAN_CREATED,
          creator.userId(),
          lead.code(),
          Texts.text("agreement.timeline.subPlanCreated", agreement.getCode(), title),
          null,
          now);
    }
    return agreement;
  }

  /** An agreement opened through REST meets its instance in the instance's first step. */
  void attachProcess(long agreementId, String processInstanceId) {
    support.load(agreementId).attachProcess(processInstanceId);
  }

  private AgencyView leadAgency(String requested, PhoiHopUser creator, LocalDate today) {
    String code = FormInput.text("leadAgency", requested);
    if (creator.hasRole(Role.ADMIN)) {
      if (code == null) {
        throw DomainException.invalid("leadAgency", Texts.text("agreement.lead.adminMustName"));
      }
    } else {
      if (!creator.hasRole(Role.STAFF) || creator.agencyCode() == null) {
        throw DomainException.forbidden(Texts.text("agreement.lead.staffOnly"));
      }
      if (code == null) {
        code = creator.agencyCode();
      } else if (!code.equalsIgnoreCase(creator.agencyCode())) {
        throw DomainException.invalid(
            "leadAgency", Texts.text("agreement.lead.ownAgency", creator.agencyCode()));
      }
    }
    return agencies.requireActive(code.toUpperCase(Locale.ROOT), "leadAgency", today);
  }

  private List<AgencyView> partners(List<String> requested, AgencyView lead, LocalDate today) {
    List<String> codes = FormValues.agencyCodes(requested);
    if (codes.isEmpty()) {
      throw DomainException.invalid("partnerAgencies", Texts.text("agreement.partner.required"));
    }
    List<AgencyView> partners = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      String field = "partnerAgencies[" + i + "]";
      String code = codes.get(i);
      if (code.equals(lead.code())) {
        throw DomainException.invalid(field, Texts.text("agreement.partner.isLead", code));
      }
      if (!seen.add(code)) {
        throw DomainException.invalid(field, Texts.text("agreement.partner.duplicate", code));
      }
      partners.add(agencies.requireActive(code, field, today));
    }
    return partners;
  }

  private Set<String> fields(List<String> requested) {
    List<String> codes = FormValues.codes(requested);
    if (codes.isEmpty()) {
      throw DomainException.invalid("fields", Texts.text("agreement.fields.required"));
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
            .findByCode(code.toUpperCase(Locale.ROOT))
            .orElseThrow(
                () ->
                    DomainException.invalid(field, Texts.text("agreement.parent.notFound", code)));
    if (kind != AgreementKind.PLAN) {
      throw DomainException.invalid("kind", Texts.text("agreement.parent.planOnly"));
    }
    if (parent.getKind() != AgreementKind.REGULATION) {
      throw DomainException.invalid(
          field, Texts.text("agreement.parent.notRegulation", parent.getCode()));
    }
    if (!parent.getStatus().inForce()) {
      throw DomainException.invalid(
          field,
          Texts.text("agreement.parent.notInForce", parent.getCode(), parent.getStatus().label()));
    }
    if (!coveredBy(parent, lead)) {
      throw DomainException.invalid(
          "leadAgency", Texts.text("agreement.parent.notParty", lead.code(), parent.getCode()));
    }
    for (int i = 0; i < partners.size(); i++) {
      if (!coveredBy(parent, partners.get(i))) {
        throw DomainException.invalid(
            "partnerAgencies[" + i + "]",
            Texts.text("agreement.parent.notParty", partners.get(i).code(), parent.getCode()));
      }
    }
    if (termEnd.isAfter(parent.getTermEnd())) {
      throw DomainException.invalid(
          "termEnd",
          Texts.text(
              "agreement.parent.termTooLong",
              parent.getCode(),
              VietnameseFormats.date(parent.getTermEnd())));
    }
    return parent;
  }

  private static boolean coveredBy(Agreement parent, AgencyView agency) {
    return parent.isParty(agency.code())
        || (agency.parentCode() != null && parent.isParty(agency.parentCode()));
  }
}
