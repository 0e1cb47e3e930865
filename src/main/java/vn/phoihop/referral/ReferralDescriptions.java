package vn.phoihop.referral;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.phoihop.agency.AgencyRegistry;
import vn.phoihop.agency.AgencyType;
import vn.phoihop.agency.AgencyView;
import vn.phoihop.agency.CodeName;
import vn.phoihop.agency.ProvinceView;
import vn.phoihop.shared.VietnameseFormats;

/**
 * The Vietnamese texts a referral is shown as: the Markdown summary and document list that forms
 * display (small string variables, refreshed on every task), and the handover record.
 */
@Component
class ReferralDescriptions {

  private final AgencyRegistry registry;

  ReferralDescriptions(AgencyRegistry registry) {
    this.registry = registry;
  }

  String summary(CaseReferral r) {
    Dossier d = r.dossier();
    StringBuilder s = new StringBuilder();
    s.append("## Hồ sơ ")
        .append(r.getCode())
        .append(" — ")
        .append(r.getStatus().label())
        .append("\n\n");
    s.append("**Đơn vị lập hồ sơ:** ").append(agency(r.getOpeningAgency())).append("  \n");
    s.append("**Phát hiện:** ngày ")
        .append(VietnameseFormats.date(d.foundOn()))
        .append(" tại ")
        .append(d.foundPlace())
        .append(", ")
        .append(province(d.provinceCode()))
        .append(d.borderArea() ? " (khu vực biên giới)" : " (nội địa)")
        .append(d.customsControl() ? "; hàng đang qua biên giới / chịu kiểm soát hải quan" : "")
        .append("  \n");
    s.append("**Thời điểm phát hiện dấu hiệu tội phạm:** ")
        .append(d.foundDuring().label)
        .append("  \n");
    s.append("**Đối tượng:** ")
        .append(d.offenderKind().label)
        .append(" — ")
        .append(d.offenderName());
    if (d.offenderIdNumber() != null) {
      s.append(" (").append(d.offenderIdNumber()).append(")");
    }
    if (d.offenderAddress() != null) {
      s.append(", ").append(d.offenderAddress());
    }
    s.append("  \n");
    s.append("**Loại vi phạm:** ").append(category(d.violationCategory())).append("  \n");
    s.append("**Hàng hóa:** ")
        .append(d.goodsDescription())
        .append(" — trị giá ước tính ")
        .append(VietnameseFormats.vnd(d.estimatedValueVnd()))
        .append("\n\n");
    s.append("**Tóm tắt:** ").append(d.caseSummary()).append("\n\n");
    s.append("**Dấu hiệu tội phạm:** ").append(d.crimeSigns()).append("\n\n");
    if (r.getRoutedAgencyType() != null) {
      s.append("**Cơ quan tiếp nhận:** ")
          .append(
              r.getReceivingAgency() != null
                  ? agency(r.getReceivingAgency())
                  : "đề xuất " + agency(r.getProposedAgency()))
          .append("  \n**Căn cứ pháp lý:** ")
          .append(r.getLegalBasis())
          .append("  \n");
      if (r.isRoutingOverridden()) {
        s.append("**Thay đổi so với đề xuất (")
            .append(agency(r.getProposedAgency()))
            .append("):** ")
            .append(r.getOverrideReason())
            .append("  \n");
      }
    }
    s.append("**Hạn chuyển hồ sơ:** ").append(VietnameseFormats.dateTime(r.getTransferDueAt()));
    if (r.getTransferredAt() != null) {
      s.append(" — đã chuyển lúc ")
          .append(VietnameseFormats.dateTime(r.getTransferredAt()))
          .append(" (biên bản ")
          .append(r.getHandoverNumber())
          .append(")");
    }
    s.append("  \n");
    if (r.getReceivedAt() != null) {
      s.append("**Tiếp nhận:** ")
          .append(VietnameseFormats.dateTime(r.getReceivedAt()))
          .append("; **hạn giải quyết:** ")
          .append(VietnameseFormats.dateTime(r.getDecisionDueAt()));
      if (!r.getExtensions().isEmpty()) {
        s.append(" (đã gia hạn ").append(r.getExtensions().size()).append(" lần)");
      }
      s.append("  \n");
    }
    if (r.getOutcome() != null) {
      s.append("**Kết quả:** ")
          .append(r.getOutcome().label)
          .append(" số ")
          .append(r.getOutcomeNumber())
          .append("  \n");
    }
    return s.toString();
  }

  String documentList(CaseReferral r) {
    List<ReferralDocument> documents = r.getDocuments();
    if (documents.isEmpty()) {
      return "**Tài liệu:** chưa có tài liệu nào.";
    }
    StringBuilder s = new StringBuilder("**Tài liệu (" + documents.size() + "):**\n\n");
    int i = 1;
    for (ReferralDocument d : documents) {
      s.append(i++)
          .append(". ")
          .append(d.getFileName())
          .append(" — ")
          .append(d.getKind().label)
          .append(", ")
          .append(VietnameseFormats.size(d.getSizeBytes()))
          .append(", ")
          .append(d.getUploadedBy())
          .append(", ")
          .append(VietnameseFormats.dateTime(d.getUploadedAt()))
          .append("\n");
    }
    return s.toString();
  }

  String handoverRecord(CaseReferral r, String number, Instant at) {
    Dossier d = r.dossier();
    StringBuilder s = new StringBuilder();
    s.append("BIÊN BẢN BÀN GIAO HỒ SƠ VỤ VIỆC CÓ DẤU HIỆU TỘI PHẠM\n");
    s.append("Số: ").append(number).append("\n");
    s.append("Hồ sơ: ").append(r.getCode()).append("\n");
    s.append("Thời điểm bàn giao: ").append(VietnameseFormats.dateTime(at)).append("\n\n");
    s.append("Bên giao: ")
        .append(agency(r.getOpeningAgency()))
        .append(" (")
        .append(agency(r.getSubDepartment()))
        .append(")\n");
    s.append("Bên nhận: ").append(agency(r.getReceivingAgency())).append("\n");
    s.append("Căn cứ: ")
        .append(r.getLegalBasis())
        .append("; Điều 62 Luật Xử lý vi phạm hành chính\n\n");
    s.append("Vụ việc: ").append(d.caseSummary()).append("\n");
    s.append("Ngày, nơi phát hiện: ")
        .append(VietnameseFormats.date(d.foundOn()))
        .append(", ")
        .append(d.foundPlace())
        .append(", ")
        .append(province(d.provinceCode()))
        .append("\n");
    s.append("Đối tượng: ")
        .append(d.offenderKind().label)
        .append(" — ")
        .append(d.offenderName())
        .append(d.offenderIdNumber() == null ? "" : " (" + d.offenderIdNumber() + ")")
        .append("\n");
    s.append("Loại vi phạm: ").append(category(d.violationCategory())).append("\n");
    s.append("Hàng hóa: ")
        .append(d.goodsDescription())
        .append("; trị giá ước tính ")
        .append(VietnameseFormats.vnd(d.estimatedValueVnd()))
        .append("\n");
    s.append("Dấu hiệu tội phạm: ").append(d.crimeSigns()).append("\n\n");
    s.append("Tài liệu bàn giao (mã băm SHA-256):\n");
    int i = 1;
    for (ReferralDocument doc : r.getDocuments()) {
      s.append(i++)
          .append(". ")
          .append(doc.getFileName())
          .append(" (")
          .append(doc.getContentType())
          .append(", ")
          .append(doc.getSizeBytes())
          .append(" byte) SHA-256 ")
          .append(doc.getSha256())
          .append("\n");
    }
    return s.toString();
  }

  /** "Công an tỉnh Tây Ninh (CA-TNI)" */
  String agency(String code) {
    if (code == null) {
      return "(chưa xác định)";
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

  /** The select options of the routing form: {label, value} for each unit. */
  static List<java.util.Map<String, String>> options(List<AgencyView> agencies) {
    return agencies.stream()
        .map(
            a ->
                java.util.Map.of("label", a.name() + " (" + a.typeLabel() + ")", "value", a.code()))
        .toList();
  }
}
