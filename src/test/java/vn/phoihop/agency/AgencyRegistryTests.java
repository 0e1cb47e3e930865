package vn.phoihop.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.phoihop.shared.DomainException;

/** Same context configuration as {@link AgencyApiTests}, so both share one cached context. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AgencyRegistryTests {

  private static final LocalDate IN_2026 = LocalDate.of(2026, 1, 1);
  private static final LocalDate IN_2024 = LocalDate.of(2024, 1, 1);

  @Autowired AgencyRegistry registry;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          QLTT-TNI    | Chi cục Quản lý thị trường tỉnh Tây Ninh                         | TNI | -
          QLTT-TNI-D1 | Đội Quản lý thị trường số 1 (Chi cục QLTT Tây Ninh)              | TNI | QLTT-TNI
          SCT-TNI     | Sở Công Thương tỉnh Tây Ninh                                     | TNI | -
          CA-TNI      | Công an tỉnh Tây Ninh                                            | TNI | -
          HQ-KV17     | Chi cục Hải quan khu vực XVII                                    | TNI | -
          BP-MOCBAI   | Đồn Biên phòng cửa khẩu quốc tế Mộc Bài                          | TNI | -
          BCD389-TNI  | Ban Chỉ đạo 389 tỉnh Tây Ninh                                    | TNI | -
          UBND-TNI    | Ủy ban nhân dân tỉnh Tây Ninh                                    | TNI | -
          QLTT-VLG    | Chi cục Quản lý thị trường tỉnh Vĩnh Long                        | VLG | -
          QLTT-VLG-D5 | Đội Quản lý thị trường số 5                                      | VLG | QLTT-VLG
          CA-VLG      | Công an tỉnh Vĩnh Long                                           | VLG | -
          BP-COCHIEN  | Đồn Biên phòng Cổ Chiên                                          | VLG | -
          QLTT-QNG    | Chi cục Quản lý thị trường tỉnh Quảng Ngãi                       | QNG | -
          QLTT-QNG-D2 | Đội Quản lý thị trường số 2 (biên giới)                          | QNG | QLTT-QNG
          QLTT-GLA    | Chi cục Quản lý thị trường tỉnh Gia Lai                          | GLA | -
          QLTT-GLA-D4 | Đội Quản lý thị trường số 4 (biên giới)                          | GLA | QLTT-GLA
          QLTT-DTP    | Chi cục Quản lý thị trường tỉnh Đồng Tháp                        | DTP | -
          BCT-TTTN    | Cục Quản lý và Phát triển thị trường trong nước (Bộ Công Thương) | -   | -
          BCD389-QG   | Ban Chỉ đạo 389 quốc gia                                         | -   | -
          """)
  void seedsEveryDemoAgencyExactlyAsPinnedForIdentities(
      String code, String name, String province, String team) {
    AgencyView agency = registry.requireActive(code, "agency", IN_2026);

    assertThat(agency.name()).isEqualTo(name);
    assertThat(agency.provinceCode()).isEqualTo(province);
    if (team != null) {
      assertThat(agency.parentCode()).isEqualTo(team);
    }
  }

  @Test
  void marksBorderPostsAndBorderTeamsAsBorderArea() {
    assertThat(registry.require("BP-MOCBAI", "agency").borderArea()).isTrue();
    assertThat(registry.require("BP-COCHIEN", "agency").borderArea()).isTrue();
    assertThat(registry.require("QLTT-QNG-D2", "agency").borderArea()).isTrue();
    assertThat(registry.require("QLTT-GLA-D4", "agency").borderArea()).isTrue();
    assertThat(registry.require("QLTT-TNI-D1", "agency").borderArea()).isFalse();
  }

  @Test
  void rejectsUnknownAgencyNamingTheField() {
    assertThatThrownBy(() -> registry.require("QLTT-XYZ", "leadAgency"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.field()).isEqualTo("leadAgency");
              assertThat(e.getMessage()).isEqualTo("Không tìm thấy đơn vị có mã 'QLTT-XYZ'.");
            });
  }

  @Test
  void rejectsFormerAgencyAfterItsMergerPointingToTheSuccessor() {
    assertThatThrownBy(() -> registry.requireActive("CQLTT-TGG", "partnerAgencies", IN_2026))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.field()).isEqualTo("partnerAgencies");
              assertThat(e.getMessage())
                  .contains("Cục Quản lý thị trường tỉnh Tiền Giang")
                  .contains("không còn hoạt động")
                  .contains("QLTT-DTP");
            });
    assertThat(registry.requireActive("CQLTT-TGG", "partnerAgencies", IN_2024).code())
        .isEqualTo("CQLTT-TGG");
  }

  @Test
  void rejectsAgencyNotYetInForce() {
    assertThatThrownBy(() -> registry.requireActive("QLTT-DTP", "leadAgency", IN_2024))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.getMessage()).contains("chưa hoạt động"));
  }

  @Test
  void looksUpCodesTrimmedAndCaseInsensitively() {
    assertThat(registry.find(" qltt-tni ")).map(AgencyView::code).hasValue("QLTT-TNI");
    assertThat(registry.requireField("food_safety", "fields")).isEqualTo("FOOD_SAFETY");
    assertThat(registry.find(null)).isEmpty();
  }

  @Test
  void resolvesTheReceivingUnitOfAProvince() {
    assertThat(registry.findActive(AgencyType.PROVINCIAL_POLICE, "TNI", IN_2026))
        .map(AgencyView::code)
        .hasValue("CA-TNI");
    assertThat(registry.findActive(AgencyType.CUSTOMS_BRANCH, "TNI", IN_2026))
        .map(AgencyView::code)
        .hasValue("HQ-KV17");
    // The Border Guard: the province's command first, then its posts.
    assertThat(registry.servingBodies(AgencyType.BORDER_GUARD, "TNI", IN_2026))
        .extracting(AgencyView::code)
        .containsExactly("BDBP-TNI", "BP-MOCBAI");
    assertThat(registry.servingBody(AgencyType.BORDER_GUARD, "VLG", IN_2026))
        .map(AgencyView::code)
        .hasValue("BDBP-VLG");
    // Customs: the branch that serves the province, wherever its seat is.
    assertThat(registry.servingBody(AgencyType.CUSTOMS_BRANCH, "DTP", IN_2026))
        .map(AgencyView::code)
        .hasValue("HQ-KV20");
    assertThat(registry.findActive(AgencyType.CUSTOMS_BRANCH, "DTP", IN_2026)).isEmpty();
    // Tây Ninh stands for itself and former Long An, and the other way round.
    assertThat(registry.search(AgencyType.QLTT_SUB_DEPARTMENT, "TNI", IN_2024))
        .extracting(AgencyView::code)
        .containsExactly("CQLTT-LAN", "CQLTT-TNI");
    assertThat(registry.findActive(AgencyType.QLTT_SUB_DEPARTMENT, "LAN", IN_2026))
        .map(AgencyView::code)
        .hasValue("QLTT-TNI");
    assertThat(registry.findActive(AgencyType.PROVINCIAL_POLICE, "TNI", null)).isPresent();
  }

  @Test
  void followsSuccessionBothWays() {
    // Nearest first: the March–June 2025 Chi cục, then the Cục before them.
    assertThat(registry.predecessors("QLTT-TNI"))
        .extracting(AgencyView::code)
        .containsExactly("CCQLTT-LAN", "CCQLTT-TNI", "CQLTT-LAN", "CQLTT-TNI");
    assertThat(registry.predecessors("QLTT-VLG"))
        .extracting(AgencyView::code)
        .containsExactly(
            "CCQLTT-BTE", "CCQLTT-TVH", "CCQLTT-VLG", "CQLTT-BTE", "CQLTT-TVH", "CQLTT-VLG");
    assertThat(registry.predecessors("CA-TNI"))
        .extracting(AgencyView::code)
        .containsExactly("CA-LAN", "CA-TNI-CU");
    assertThat(registry.predecessors("CA-HNI")).as("Hà Nội was not merged").isEmpty();
    assertThat(registry.successor("CQLTT-KTM")).map(AgencyView::code).hasValue("QLTT-QNG");
    assertThat(registry.successor("CQLTT-BDH"))
        .map(AgencyView::name)
        .hasValue("Chi cục Quản lý thị trường tỉnh Gia Lai");
    assertThat(registry.successor("TCQLTT")).map(AgencyView::code).hasValue("BCT-TTTN");
    assertThat(registry.successor("QLTT-TNI")).isEmpty();
    assertThat(registry.successor("UNKNOWN")).isEmpty();
  }

  @Test
  void keepsFormerBodiesUnderTheirOldNames() {
    AgencyView tongCuc = registry.require("TCQLTT", "agency");

    assertThat(tongCuc.name()).isEqualTo("Tổng cục Quản lý thị trường");
    assertThat(tongCuc.validTo()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(tongCuc.activeOn(LocalDate.of(2025, 2, 28))).isTrue();
    assertThat(tongCuc.activeOn(LocalDate.of(2025, 3, 1))).isFalse();
    assertThat(registry.all())
        .extracting(AgencyView::code)
        .contains("TCQLTT", "CQLTT-LAN", "QLTT-TNI");
  }

  @Test
  void searchesWithAnyCriterionLeftOut() {
    assertThat(registry.search(null, null, null)).hasSameSizeAs(registry.all());
    assertThat(registry.search(null, "TNI", IN_2026))
        .extracting(AgencyView::code)
        .containsExactly(
            "BCD389-TNI",
            "BDBP-TNI",
            "BP-MOCBAI",
            "CA-TNI",
            "HQ-KV17",
            "QLTT-TNI",
            "QLTT-TNI-D1",
            "QLTT-TNI-D2",
            "SCT-TNI",
            "UBND-TNI",
            "VKS-TNI");
    assertThat(registry.search(AgencyType.MINISTRY_AGENCY, null, IN_2026))
        .extracting(AgencyView::code)
        .containsExactly("BCA-C03", "BCT", "BCT-CTBVNTD", "BCT-TTTN", "BTL-BDBP", "CHQ");
  }

  @Test
  void validatesCoordinationFields() {
    assertThat(registry.fields())
        .hasSize(15)
        .first()
        .isEqualTo(new CodeName("PETROLEUM", "Xăng dầu"));
    assertThat(registry.isField("E_COMMERCE")).isTrue();
    assertThat(registry.isField("GAMBLING")).isFalse();
    assertThatThrownBy(() -> registry.requireField("GAMBLING", "fields"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("fields"));
  }

  @Test
  void validatesViolationCategories() {
    assertThat(registry.violationCategories())
        .hasSize(11)
        .contains(
            new CodeName("COUNTERFEIT_GOODS", "Hàng giả"),
            new CodeName("COMMERCIAL_FRAUD", "Gian lận thương mại"));
    assertThat(registry.requireViolationCategory("PROHIBITED_GOODS", "category"))
        .isEqualTo("PROHIBITED_GOODS");
    assertThatThrownBy(() -> registry.requireViolationCategory("", "category"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("category"));
  }

  @Test
  void acceptsCurrentProvincesAndRedirectsFormerOnes() {
    assertThat(registry.provinces()).hasSize(34);
    assertThat(registry.requireProvince("tni", "province")).isEqualTo("TNI");
    assertThatThrownBy(() -> registry.requireProvince("LAN", "province"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.field()).isEqualTo("province");
              assertThat(e.getMessage()).contains("Long An").contains("Tây Ninh").contains("'TNI'");
            });
    assertThatThrownBy(() -> registry.requireProvince("ZZZ", "province"))
        .isInstanceOf(DomainException.class);
  }
}
