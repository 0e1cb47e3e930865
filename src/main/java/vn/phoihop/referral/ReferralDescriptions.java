package vn.phoihop.referral;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyType;
import vn.phoihop.agency.CodeName;
import vn.phoihop.agency.ProvinceView;
import vn.phoihop.referral.ReferralEnums.Action;
import vn.phoihop.shared.Templates;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * The Vietnamese texts a referral is shown as: the Markdown summary and document list that forms
 * display (small string variables, refreshed on every task), and the handover record — templates
 * under {@code templates/referral/} filled with the referral's values, names looked up in the
 * registry.
 */
@Component
class ReferralDescriptions {

  private final AgencyRegistry registry;

  ReferralDescriptions(AgencyRegistry registry) {
    this.registry = registry;
  }

  /** The dossier, its routing and its clocks as forms show them. */
  String summary(CaseReferral r) {
    Map<String, Object> values = dossierValues(r.dossier());
    values.put("code", r.getCode());
    values.put("status", r.getStatus().label());
    values.put("openingAgency", agency(r.getOpeningAgency()));
    values.put("routed", r.getRoutedAgencyType() != null);
    values.put(
        "receivingAgency", r.getReceivingAgency() == null ? null : agency(r.getReceivingAgency()));
    values.put("proposedAgency", agency(r.getProposedAgency()));
    values.put("legalBasis", String.valueOf(r.getLegalBasis()));
    values.put("overridden", r.isRoutingOverridden());
    values.put("overrideReason", String.valueOf(r.getOverrideReason()));
    values.put("transferDueAt", VietnameseFormats.dateTime(r.getTransferDueAt()));
    values.put("transferred", r.getTransferredAt() != null);
    if (r.getTransferredAt() != null) {
      values.put("transferredAt", VietnameseFormats.dateTime(r.getTransferredAt()));
      values.put("handoverNumber", String.valueOf(r.getHandoverNumber()));
    }
    if (r.getHandedOverOn() != null) {
      values.put("handedOverOn", VietnameseFormats.date(r.getHandedOverOn()));
    }
    if (r.getStatus() == ReferralStatus.REFUSED) {
      values.put("refusalReason", r.getRefusalReason());
    }
    values.put("received", r.getReceivedOn() != null);
    if (r.getReceivedOn() != null) {
      values.put("receivedOn", VietnameseFormats.date(r.getReceivedOn()));
      values.put("receivedAt", VietnameseFormats.dateTime(r.getReceivedAt()));
      values.put("receiptLate", late(r.recordedLateDays(Action.RECEIPT_ACKNOWLEDGED)));
      values.put("decisionDueAt", VietnameseFormats.dateTime(r.getDecisionDueAt()));
    }
    values.put("resumed", r.getResumedOn() != null);
    if (r.getResumedOn() != null) {
      values.put("resumedOn", VietnameseFormats.date(r.getResumedOn()));
    }
    values.put("extended", !r.getExtensions().isEmpty());
    values.put("extensions", r.getExtensions().size());
    values.put("decided", r.getOutcome() != null);
    if (r.getOutcome() != null) {
      values.put("outcome", r.getOutcome().label());
      values.put("outcomeNumber", String.valueOf(r.getOutcomeNumber()));
      values.put("decidedOn", VietnameseFormats.date(r.getDecidedOn()));
      values.put("decisionLate", late(r.recordedLateDays(actionOf(r.getOutcome()))));
      values.put("suspensionReason", r.getSuspensionReason());
    }
    if (r.getReturnedOn() != null) {
      values.put("returnedOn", VietnameseFormats.date(r.getReturnedOn()));
      values.put("returnLate", late(r.recordedLateDays(Action.DOSSIER_RETURNED)));
    }
    if (r.getReturnReceivedOn() != null) {
      values.put("returnReceivedOn", VietnameseFormats.date(r.getReturnReceivedOn()));
      values.put("sanctionDueAt", VietnameseFormats.dateTime(r.getSanctionDueAt()));
    }
    return Templates.render("referral/summary", values);
  }

  /** The referral's documents as forms show them. */
  String documentList(CaseReferral r) {
    List<ReferralDocument> documents = r.getDocuments();
    if (documents.isEmpty()) {
      return Texts.text("referral.documents.none");
    }
    List<Map<String, Object>> lines = new ArrayList<>();
    for (ReferralDocument d : documents) {
      lines.add(
          Map.of(
              "position", lines.size() + 1,
              "fileName", d.getFileName(),
              "kind", d.getKind().label(),
              "size", VietnameseFormats.size(d.getSizeBytes()),
              "uploadedBy", d.getUploadedBy(),
              "uploadedAt", VietnameseFormats.dateTime(d.getUploadedAt())));
    }
    return Templates.render(
        "referral/document-list", Map.of("count", documents.size(), "documents", lines));
  }

  /** The dossier's values the summary shows. */
  private Map<String, Object> dossierValues(Dossier d) {
    Map<String, Object> values = new HashMap<>();
    values.put("foundOn", VietnameseFormats.date(d.foundOn()));
    values.put("foundPlace", d.foundPlace());
    values.put("province", province(d.provinceCode()));
    values.put("borderArea", d.borderArea());
    values.put("customsControl", d.customsControl());
    values.put("foundDuring", d.foundDuring().label());
    values.put("offenderKind", d.offenderKind().label());
    values.put("offenderName", d.offenderName());
    values.put("offenderIdNumber", d.offenderIdNumber());
    values.put("offenderAddress", d.offenderAddress());
    values.put("category", category(d.violationCategory()));
    values.put("goodsDescription", d.goodsDescription());
    values.put("estimatedValue", VietnameseFormats.vnd(d.estimatedValueVnd()));
    values.put("caseSummary", d.caseSummary());
    values.put("crimeSigns", d.crimeSigns());
    return values;
  }

  /** " (ghi nhận muộn 3 ngày)", or null when recorded on the legal date. */
  static String late(long days) {
    return days <= 0 ? null : Texts.text("referral.recordedLate", days);
  }

  static Action actionOf(ReferralEnums.Outcome outcome) {
    return switch (outcome) {
      case PROSECUTED -> Action.PROSECUTED;
      case NOT_PROSECUTED -> Action.NOT_PROSECUTED;
      case SUSPENDED -> Action.SUSPENDED;
    };
  }

  /** "Công an tỉnh Tây Ninh (CA-TNI)" */
  String agency(String code) {
    if (code == null) {
      return Texts.text("referral.agency.unknown");
    }
    return registry.find(code).map(a -> a.name() + " (" + a.code() + ")").orElse(code);
  }

  String agencyType(String type) {
    try {
      return AgencyType.valueOf(type).label();
    } catch (IllegalArgumentException | NullPointerException e) {
      return type;
    }
  }

  String category(String code) {
    return registry.violationCategories().stream()
        .filter(c -> c.code().equals(code))
        .map(CodeName::name)
        .findFirst()
        .orElse(code);
  }

  String province(String code) {
    return registry.provinces().stream()
        .filter(p -> p.code().equals(code))
        .map(ProvinceView::name)
        .findFirst()
        .orElse(code);
  }
}
