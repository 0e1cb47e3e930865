package vn.phoihop.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyViewTests {

  private static AgencyView validBetween(LocalDate from, LocalDate to) {
    return new AgencyView(
        "X",
        "X",
        "X",
        AgencyType.QLTT_TEAM,
        "",
        null,
        null,
        null,
        from,
        to,
        false,
        null,
        null,
        null,
        null,
        false,
        null,
        null);
  }

  @Test
  void isActiveFromItsFirstToItsLastDayInclusive() {
    AgencyView agency = validBetween(LocalDate.of(2018, 12, 1), LocalDate.of(2025, 6, 30));

    assertThat(agency.activeOn(LocalDate.of(2018, 11, 30))).isFalse();
    assertThat(agency.activeOn(LocalDate.of(2018, 12, 1))).isTrue();
    assertThat(agency.activeOn(LocalDate.of(2025, 6, 30))).isTrue();
    assertThat(agency.activeOn(LocalDate.of(2025, 7, 1))).isFalse();
  }

  @Test
  void staysActiveWithoutEndDate() {
    assertThat(validBetween(LocalDate.of(2025, 7, 1), null).activeOn(LocalDate.of(2099, 1, 1)))
        .isTrue();
  }

  @Test
  void treatsMissingPredecessorsAsNone() {
    assertThat(validBetween(LocalDate.of(2025, 7, 1), null).predecessorCodes())
        .isEqualTo(List.of());
  }
}
