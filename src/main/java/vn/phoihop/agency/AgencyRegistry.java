package vn.phoihop.agency;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.phoihop.web.ApiException;

/**
 * TEMPORARY stand-in with the demo agencies until the agency registry lands on main (replace with
 * main's version on merge). Only the methods the agreement feature calls.
 */
@Component
public class AgencyRegistry {

  private static final Map<String, AgencyView> AGENCIES = new LinkedHashMap<>();
  private static final List<CodeName> FIELDS =
      List.of(
          new CodeName("XANG_DAU", "Xăng dầu"),
          new CodeName("LPG", "Khí dầu mỏ hóa lỏng – LPG"),
          new CodeName("AN_TOAN_THUC_PHAM", "An toàn thực phẩm"),
          new CodeName("THUONG_MAI_DIEN_TU", "Thương mại điện tử"),
          new CodeName("HOA_CHAT", "Hóa chất"),
          new CodeName("TRAO_DOI_THONG_TIN", "Trao đổi thông tin"),
          new CodeName("KIEM_TRA_LIEN_NGANH", "Kiểm tra liên ngành"),
          new CodeName("TUYEN_TRUYEN_PHAP_LUAT", "Tuyên truyền, phổ biến pháp luật"));

  static {
    add("QLTT-TNI", "Chi cục Quản lý thị trường tỉnh Tây Ninh", AgencyType.QLTT_SUB_DEPARTMENT, "TNI", null);
    add("QLTT-TNI-D1", "Đội Quản lý thị trường số 1", AgencyType.QLTT_TEAM, "TNI", "QLTT-TNI");
    add("SCT-TNI", "Sở Công Thương tỉnh Tây Ninh", AgencyType.INDUSTRY_TRADE_DEPARTMENT, "TNI", null);
    add("CA-TNI", "Công an tỉnh Tây Ninh", AgencyType.PROVINCIAL_POLICE, "TNI", null);
    add("HQ-KV17", "Chi cục Hải quan khu vực XVII", AgencyType.CUSTOMS_BRANCH, "TNI", null);
    add("BP-MOCBAI", "Đồn Biên phòng cửa khẩu quốc tế Mộc Bài", AgencyType.BORDER_GUARD, "TNI", null);
    add("UBND-TNI", "Ủy ban nhân dân tỉnh Tây Ninh", AgencyType.PEOPLES_COMMITTEE, "TNI", null);
    add("QLTT-VLG", "Chi cục Quản lý thị trường tỉnh Vĩnh Long", AgencyType.QLTT_SUB_DEPARTMENT, "VLG", null);
    add("QLTT-VLG-D5", "Đội Quản lý thị trường số 5", AgencyType.QLTT_TEAM, "VLG", "QLTT-VLG");
    add("QLTT-GLA", "Chi cục Quản lý thị trường tỉnh Gia Lai", AgencyType.QLTT_SUB_DEPARTMENT, "GLA", null);
    add("BCT-TTTN", "Cục Quản lý và Phát triển thị trường trong nước", AgencyType.MINISTRY_AGENCY, null, null);
  }

  private static void add(String code, String name, AgencyType type, String province, String parent) {
    AGENCIES.put(
        code,
        new AgencyView(code, name, code, type, type.name(), province, province, parent, null, null, false, null, List.of(), null));
  }

  public Optional<AgencyView> find(String code) {
    return Optional.ofNullable(code == null ? null : AGENCIES.get(code));
  }

  public AgencyView require(String code, String field) {
    return find(code).orElseThrow(() -> ApiException.invalid(field, "Không có đơn vị mã '" + code + "'."));
  }

  public AgencyView requireActive(String code, String field, LocalDate on) {
    AgencyView agency = require(code, field);
    if (!agency.activeOn(on)) {
      throw ApiException.invalid(field, "Đơn vị " + code + " không còn hoạt động.");
    }
    return agency;
  }

  public List<CodeName> fields() {
    return FIELDS;
  }

  public boolean isField(String code) {
    return FIELDS.stream().anyMatch(f -> f.code().equals(code));
  }

  public String requireField(String code, String field) {
    if (!isField(code)) {
      throw ApiException.invalid(field, "Không có lĩnh vực mã '" + code + "'.");
    }
    return code;
  }
}
