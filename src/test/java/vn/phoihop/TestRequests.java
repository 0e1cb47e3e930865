package vn.phoihop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Valid request bodies of {@code /api/v1}, as the demo users send them: a Tây Ninh agreement with
 * Sở Công Thương (opened by {@code canbo.qltttni}) and a Tây Ninh dossier (opened by {@code
 * canbo.qltttnid1}). Each call returns a fresh, mutable map for the test to change.
 */
public final class TestRequests {

  private TestRequests() {}

  /** A co-signed quarterly regulation with Sở Công Thương Tây Ninh, under a unique title. */
  /**
   * A date as a Tasklist form submits it: the officer types {@code 15/01/2027} for {@code
   * 2027-01-15}.
   */
  public static String formDate(String iso) {
    return java.time.LocalDate.parse(iso)
        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  /**
   * A day and time as a form's text field takes it: {@code 2026-07-10T08:30} → 10/07/2026 08:30.
   */
  public static String formDateTime(String isoLocal) {
    if (isoLocal.length() == 10) {
      return formDate(isoLocal);
    }
    return java.time.LocalDateTime.parse(isoLocal)
        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
  }

  public static Map<String, Object> agreement() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", "Quy chế phối hợp " + UUID.randomUUID());
    body.put("kind", "REGULATION");
    body.put("approvalPath", "CO_SIGNED");
    body.put("partnerAgencies", List.of("SCT-TNI"));
    body.put("fields", List.of("PETROLEUM", "FOOD_SAFETY"));
    body.put("termStart", "2026-03-01");
    body.put("termEnd", "2028-12-31");
    body.put("evaluationCadence", "QUARTERLY");
    body.put("summary", "Trao đổi thông tin, kiểm tra liên ngành.");
    return body;
  }

  /** Counterfeit goods found inland in Tây Ninh while considering a penalty: goes to the police. */
  public static Map<String, Object> dossier() {
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
