package vn.phoihop.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Tây Ninh referral as the referral module will describe it: Đội Quản lý thị trường số 5 hands a
 * counterfeit-goods case worth 1.850.000.000 đồng to Công an tỉnh Tây Ninh, with two documents.
 */
final class SampleReferral {

  static final LocalDate ISSUED_ON = LocalDate.of(2026, 12, 2);

  static final String CASE_SUMMARY =
      "Ngày 28/11/2026, Đội Quản lý thị trường số 5 kiểm tra đột xuất kho hàng của Công ty TNHH"
          + " Thương mại Hưng Phát, phát hiện 1.200 chai rượu ngoại có dấu hiệu giả mạo nhãn hiệu"
          + " được lưu trữ trái phép; chủ kho không xuất trình được hóa đơn, chứng từ; trị giá hàng"
          + " hóa lớn hơn ngưỡng xử lý hành chính, có dấu hiệu đặc trưng của tội phạm; Đoàn kiểm tra"
          + " đã niêm phong toàn bộ số hàng, bảo đảm kỷ luật nghiệp vụ.";

  static final String SHA_1 = sha256("bien-ban-kiem-tra-28-11-2026.pdf");
  static final String SHA_2 = sha256("anh-hien-truong-kho-so-3.jpg");

  private SampleReferral() {}

  static Map<String, String> common() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("issuerParent", "SỞ CÔNG THƯƠNG TỈNH TÂY NINH");
    fields.put("issuer", "CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH TÂY NINH");
    fields.put("number", "12/BB-QLTT");
    fields.put("placeAndDate", OfficialDocuments.placeAndDate("Tây Ninh", ISSUED_ON));
    fields.put("referralCode", "CHS-2026-0007");
    fields.put("caseSummary", CASE_SUMMARY);
    fields.put(
        "offender",
        "Công ty TNHH Thương mại Hưng Phát, mã số doanh nghiệp 3901234567, trụ sở: số 15 đường"
            + " 30/4, phường Tân Ninh, tỉnh Tây Ninh");
    fields.put(
        "violation",
        "Buôn bán hàng giả mạo nhãn hiệu, có dấu hiệu tội phạm theo Điều 192 Bộ luật Hình sự");
    fields.put("goods", "1.200 chai rượu ngoại giả mạo nhãn hiệu, loại 750 ml");
    fields.put("estimatedValue", "1.850.000.000 đồng");
    fields.put("foundOn", "28/11/2026");
    fields.put("foundPlace", "kho hàng số 3, ấp Trường Lưu, xã Trường Hòa, tỉnh Tây Ninh");
    fields.put(
        "legalBasis",
        "Điều 62 Luật Xử lý vi phạm hành chính năm 2012, được sửa đổi, bổ sung năm 2020; Điều 146"
            + " Bộ luật Tố tụng hình sự năm 2015");
    return fields;
  }

  static List<Map<String, String>> documents() {
    return List.of(
        Map.of(
            "index", "1",
            "kind", "Biên bản kiểm tra",
            "fileName", "bien-ban-kiem-tra-28-11-2026.pdf",
            "sizeText", "412 KB",
            "sha256", SHA_1),
        Map.of(
            "index", "2",
            "kind", "Ảnh chụp hiện trường",
            "fileName", "ảnh hiện trường kho số 3.jpg",
            "sizeText", "2,4 MB",
            "sha256", SHA_2));
  }

  static DocumentModel handoverRecord() {
    Map<String, String> fields = common();
    fields.put(
        "handingAgency", "Đội Quản lý thị trường số 5, Chi cục Quản lý thị trường tỉnh Tây Ninh");
    fields.put("receivingAgency", "Công an tỉnh Tây Ninh");
    fields.put("handoverDate", "08 giờ 30 phút, ngày 02 tháng 12 năm 2026");
    fields.put("documentCount", "02");
    fields.put("handingSignerTitle", "ĐỘI TRƯỞNG");
    fields.put("handingSignerName", "Nguyễn Văn Hùng");
    fields.put("receivingSignerTitle", "CÁN BỘ TIẾP NHẬN");
    fields.put("receivingSignerName", "");
    return new DocumentModel(fields, Map.of("documents", documents()));
  }

  static DocumentModel transferLetter() {
    Map<String, String> fields = common();
    fields.put("number", "35/QLTT-NV");
    fields.put("recipient", "Công an tỉnh Tây Ninh");
    fields.put("subject", "chuyển hồ sơ vụ việc có dấu hiệu tội phạm");
    fields.put(
        "body",
        "Thực hiện Điều 62 Luật Xử lý vi phạm hành chính, Chi cục Quản lý thị trường tỉnh Tây Ninh"
            + " chuyển hồ sơ vụ việc mã số CHS-2026-0007 do Đội Quản lý thị trường số 5 phát hiện"
            + " đến Công an tỉnh Tây Ninh để xem xét, giải quyết theo thẩm quyền.\n"
            + "Hồ sơ gồm 02 tài liệu, kèm biên bản giao nhận số 12/BB-QLTT.");
    fields.put("signerTitle", "KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG");
    fields.put("signerName", "Trần Thị Thu Hà");
    fields.put("copiesTo", "- Như trên;\n- Sở Công Thương tỉnh Tây Ninh (để b/c);\n- Lưu: VT, NV.");
    return new DocumentModel(fields);
  }

  static DocumentModel returnRecord() {
    Map<String, String> fields = common();
    fields.put("number", "03/BB-CSKT");
    fields.put(
        "placeAndDate", OfficialDocuments.placeAndDate("Tây Ninh", LocalDate.of(2026, 12, 21)));
    fields.put("issuerParent", "CÔNG AN TỈNH TÂY NINH");
    fields.put("issuer", "PHÒNG CẢNH SÁT KINH TẾ");
    fields.put("returningAgency", "Công an tỉnh Tây Ninh");
    fields.put(
        "receivingAgency", "Đội Quản lý thị trường số 5, Chi cục Quản lý thị trường tỉnh Tây Ninh");
    fields.put("decisionNumber", "17/QĐ-CSKT");
    fields.put("decisionDate", "18/12/2026");
    fields.put("returnDate", "14 giờ 00 phút, ngày 21 tháng 12 năm 2026");
    fields.put("returnNote", "Toàn bộ hồ sơ vụ việc và 1.200 chai rượu đang niêm phong");
    fields.put("returningSignerTitle", "PHÓ TRƯỞNG PHÒNG");
    fields.put("returningSignerName", "Lê Minh Đức");
    fields.put("receivingSignerTitle", "ĐỘI TRƯỞNG");
    fields.put("receivingSignerName", "Nguyễn Văn Hùng");
    return new DocumentModel(fields, Map.of("documents", documents()));
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
