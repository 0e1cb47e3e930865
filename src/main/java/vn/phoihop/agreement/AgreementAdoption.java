package vn.phoihop.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.agreement.AgreementProcess.FormFields;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.InputProperties;
import vn.phoihop.shared.SystemEngine;
import vn.phoihop.shared.Templates;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * Adopting the version under way, by either approval path: the parties' signatures and the
 * registered co-signed document, or the submission to the People's Committee and its decision; then
 * the version enters into force. Dates are checked against each other, today and the term.
 */
@Service
@Transactional
class AgreementAdoption {

  private static final Logger log = LoggerFactory.getLogger(AgreementAdoption.class);

  private final AgreementSupport support;
  private final InputProperties input;

  AgreementAdoption(AgreementSupport support, InputProperties input) {
    this.support = support;
    this.input = input;
  }

  /** One party's leader signs the version under way. */
  void sign(
      long agreementId, String party, String name, String title, LocalDate signedOn, String actor) {
    Agreement agreement = support.load(agreementId);
    String signatory =
        FormInput.requiredLine(
            FormFields.SIGNATORY_NAME, name, 200, Texts.text("agreement.field.signatoryName"));
    String position =
        FormInput.requiredLine(
            FormFields.SIGNATORY_TITLE, title, 200, Texts.text("agreement.field.signatoryTitle"));
    TextVersion version = agreement.currentVersion().orElseThrow();
    notFuture(FormFields.SIGNED_ON, signedOn, Texts.text("agreement.field.signedOn"));
    LocalDate written = Clocks.dayOf(version.getCreatedAt());
    if (signedOn.isBefore(written)) {
      throw DomainException.invalid(
          FormFields.SIGNED_ON,
          Texts.text(
              "agreement.sign.beforeVersion",
              String.valueOf(version.getVersionNo()),
              VietnameseFormats.date(written)));
    }
    if (!agreement.isParty(party)) {
      throw DomainException.conflict(
          Texts.text("agreement.sign.notParty", party, agreement.getCode()));
    }
    if (agreement.signaturesOf(version.getVersionNo()).stream()
        .anyMatch(s -> s.getAgencyCode().equals(party))) {
      throw DomainException.conflict(
          Texts.text(
              "agreement.sign.alreadySigned", party, String.valueOf(version.getVersionNo())));
    }
    Instant now = Clocks.now();
    agreement.addSignature(party, signatory, position, signedOn, actor, now);
    agreement.record(
        TimelineAction.SIGNED,
        actor,
        party,
        Texts.text(
            "agreement.timeline.signed",
            signatory,
            position,
            VietnameseFormats.date(signedOn),
            String.valueOf(version.getVersionNo())),
        null,
        now);
  }

  /** The co-signed document gets its number and the date it takes effect. */
  void registerSignedDocument(
      long agreementId, String documentNumber, LocalDate effectiveDate, String actor) {
    Agreement agreement = support.load(agreementId);
    String number =
        FormInput.requiredLine(
            FormFields.DOCUMENT_NUMBER,
            documentNumber,
            100,
            Texts.text("agreement.field.documentNumber"));
    TextVersion version = agreement.currentVersion().orElseThrow();
    List<Signature> signatures = agreement.signaturesOf(version.getVersionNo());
    Set<String> signed = new HashSet<>();
    signatures.forEach(s -> signed.add(s.getAgencyCode()));
    if (!signed.containsAll(agreement.partyCodes())) {
      throw DomainException.conflict(
          Texts.text(
              "agreement.document.signaturesMissing", String.valueOf(version.getVersionNo())));
    }
    LocalDate lastSigned =
        signatures.stream()
            .map(Signature::getSignedOn)
            .max(Comparator.naturalOrder())
            .orElseThrow();
    if (effectiveDate.isBefore(lastSigned)) {
      throw DomainException.invalid(
          FormFields.EFFECTIVE_DATE,
          Texts.text("agreement.document.beforeLastSignature", VietnameseFormats.date(lastSigned)));
    }
    withinTerm(agreement, effectiveDate);
    version.issued(number, lastSigned, Texts.text("agreement.issuer.parties"), effectiveDate);
    agreement.record(
        TimelineAction.DOCUMENT_REGISTERED,
        actor,
        agreement.getLeadAgencyCode(),
        Texts.text(
            "agreement.timeline.documentRegistered", number, VietnameseFormats.date(effectiveDate)),
        null,
        Clocks.now());
  }

  /** The lead submits the draft to the provincial People's Committee (tờ trình). */
  void submitForDecision(
      long agreementId, String submissionNumber, LocalDate submittedOn, String actor) {
    Agreement agreement = support.load(agreementId);
    String number =
        FormInput.requiredLine(
            FormFields.SUBMISSION_NUMBER,
            submissionNumber,
            100,
            Texts.text("agreement.field.submissionNumber"));
    String what = Texts.text("agreement.field.submittedOn");
    notFuture(FormFields.SUBMITTED_ON, submittedOn, what);
    notTooEarly(FormFields.SUBMITTED_ON, submittedOn, what);
    agreement.currentVersion().orElseThrow().submitted(number, submittedOn);
    agreement.record(
        TimelineAction.SUBMITTED_FOR_DECISION,
        actor,
        agreement.getLeadAgencyCode(),
        Texts.text(
            "agreement.timeline.submittedForDecision", number, VietnameseFormats.date(submittedOn)),
        null,
        Clocks.now());
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
    Agreement agreement = support.load(agreementId);
    String number =
        FormInput.requiredLine(
            FormFields.DECISION_NUMBER,
            decisionNumber,
            100,
            Texts.text("agreement.field.decisionNumber"));
    String signedBy =
        FormInput.optionalLine(
            FormFields.DECISION_SIGNER, signer, 300, Texts.text("agreement.field.decisionSigner"));
    String what = Texts.text("agreement.field.decisionDate");
    notFuture(FormFields.DECISION_DATE, decisionDate, what);
    notTooEarly(FormFields.DECISION_DATE, decisionDate, what);
    TextVersion version = agreement.currentVersion().orElseThrow();
    if (version.getSubmittedOn() != null && decisionDate.isBefore(version.getSubmittedOn())) {
      throw DomainException.invalid(
          FormFields.DECISION_DATE,
          Texts.text(
              "agreement.decision.beforeSubmission",
              VietnameseFormats.date(version.getSubmittedOn())));
    }
    if (effectiveDate.isBefore(decisionDate)) {
      throw DomainException.invalid(
          FormFields.EFFECTIVE_DATE,
          Texts.text(
              "agreement.decision.effectiveBeforeDecision", VietnameseFormats.date(decisionDate)));
    }
    withinTerm(agreement, effectiveDate);
    version.issued(
        number,
        decisionDate,
        signedBy == null ? Texts.text("agreement.issuer.committee") : signedBy,
        effectiveDate);
    agreement.record(
        TimelineAction.DECISION_RECORDED,
        actor,
        agreement.getLeadAgencyCode(),
        Texts.text(
            "agreement.timeline.decisionRecorded",
            number,
            VietnameseFormats.date(decisionDate),
            VietnameseFormats.date(effectiveDate)),
        null,
        Clocks.now());
  }

  /** The adopted version is in force; returns the last day of the term (the expiry timer). */
  LocalDate putInForce(long agreementId) {
    Agreement agreement = support.load(agreementId);
    Instant now = Clocks.now();
    agreement.enterIntoForce(now);
    TextVersion version = agreement.currentVersion().orElseThrow();
    String detail =
        Templates.render(
                "agreement/timeline/entered-into-force",
                Map.of(
                    "amendment", version.getKind() == VersionKind.AMENDMENT,
                    "number", String.valueOf(version.getDocumentNumber()),
                    "effectiveFrom", VietnameseFormats.date(version.getEffectiveFrom()),
                    "termEnd", VietnameseFormats.date(agreement.getTermEnd()),
                    "versionNo", version.getVersionNo()))
            .stripTrailing();
    agreement.record(
        TimelineAction.ENTERED_INTO_FORCE,
        SystemEngine.ACTOR,
        agreement.getLeadAgencyCode(),
        detail,
        null,
        now);
    support.notifyParties(
        agreement,
        Texts.text("agreement.mail.inForce.subject", agreement.getCode()),
        Templates.render(
                "agreement/mail/in-force",
                Map.of(
                    "kind", agreement.getKind().label(),
                    "title", agreement.getTitle(),
                    "detail", detail))
            .stripTrailing());
    log.info("Agreement {} in force (version {})", agreement.getCode(), version.getVersionNo());
    return agreement.getTermEnd();
  }

  /** No date users enter is before the configured earliest date (a mistyped year). */
  private void notTooEarly(String field, LocalDate date, String what) {
    FormInput.within(field, date, input.earliestDate(), null, what);
  }

  /** A document takes effect by the last day of the term at the latest. */
  private static void withinTerm(Agreement agreement, LocalDate effectiveDate) {
    if (effectiveDate.isAfter(agreement.getTermEnd())) {
      throw DomainException.invalid(
          FormFields.EFFECTIVE_DATE,
          Texts.text(
              "agreement.effective.afterTerm",
              VietnameseFormats.date(effectiveDate),
              VietnameseFormats.date(agreement.getTermEnd())));
    }
  }

  /** {@code what}, as the form names it ("ngày ký"), starts the refusal capitalised. */
  private static void notFuture(String field, LocalDate date, String what) {
    if (date.isAfter(Clocks.today())) {
      throw DomainException.invalid(
          field,
          Texts.text(
              "agreement.date.future", FormInput.capitalize(what), VietnameseFormats.date(date)));
    }
  }
}
