package vn.phoihop.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The BCĐ 389 practice "quý I, 6 tháng, 9 tháng, năm" against the 15th→14th cut-offs. */
class CampaignCadenceTests {

  @ParameterizedTest(name = "opened {0} → {1}")
  @CsvSource({
    "2026-03-15, Quý I năm 2026 (15/12/2025 – 14/03/2026)",
    "2026-06-15, 6 tháng đầu năm 2026 (15/12/2025 – 14/06/2026)",
    "2026-09-15, 9 tháng năm 2026 (15/12/2025 – 14/09/2026)",
    "2026-12-15, Năm 2026 (15/12/2025 – 14/12/2026)",
    "2026-12-14, 9 tháng năm 2026 (15/12/2025 – 14/09/2026)",
    "2027-01-02, Năm 2026 (15/12/2025 – 14/12/2026)",
  })
  void theTimerDayGivesTheCommitteesWindow(LocalDate day, String window) {
    assertThat(CampaignCadence.bcd389WindowBefore(day).label()).isEqualTo(window);
  }

  @Test
  void theModelsPeriodTimerIsTheCadence() throws Exception {
    String model = Files.readString(Path.of("bpmn/bcd389-period-campaigns.bpmn"));
    assertThat(model)
        .contains(
            "<bpmn:timeCycle xsi:type=\"bpmn:tFormalExpression\">"
                + CampaignCadence.BCD389_CYCLE
                + "</bpmn:timeCycle>");
  }
}
