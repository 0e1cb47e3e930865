package vn.phoihop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.phoihop.shared.DomainException;

/** The 15th→14th cut-off windows of docs/domain.md#reporting-periods. */
class EvaluationPeriodTests {

  @ParameterizedTest(name = "{0} {1}/{2}: {3} – {4}")
  @CsvSource(
      nullValues = "null",
      value = {
        "MONTH,       2026, 1,    2025-12-15, 2026-01-14, Tháng 1 năm 2026 (15/12/2025 – 14/01/2026)",
        "MONTH,       2026, 3,    2026-02-15, 2026-03-14, Tháng 3 năm 2026 (15/02/2026 – 14/03/2026)",
        "QUARTER,     2026, 1,    2025-12-15, 2026-03-14, Quý I năm 2026 (15/12/2025 – 14/03/2026)",
        "QUARTER,     2026, 2,    2026-03-15, 2026-06-14, Quý II năm 2026 (15/03/2026 – 14/06/2026)",
        "QUARTER,     2026, 4,    2026-09-15, 2026-12-14, Quý IV năm 2026 (15/09/2026 – 14/12/2026)",
        "HALF_YEAR,   2026, null, 2025-12-15, 2026-06-14, 6 tháng đầu năm 2026 (15/12/2025 – 14/06/2026)",
        "NINE_MONTHS, 2026, null, 2025-12-15, 2026-09-14, 9 tháng năm 2026 (15/12/2025 – 14/09/2026)",
        "YEAR,        2026, null, 2025-12-15, 2026-12-14, Năm 2026 (15/12/2025 – 14/12/2026)",
      })
  void windowsRunFromThe15thToThe14th(
      PeriodKind kind, int year, Integer number, LocalDate start, LocalDate end, String label) {
    EvaluationPeriod period = EvaluationPeriod.of(kind, year, number);
    assertThat(period.start()).isEqualTo(start);
    assertThat(period.end()).isEqualTo(end);
    assertThat(period.label()).isEqualTo(label);
  }

  @ParameterizedTest(name = "{0} on {1} → {2}")
  @CsvSource({
    "QUARTER,   2026-03-15, 2025-12-15, 2026-03-14",
    "QUARTER,   2026-03-14, 2025-09-15, 2025-12-14",
    "QUARTER,   2026-08-01, 2026-03-15, 2026-06-14",
    "MONTH,     2026-01-15, 2025-12-15, 2026-01-14",
    "MONTH,     2026-01-10, 2025-11-15, 2025-12-14",
    "HALF_YEAR, 2026-06-15, 2025-12-15, 2026-06-14",
    "HALF_YEAR, 2026-06-14, 2024-12-15, 2025-06-14",
    "YEAR,      2026-12-15, 2025-12-15, 2026-12-14",
    "YEAR,      2026-12-10, 2024-12-15, 2025-12-14",
  })
  void aCadenceTimerEvaluatesTheLastWindowThatEndedBeforeItFired(
      PeriodKind kind, LocalDate firedOn, LocalDate start, LocalDate end) {
    EvaluationPeriod period = EvaluationPeriod.lastEndedBefore(kind, firedOn);
    assertThat(period.start()).isEqualTo(start);
    assertThat(period.end()).isEqualTo(end);
  }

  @Test
  void monthAndQuarterNeedTheirNumber() {
    assertThatThrownBy(() -> EvaluationPeriod.of(PeriodKind.QUARTER, 2026, 5))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("từ 1 đến 4")
        .extracting(e -> ((DomainException) e).field())
        .isEqualTo(EvaluationProcess.Vars.PERIOD_NUMBER);
    assertThatThrownBy(() -> EvaluationPeriod.of(PeriodKind.MONTH, 2026, null))
        .isInstanceOf(DomainException.class);
    assertThat(EvaluationPeriod.of(PeriodKind.YEAR, 2026, 7).number()).isNull();
  }
}
