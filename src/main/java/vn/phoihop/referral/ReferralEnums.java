package vn.phoihop.referral;

/** Small value types of a case referral, each with the Vietnamese label users read. */
final class ReferralEnums {

  private ReferralEnums() {}

  enum OffenderKind {
    PERSON("Cá nhân"),
    ORGANISATION("Tổ chức");

    final String label;

    OffenderKind(String label) {
      this.label = label;
    }
  }

  /** When the signs of crime were found: decides the legal transfer clock. */
  enum FoundDuring {
    CONSIDERING_PENALTY("Khi xem xét ra quyết định xử phạt (chuyển ngay)"),
    ENFORCING_PENALTY("Khi thi hành quyết định xử phạt (chuyển trong 3 ngày làm việc)");

    final String label;

    FoundDuring(String label) {
      this.label = label;
    }
  }

  enum Outcome {
    PROSECUTED("Quyết định khởi tố vụ án hình sự"),
    NOT_PROSECUTED("Quyết định không khởi tố vụ án hình sự"),
    SUSPENDED("Quyết định tạm đình chỉ giải quyết nguồn tin");

    final String label;

    Outcome(String label) {
      this.label = label;
    }
  }

  /** Who approved an extension of the decision clock. */
  enum ApprovingBodyType {
    INVESTIGATION_BODY("Thủ trưởng Cơ quan điều tra / cơ quan tiếp nhận"),
    PROCURACY("Viện kiểm sát");

    final String label;

    ApprovingBodyType(String label) {
      this.label = label;
    }
  }

  enum DocumentKind {
    EVIDENCE("Tài liệu, chứng cứ"),
    HANDOVER_RECORD("Biên bản bàn giao hồ sơ");

    final String label;

    DocumentKind(String label) {
      this.label = label;
    }
  }

  /** What happened, for the audit trail. */
  enum Action {
    OPENED("Lập hồ sơ"),
    DOSSIER_UPDATED("Cập nhật hồ sơ"),
    DOCUMENT_ADDED("Thêm tài liệu"),
    ROUTED("Xác định cơ quan tiếp nhận theo bảng quyết định"),
    ROUTING_CONFIRMED("Xác nhận cơ quan tiếp nhận"),
    ROUTING_OVERRIDDEN("Thay đổi cơ quan tiếp nhận"),
    REVIEW_APPROVED("Lãnh đạo Đội duyệt hồ sơ"),
    REVIEW_RETURNED("Lãnh đạo Đội trả lại hồ sơ"),
    TRANSFER_DECIDED("Lãnh đạo Chi cục quyết định chuyển hồ sơ"),
    ADMINISTRATIVE_HANDLING_DECIDED("Lãnh đạo Chi cục quyết định xử lý hành chính"),
    TRANSFERRED("Chuyển hồ sơ, lập biên bản bàn giao"),
    RECEIPT_ACKNOWLEDGED("Cơ quan tiếp nhận xác nhận đã nhận hồ sơ"),
    DECISION_EXTENDED("Gia hạn thời hạn giải quyết"),
    PROSECUTED("Khởi tố vụ án"),
    NOT_PROSECUTED("Không khởi tố vụ án"),
    SUSPENDED("Tạm đình chỉ giải quyết"),
    DOSSIER_RETURNED("Trả hồ sơ cho cơ quan QLTT"),
    SANCTIONED("Ra quyết định xử phạt vi phạm hành chính"),
    WITHDRAWN("Rút hồ sơ trước khi chuyển");

    final String label;

    Action(String label) {
      this.label = label;
    }
  }
}
