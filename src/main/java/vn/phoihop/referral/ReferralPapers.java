package vn.phoihop.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.document.DocumentModel;
import vn.phoihop.document.OfficialDocuments;
import vn.phoihop.document.RenderedDocument;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * The referral's official papers (docs/documents.md): the handover record (biên bản giao nhận), the
 * transfer letter (công văn chuyển hồ sơ) and the return record (biên bản trả hồ sơ), filled from
 * the aggregate into the templates of {@link OfficialDocuments}. Each is rendered as DOCX and PDF;
 * the caller stores both with the referral's documents (with their SHA-256, like evidence). The
 * signers' names are left blank: the papers are printed and signed by hand.
 */
@Component
class ReferralPapers {

  static final String HANDOVER_RECORD = "referral-handover-record";
  static final String TRANSFER_LETTER = "referral-transfer-letter";
  static final String RETURN_RECORD = "referral-return-record";

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final OfficialDocuments documents;
  private final AgencyRegistry registry;
  private final ReferralDescriptions descriptions;

  ReferralPapers(
      OfficialDocuments documents, AgencyRegistry registry, ReferralDescriptions descriptions) {
    this.documents = documents;
    this.registry = registry;
    this.descriptions = descriptions;
  }

  /**
   * The record of the current handover ({@link CaseReferral#getHandoverNumber()}), by {@code
   * handingAgency} to the receiving agency, dated {@code on} (at {@code at}, when PhoiHop made the
   * handover itself), listing {@code handedOver} with their SHA-256.
   */
  RenderedDocument handoverRecord(
      CaseReferral referral,
      String handingAgency,
      LocalDate on,
      Instant at,
      List<ReferralDocument> handedOver) {
    Map<String, String> fields = common(referral, handingAgency, referral.getHandoverNumber(), on);
    fields.put("handingAgency", name(handingAgency));
    fields.put("receivingAgency", name(referral.getReceivingAgency()));
    fields.put("handoverDate", at == null ? dayText(on) : momentText(at));
    fields.put("documentCount", String.format("%02d", handedOver.size()));
    fields.put("handingSignerTitle", name(handingAgency));
    fields.put("handingSignerName", "");
    fields.put("receivingSignerTitle", name(referral.getReceivingAgency()));
    fields.put("receivingSignerName", "");
    return documents.render(
        HANDOVER_RECORD,
        referral.getHandoverNumber(),
        new DocumentModel(fields, Map.of("documents", lines(handedOver))));
  }

  /**
   * The letter by which {@code fromAgency} sends the dossier to the receiving agency: QLTT's
   * transfer, or a receiving agency's forwarding to the competent body with its {@code reason}.
   */
  RenderedDocument transferLetter(
      CaseReferral referral, String fromAgency, LocalDate on, String number, String reason) {
    Map<String, String> fields = common(referral, fromAgency, number, on);
    fields.put("recipient", name(referral.getReceivingAgency()));
    fields.put("subject", Texts.text("referral.paper.letter.subject"));
    fields.put(
        "body",
        reason == null
            ? Texts.text(
                "referral.paper.letter.transfer",
                referral.getCode(),
                referral.getHandoverNumber(),
                name(referral.getReceivingAgency()))
            : Texts.text(
                "referral.paper.letter.forward",
                referral.getCode(),
                reason,
                referral.getHandoverNumber(),
                name(referral.getReceivingAgency())));
    fields.put("signerTitle", Texts.text("referral.paper.letter.signer"));
    fields.put("signerName", "");
    fields.put(
        "copiesTo",
        Texts.text(
            "referral.paper.letter.copiesTo",
            name(referral.getOpeningAgency()),
            referral.getCode()));
    return documents.render(TRANSFER_LETTER, number, new DocumentModel(fields));
  }

  /** The record of the return of the dossier and exhibits after the decision not to prosecute. */
  RenderedDocument returnRecord(
      CaseReferral referral, String number, List<ReferralDocument> returned) {
    String returning = referral.getReceivingAgency();
    Map<String, String> fields = common(referral, returning, number, referral.getReturnedOn());
    fields.put("returningAgency", name(returning));
    fields.put("receivingAgency", name(referral.getOpeningAgency()));
    fields.put("decisionNumber", String.valueOf(referral.getOutcomeNumber()));
    fields.put("decisionDate", VietnameseFormats.date(referral.getDecidedOn()));
    fields.put("returnDate", dayText(referral.getReturnedOn()));
    fields.put(
        "returnNote", String.valueOf(referral.lastReason(ReferralEnums.Action.DOSSIER_RETURNED)));
    fields.put("returningSignerTitle", name(returning));
    fields.put("returningSignerName", "");
    fields.put("receivingSignerTitle", name(referral.getOpeningAgency()));
    fields.put("receivingSignerName", "");
    return documents.render(
        RETURN_RECORD, number, new DocumentModel(fields, Map.of("documents", lines(returned))));
  }

  /** What every paper shows: the issuer's header, number, place and date, and the case. */
  private Map<String, String> common(
      CaseReferral referral, String issuerCode, String number, LocalDate on) {
    AgencyView issuer = registry.require(issuerCode, ReferralProcess.Vars.RECEIVING_AGENCY);
    Dossier d = referral.dossier();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(
        "issuerParent",
        issuer.parentCode() == null
            ? ""
            : registry.nameOf(issuer.parentCode()).toUpperCase(VIETNAMESE));
    fields.put("issuer", issuer.name().toUpperCase(VIETNAMESE));
    fields.put("number", number);
    fields.put(
        "placeAndDate",
        OfficialDocuments.placeAndDate(descriptions.province(issuer.provinceCode()), on));
    fields.put("referralCode", referral.getCode());
    fields.put("caseSummary", d.caseSummary());
    fields.put(
        "offender",
        d.offenderKind().label()
            + " "
            + d.offenderName()
            + (d.offenderIdNumber() == null ? "" : " (" + d.offenderIdNumber() + ")")
            + (d.offenderAddress() == null ? "" : ", " + d.offenderAddress()));
    fields.put("violation", descriptions.category(d.violationCategory()) + ". " + d.crimeSigns());
    fields.put("goods", d.goodsDescription());
    fields.put("estimatedValue", VietnameseFormats.vnd(d.estimatedValueVnd()));
    fields.put("foundOn", VietnameseFormats.date(d.foundOn()));
    fields.put("foundPlace", d.foundPlace() + ", " + descriptions.province(d.provinceCode()));
    fields.put(
        "legalBasis",
        Texts.text("referral.paper.legalBasis", String.valueOf(referral.getLegalBasis())));
    return fields;
  }

  private static List<Map<String, String>> lines(List<ReferralDocument> documents) {
    List<Map<String, String>> lines = new ArrayList<>();
    for (ReferralDocument d : documents) {
      lines.add(
          Map.of(
              "index", String.valueOf(lines.size() + 1),
              "kind", d.getKind().label(),
              "fileName", d.getFileName(),
              "sizeText", VietnameseFormats.size(d.getSizeBytes()),
              "sha256", d.getSha256()));
    }
    return lines;
  }

  private String name(String code) {
    return registry.nameOf(code);
  }

  private static String dayText(LocalDate day) {
    return OfficialDocuments.date(day);
  }

  /** "08 giờ 30 phút, ngày 02 tháng 12 năm 2026" */
  private static String momentText(Instant at) {
    ZonedDateTime local = at.atZone(Clocks.ZONE);
    return Texts.text(
        "referral.paper.moment",
        String.format("%02d", local.getHour()),
        String.format("%02d", local.getMinute()),
        dayText(local.toLocalDate()));
  }
}
