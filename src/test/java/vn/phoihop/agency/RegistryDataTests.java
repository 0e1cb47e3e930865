package vn.phoihop.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole country is in the registry, and its history holds together: checked on the data the
 * migrations load (V2, V48), not on a fixture. Same context as {@link AgencyApiTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegistryDataTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Autowired AgencyRegistry registry;

  private List<ProvinceView> provinces() {
    return registry.provinces();
  }

  private List<AgencyView> inForce(AgencyType type, String province) {
    return registry.search(type, null, TODAY).stream()
        .filter(a -> province.equals(a.provinceCode()))
        .toList();
  }

  @Test
  void everyCurrentProvinceHasOneChiCucOneSoCongThuongOnePoliceAndItsPeoplesCommittee() {
    assertThat(provinces()).hasSize(34);
    for (ProvinceView province : provinces()) {
      for (AgencyType type :
          List.of(
              AgencyType.QLTT_SUB_DEPARTMENT,
              AgencyType.INDUSTRY_TRADE_DEPARTMENT,
              AgencyType.PROVINCIAL_POLICE,
              AgencyType.PEOPLES_COMMITTEE,
              AgencyType.STEERING_COMMITTEE_389)) {
        assertThat(inForce(type, province.code())).as("%s of %s", type, province.name()).hasSize(1);
      }
      AgencyView chiCuc = inForce(AgencyType.QLTT_SUB_DEPARTMENT, province.code()).get(0);
      assertThat(chiCuc.name()).startsWith("Chi cục Quản lý thị trường ").contains(province.name());
      assertThat(chiCuc.parentCode())
          .as("the Chi cục is a unit of the Sở Công Thương")
          .isEqualTo(inForce(AgencyType.INDUSTRY_TRADE_DEPARTMENT, province.code()).get(0).code());
      assertThat(chiCuc.teamListPartial()).as(chiCuc.code()).isTrue();
      assertThat(
              inForce(AgencyType.QLTT_TEAM, province.code()).stream()
                  .filter(t -> chiCuc.code().equals(t.parentCode()))
                  .map(AgencyView::shortName))
          .as("teams no. 1 and 2 of %s", chiCuc.code())
          .anyMatch(n -> n.startsWith("Đội QLTT số 1"))
          .anyMatch(n -> n.startsWith("Đội QLTT số 2"));
    }
  }

  @Test
  void everyBorderProvinceHasABorderGuardCommand() {
    List<ProvinceView> border = provinces().stream().filter(ProvinceView::border).toList();
    assertThat(border).hasSize(30);
    assertThat(provinces().stream().filter(p -> !p.border()).map(ProvinceView::code))
        .containsExactlyInAnyOrder("HNI", "PTO", "BNH", "TNN");
    for (ProvinceView province : border) {
      List<AgencyView> commands =
          inForce(AgencyType.BORDER_GUARD, province.code()).stream()
              .filter(a -> "BTL-BDBP".equals(a.parentCode()))
              .toList();
      assertThat(commands).as(province.name()).hasSize(1);
      assertThat(commands.get(0).name()).startsWith("Bộ Chỉ huy Bộ đội Biên phòng");
      assertThat(registry.servingBody(AgencyType.BORDER_GUARD, province.code(), TODAY))
          .as("a border case in %s goes to its command", province.name())
          .contains(commands.get(0));
    }
    // The posts are units of their province's command.
    assertThat(registry.require("BP-MOCBAI", "agency").parentCode()).isEqualTo("BDBP-TNI");
  }

  @Test
  void everyProvinceIsServedByExactlyOneOfTheTwentyRegionalCustomsBranches() {
    List<AgencyView> branches = registry.search(AgencyType.CUSTOMS_BRANCH, null, TODAY);
    assertThat(branches).hasSize(20);
    assertThat(branches)
        .extracting(AgencyView::name)
        .contains("Chi cục Hải quan khu vực I", "Chi cục Hải quan khu vực XX")
        .doesNotHaveDuplicates();
    assertThat(branches).allMatch(b -> "CHQ".equals(b.parentCode()));
    Map<String, List<String>> servedBy =
        provinces().stream()
            .collect(
                Collectors.toMap(
                    ProvinceView::code,
                    p ->
                        branches.stream()
                            .filter(b -> b.servedProvinces().contains(p.code()))
                            .map(AgencyView::code)
                            .toList()));
    assertThat(servedBy)
        .hasSize(34)
        .allSatisfy((province, served) -> assertThat(served).as(province).hasSize(1));
    // Only current provinces are served.
    Set<String> current = provinces().stream().map(ProvinceView::code).collect(Collectors.toSet());
    assertThat(branches.stream().flatMap(b -> b.servedProvinces().stream()))
        .allMatch(current::contains);
  }

  @Test
  void everyFormerAgencyHasASuccessorInForceTheDayAfterItClosed() {
    List<AgencyView> former = registry.all().stream().filter(a -> a.validTo() != null).toList();
    assertThat(former).hasSizeGreaterThan(200);
    for (AgencyView agency : former) {
      assertThat(agency.successorCode()).as("successor of %s", agency.code()).isNotNull();
      AgencyView successor = registry.require(agency.successorCode(), "successor");
      assertThat(successor.activeOn(agency.validTo().plusDays(1)))
          .as("%s → %s on %s", agency.code(), successor.code(), agency.validTo().plusDays(1))
          .isTrue();
      // The end of every chain is a body in force today.
      assertThat(registry.successor(agency.code()).map(s -> s.activeOn(TODAY)))
          .as("today's body for %s", agency.code())
          .contains(true);
    }
  }

  @Test
  void theFormerBodiesOfEveryMergedProvinceLeadToTheMergedProvincesBodies() {
    for (ProvinceView former :
        registry.allProvinces().stream().filter(p -> !p.current()).toList()) {
      for (AgencyType type :
          List.of(
              AgencyType.QLTT_SUB_DEPARTMENT,
              AgencyType.INDUSTRY_TRADE_DEPARTMENT,
              AgencyType.PROVINCIAL_POLICE)) {
        List<AgencyView> bodies =
            registry.all().stream()
                .filter(a -> a.type() == type && former.code().equals(a.provinceCode()))
                .toList();
        assertThat(bodies).as("%s of former %s", type, former.name()).isNotEmpty();
        for (AgencyView body : bodies) {
          assertThat(registry.successor(body.code()))
              .as(body.code())
              .hasValueSatisfying(s -> assertThat(s.provinceCode()).isEqualTo(former.mergedInto()));
        }
      }
    }
    // The March–June 2025 stage: the Cục became a Chi cục under the old province's Sở Công Thương.
    AgencyView tienGiang = registry.require("CQLTT-TGG", "agency");
    assertThat(tienGiang.validTo()).isEqualTo(LocalDate.of(2025, 2, 28));
    AgencyView stage = registry.require(tienGiang.successorCode(), "agency");
    assertThat(stage.name()).isEqualTo("Chi cục Quản lý thị trường tỉnh Tiền Giang");
    assertThat(stage.activeOn(LocalDate.of(2025, 5, 1))).isTrue();
    assertThat(stage.parentCode()).isEqualTo("SCT-TGG");
    assertThat(stage.successorCode()).isEqualTo("QLTT-DTP");
  }

  @Test
  void theNationalBodiesAreThere() {
    for (String code :
        List.of(
            "BCT",
            "BCT-TTTN",
            "BCT-CTBVNTD",
            "BCD389-QG",
            "BCD389-QG-VPTT",
            "BCA-C03",
            "CHQ",
            "BTL-BDBP")) {
      AgencyView agency = registry.require(code, "agency");
      assertThat(agency.activeOn(TODAY)).as(code).isTrue();
      assertThat(agency.provinceCode()).as(code).isNull();
    }
    assertThat(registry.require("BCT-TTTN", "agency").parentCode()).isEqualTo("BCT");
    assertThat(registry.successor("TCHQ")).map(AgencyView::code).hasValue("CHQ");
  }

  @Test
  void whatIsNotConfirmedSaysSo() {
    assertThat(registry.require("QLTT-GLA", "agency").unconfirmed()).isNotBlank();
    assertThat(registry.require("HQ-KV14", "agency").unconfirmed()).contains("GLA");
    assertThat(registry.require("QLTT-TNI", "agency").unconfirmed())
        .as("REFERENCE.md confirms the Tây Ninh Chi cục's name")
        .isNull();
  }
}
