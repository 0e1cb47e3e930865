package vn.phoihop.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.agreement.AgreementProcess.Variables;
import vn.phoihop.agreement.AgreementProcess.Vars;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.Templates;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * The end of an agreement's term: the final review (tổng kết), then either the renewal (tái ký) as
 * a new, linked agreement with its own process, or the expiry.
 */
@Service
@Transactional
class AgreementRenewal {

  private static final Logger log = LoggerFactory.getLogger(AgreementRenewal.class);

  private final AgreementRepository agreements;
  private final AgencyRegistry agencies;
  private final AgreementSupport support;

  AgreementRenewal(
      AgreementRepository agreements, AgencyRegistry agencies, AgreementSupport support) {
    this.agreements = agreements;
    this.agencies = agencies;
    this.support = support;
  }

  /**
   * The final review (tổng kết) at the end of the term: renew or let it expire, with a reason
   * either way.
   */
  void finalReview(long agreementId, String decision, String reason, String actor) {
    Agreement agreement = support.load(agreementId);
    String why =
        FormInput.requiredText(
            FormFields.FINAL_REVIEW_REASON,
            reason,
            4000,
            Texts.text("agreement.field.finalReviewReason"));
    agreement.record(
        TimelineAction.FINAL_REVIEWED,
        actor,
        agreement.getLeadAgencyCode(),
        Vars.RENEW.equals(decision)
            ? Texts.text("agreement.timeline.finalReview.renew")
            : Texts.text("agreement.timeline.finalReview.expire"),
        why,
        Clocks.now());
  }

  /**
   * Renewal (tái ký): a new agreement with the same kind, title, scope, approval path, parties,
   * fields and evaluation cadence, for a term of the same length starting the day after the old one
   * ended, and its own process starting at drafting. The old agreement expires and links to it. A
   * party that is no longer in force (merged, dissolved) is replaced by the body that now carries
   * on its work (its registry successor), once even when several parties merged into it, and the
   * new agreement's timeline says so; a party without a successor in force refuses the renewal
   * naming it, and nothing changes. Returns the new agreement.
   */
  Agreement renew(long agreementId) {
    Agreement old = support.load(agreementId);
    if (old.getRenewedById() != null) {
      throw new IllegalStateException("Agreement " + old.getCode() + " was already renewed");
    }
    Instant now = Clocks.now();
    LocalDate today = Clocks.today();
    String actor =
        old.getTimeline().stream()
            .filter(e -> e.getAction() == TimelineAction.FINAL_REVIEWED)
            .reduce((first, second) -> second)
            .map(TimelineEntry::getActor)
            .orElse(SystemEngine.ACTOR);
    LocalDate termStart = old.getTermEnd().plusDays(1);
    LocalDate termEnd = termStart.plus(Period.between(old.getTermStart(), termStart)).minusDays(1);
    List<String> substitutions = new ArrayList<>();
    AgencyView lead = inForce(old.getLeadAgencyCode(), "leadAgency", today, substitutions);
    List<String> partnerCodes = old.partnerCodes();
    List<AgencyView> partners = new ArrayList<>();
    for (int i = 0; i < partnerCodes.size(); i++) {
      AgencyView partner =
          inForce(partnerCodes.get(i), "partnerAgencies[" + i + "]", today, substitutions);
      if (!partner.code().equals(lead.code())
          && partners.stream().noneMatch(p -> p.code().equals(partner.code()))) {
        partners.add(partner);
      }
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
        support.newAgreement(
            old.getKind(),
            old.getTitle(),
            old.getSummary(),
            old.getApprovalPath(),
            lead,
            partners,
            termStart,
            termEnd,
            old.getEvaluationCadence(),
            parentId,
            new LinkedHashSet<>(old.getFields()),
            actor,
            now);
    renewal.renews(old);
    renewal.record(
        TimelineAction.RENEWAL_OF,
        actor,
        lead.code(),
        Texts.text(
            "agreement.timeline.renewalOf",
            old.getCode(),
            VietnameseFormats.date(old.getTermEnd()),
            VietnameseFormats.date(termStart),
            VietnameseFormats.date(termEnd)),
        null,
        now);
    for (String substitution : substitutions) {
      renewal.record(
          TimelineAction.RENEWAL_OF,
          actor,
          lead.code(),
          Texts.text("agreement.timeline.partySucceeded", old.getCode()),
          substitution,
          now);
    }
    agreements.save(renewal);

    old.renewedBy(renewal);
    old.end(AgreementStatus.EXPIRED, old.getTermEnd(), now);
    old.record(
        TimelineAction.RENEWED,
        actor,
        old.getLeadAgencyCode(),
        Texts.text(
            "agreement.timeline.renewed",
            VietnameseFormats.date(old.getTermEnd()),
            renewal.getCode()),
        null,
        now);

    Map<String, Object> variables = support.startVariables(renewal);
    Variables.RENEWED_FROM.put(variables, old.getCode());
    support.startProcess(renewal, variables);
    support.notifyParties(
        old,
        Texts.text("agreement.mail.renewed.subject", old.getCode(), renewal.getCode()),
        Templates.render(
                "agreement/mail/renewed",
                Map.of(
                    "kind", old.getKind().label(),
                    "title", old.getTitle(),
                    "termEnd", VietnameseFormats.date(old.getTermEnd()),
                    "renewal", renewal.getCode(),
                    "termStart", VietnameseFormats.date(termStart),
                    "renewalTermEnd", VietnameseFormats.date(termEnd)))
            .stripTrailing());
    log.info("Agreement {} expired and renewed as {}", old.getCode(), renewal.getCode());
    return renewal;
  }

  /**
   * The party if it is in force today, else the body that carries on its work if that one is (the
   * substitution is added to {@code substitutions}); 400 on {@code field} otherwise.
   */
  private AgencyView inForce(
      String code, String field, LocalDate today, List<String> substitutions) {
    AgencyView party = agencies.require(code, field);
    if (party.activeOn(today)) {
      return party;
    }
    AgencyView successor = agencies.successor(code).filter(s -> s.activeOn(today)).orElse(null);
    if (successor == null) {
      return agencies.requireActive(code, field, today);
    }
    substitutions.add(
        Texts.text(
            "agreement.timeline.partySucceeded.detail",
            party.name(),
            party.code(),
            VietnameseFormats.date(party.validTo()),
            successor.name(),
            successor.code()));
    return successor;
  }

  /** The term ended without renewal. */
  void expire(long agreementId) {
    Agreement agreement = support.load(agreementId);
    String termEnd = VietnameseFormats.date(agreement.getTermEnd());
    agreement.end(AgreementStatus.EXPIRED, agreement.getTermEnd(), Clocks.now());
    agreement.record(
        TimelineAction.EXPIRED,
        SystemEngine.ACTOR,
        agreement.getLeadAgencyCode(),
        Texts.text("agreement.timeline.expired", termEnd),
        null,
        Clocks.now());
    support.notifyParties(
        agreement,
        Texts.text("agreement.mail.expired.subject", agreement.getCode()),
        Templates.render(
                "agreement/mail/expired",
                Map.of(
                    "kind", agreement.getKind().label(),
                    "title", agreement.getTitle(),
                    "termEnd", termEnd))
            .stripTrailing());
    log.info("Agreement {} expired", agreement.getCode());
  }
}
