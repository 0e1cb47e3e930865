package vn.phoihop.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.phoihop.evaluation.EvaluationPeriod;

/**
 * Which periods an agreement in force is evaluated for, from its cadence, effective date and term.
 */
class EvaluationScheduleTests {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "QUARTERLY,   Quý I năm 2026 (15/12/2025 – 14/03/2026) | 6 tháng đầu năm 2026 (15/12/2025 – 14/06/2026) | 9 tháng năm 2026 (15/12/2025 – 14/09/2026) | Năm 2026 (15/12/2025 – 14/12/2026)",
    "HALF_YEARLY, 6 tháng đầu năm 2026 (15/12/2025 – 14/06/2026) | Năm 2026 (15/12/2025 – 14/12/2026)",
    "YEARLY,      Năm 2026 (15/12/2025 – 14/12/2026)",
  })
  void aCalendarYearIsEvaluatedForTheYearToDateWindowsOfTheNationalReports(
      EvaluationCadence cadence, String expected) {
    assertThat(
            String.join(
                " | ",
                periods(
                    cadence,
                    LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31),
                    LocalDate.of(2026, 1, 1))))
        .isEqualTo(expected);
  }

  @Test
  void aMonthlyAgreementReportsMonthsAndTheNationalQuarterHalfYearNineMonthsAndYearInTheirMonths() {
    assertThat(
            periods(
                EvaluationCadence.MONTHLY,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 1, 1)))
        .extracting(label -> label.substring(0, label.indexOf(" (")))
        .containsExactly(
            "Tháng 1 năm 2026",
            "Tháng 2 năm 2026",
            "Quý I năm 2026",
            "Tháng 4 năm 2026",
            "Tháng 5 năm 2026",
            "6 tháng đầu năm 2026",
            "Tháng 7 năm 2026",
            "Tháng 8 năm 2026",
            "9 tháng năm 2026",
            "Tháng 10 năm 2026",
            "Tháng 11 năm 2026",
            "Năm 2026");
  }

  @Test
  void periodsStartAtTheEffectiveDateAndStopAtTheTermsEnd() {
    // In force from 15 April 2026 until 30 September 2027: the first cut-off is 14 June 2026, the
    // last 14 September 2027.
    assertThat(
            periods(
                EvaluationCadence.QUARTERLY,
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2027, 9, 30),
                LocalDate.of(2026, 4, 15)))
        .extracting(label -> label.substring(0, label.indexOf(" (")))
        .containsExactly(
            "6 tháng đầu năm 2026",
            "9 tháng năm 2026",
            "Năm 2026",
            "Quý I năm 2027",
            "6 tháng đầu năm 2027",
            "9 tháng năm 2027");
    // A cut-off on the effective date or on the term's last day counts.
    assertThat(
            EvaluationSchedule.nextCutOff(
                EvaluationCadence.YEARLY,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 14),
                LocalDate.of(2026, 12, 14),
                null))
        .contains(LocalDate.of(2026, 12, 14));
    // A six-month term that ends before December has no yearly evaluation at all.
    assertThat(
            EvaluationSchedule.nextCutOff(
                EvaluationCadence.YEARLY,
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 8, 31),
                LocalDate.of(2026, 3, 1),
                null))
        .isEmpty();
  }

  @Test
  void aPeriodWhoseCutOffPassedDuringAnAmendmentIsEvaluatedAtOnceAndNoneIsEvaluatedTwice() {
    // Quarter I was evaluated; the amendment took until August: the 6 months are due at once.
    assertThat(
            EvaluationSchedule.nextCutOff(
                EvaluationCadence.QUARTERLY,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 14)))
        .contains(LocalDate.of(2026, 6, 14));
  }

  /** The labels of every period the schedule yields, as if each was evaluated when due. */
  private static List<String> periods(
      EvaluationCadence cadence, LocalDate termStart, LocalDate termEnd, LocalDate effective) {
    List<String> labels = new ArrayList<>();
    LocalDate last = null;
    Optional<LocalDate> next;
    while ((next = EvaluationSchedule.nextCutOff(cadence, termStart, termEnd, effective, last))
        .isPresent()) {
      EvaluationPeriod period = EvaluationCadence.periodEndingOn(next.get());
      assertThat(period.end()).isEqualTo(next.get());
      labels.add(period.label());
      last = period.end();
    }
    return labels;
  }
}
