package vn.phoihop.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

/** A Tây Ninh dossier as the team officer opens it through {@code /api/v1/referrals}. */
final class EngineBoundaryTestData {

  private EngineBoundaryTestData() {}

  static Map<String, Object> dossier() {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("caseSummary", "Kiểm tra xe tải tại trạm, phát hiện hàng hóa có dấu hiệu vi phạm.");
    d.put("foundOn", "2026-01-05");
    d.put("foundPlace", "Quốc lộ 22, xã Phước Chỉ");
    d.put("provinceCode", "TNI");
    d.put("borderArea", false);
    d.put("customsControl", false);
    d.put("offenderKind", "ORGANISATION");
    d.put("offenderName", "Công ty TNHH Thương mại Minh Phát");
    d.put("offenderIdNumber", "3901234567");
    d.put("violationCategory", "COUNTERFEIT_GOODS");
    d.put("goodsDescription", "2.400 đôi giày thể thao mang nhãn hiệu nổi tiếng");
    d.put("estimatedValueVnd", 980_000_000L);
    d.put(
        "crimeSigns", "Hàng giả mạo nhãn hiệu, trị giá tương đương hàng thật trên 30 triệu đồng.");
    d.put("foundDuring", "CONSIDERING_PENALTY");
    return d;
  }
}
