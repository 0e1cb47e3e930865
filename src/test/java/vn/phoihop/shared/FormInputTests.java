package vn.phoihop.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What forms submit as raw values: types kept, text normalised, controls refused. */
class FormInputTests {

  enum Choice {
    ONE,
    TWO
  }

  @Test
  void textIsNormalisedToNfcAndTrimmed() {
    String nfd = Normalizer.normalize("  Nguyễn Thị Ánh  ", Normalizer.Form.NFD);
    assertThat(FormInput.requiredLine("name", nfd, 100, "họ tên")).isEqualTo("Nguyễn Thị Ánh");
    assertThat(FormInput.text("name", " ")).isNull();
  }

  @Test
  void aValueOfAnotherTypeIsNotReadAsText() {
    for (Object notText : List.of(12345, 1.5, true, List.of("a"))) {
      assertThatThrownBy(() -> FormInput.requiredText("title", notText, 100, "tên"))
          .isInstanceOfSatisfying(
              DomainException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }
  }

  @Test
  void lineBreaksAndTabsOnlyInMultiLineText() {
    assertThat(FormInput.requiredText("note", "a\n\tb\r\nc", 100, "ghi chú"))
        .isEqualTo("a\n\tb\r\nc");
    assertThatThrownBy(() -> FormInput.requiredLine("title", "a\nb", 100, "tên"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("một dòng");
    assertThatThrownBy(() -> FormInput.requiredLine("title", "a\tb", 100, "tên"))
        .isInstanceOf(DomainException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0000", "\u0001", "\u001F", "\u007F", "\u0085", "\u009F", "\u202A", "\u202B", "\u202C",
        "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\uD800"
      })
  void controlAndBidiCharactersAreRefusedEvenInMultiLineText(String bad) {
    assertThatThrownBy(() -> FormInput.requiredText("note", "trước" + bad + "sau", 100, "ghi chú"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("note"));
  }

  @Test
  void otherFormattingCharactersStay() {
    // Zero-width joiner, no-break space and left-to-right mark are not in the refused ranges.
    assertThat(FormInput.requiredText("note", "a\u200Db\u00A0c\u200Ed", 100, "ghi chú"))
        .isEqualTo("a\u200Db\u00A0c\u200Ed");
  }

  @Test
  void choicesAreExactAndTheRefusalListsThem() {
    assertThat(FormInput.requiredChoice("c", "ONE", Choice.class, "lựa chọn"))
        .isEqualTo(Choice.ONE);
    assertThatThrownBy(
            () -> FormInput.requiredChoice("c", "one", Choice.class, "lựa chọn", c -> "số " + c))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("ONE (số ONE), TWO (số TWO)");
    assertThatThrownBy(() -> FormInput.requiredChoice("c", 0, Choice.class, "lựa chọn"))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void aCheckboxIsABoolean() {
    assertThat(FormInput.checked("ok", true)).isTrue();
    assertThat(FormInput.checked("ok", null)).isFalse();
    for (Object notBoolean : List.of("true", "on", 1)) {
      assertThatThrownBy(() -> FormInput.checked("ok", notBoolean))
          .isInstanceOfSatisfying(
              DomainException.class, e -> assertThat(e.field()).isEqualTo("ok"));
    }
  }

  @Test
  void datesWithinTheirBounds() {
    LocalDate earliest = LocalDate.of(2000, 1, 1);
    LocalDate today = LocalDate.of(2026, 6, 1);
    assertThat(FormInput.within("d", today, earliest, today, "ngày")).isEqualTo(today);
    assertThatThrownBy(
            () -> FormInput.within("d", LocalDate.of(1999, 12, 31), earliest, today, "ngày"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("01/01/2000");
    assertThatThrownBy(() -> FormInput.within("d", today.plusDays(1), earliest, today, "ngày"))
        .isInstanceOf(DomainException.class);
    assertThatThrownBy(() -> FormInput.requiredDate("d", 20260301, "ngày"))
        .isInstanceOf(DomainException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"15/01/2027", " 15/01/2027 ", "15/1/2027"})
  void aFormDateIsDayMonthYearWhateverTheBrowsersLanguage(String typed) {
    assertThat(FormInput.requiredFormDate("termStart", typed, "ngày bắt đầu"))
        .isEqualTo(LocalDate.of(2027, 1, 15));
    assertThat(FormInput.requiredFormDate("d", "29/02/2028", "ngày"))
        .isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(FormInput.requiredFormDate("d", "01/12/2026", "ngày"))
        .isEqualTo(LocalDate.of(2026, 12, 1));
  }

  @Test
  void aDayThatDoesNotExistIsRefusedNamingTheField() {
    for (String noSuchDay : List.of("31/02/2027", "29/02/2027", "31/04/2027", "00/01/2027")) {
      assertThatThrownBy(() -> FormInput.requiredFormDate("signedOn", noSuchDay, "ngày ký"))
          .isInstanceOfSatisfying(
              DomainException.class,
              e -> {
                assertThat(e.field()).isEqualTo("signedOn");
                assertThat(e.getMessage())
                    .startsWith("Ngày ký không phải là một ngày có thật")
                    .contains(noSuchDay);
              });
    }
    assertThatThrownBy(() -> FormInput.requiredFormDate("d", "15/13/2027", "ngày ký"))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("không phải là một ngày có thật");
  }

  @Test
  void anIsoDateOrAnotherShapeIsRefusedInAFormWithAVietnameseSentence() {
    for (String otherShape :
        List.of(
            "2027-01-15", "15.01.2027", "15/01/27", "15-01-2027", "ngày 15", "2027-01-15T00:00")) {
      assertThatThrownBy(() -> FormInput.requiredFormDate("termStart", otherShape, "ngày bắt đầu"))
          .isInstanceOfSatisfying(
              DomainException.class,
              e -> {
                assertThat(e.field()).isEqualTo("termStart");
                assertThat(e.getMessage())
                    .isEqualTo(
                        "Ngày bắt đầu phải ghi theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ"
                            + " 15/01/2027 (đã nhập: "
                            + otherShape
                            + ").");
              });
    }
    assertThatThrownBy(() -> FormInput.requiredFormDate("termStart", " ", "ngày bắt đầu"))
        .hasMessage("Vui lòng nhập ngày bắt đầu.");
    assertThatThrownBy(() -> FormInput.requiredFormDate("termStart", 20270115, "ngày bắt đầu"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("termStart"));
    // the browser's check is the same shape as the server's
    assertThat("15/01/2027").matches(FormInput.FORM_DATE_PATTERN);
    assertThat("2027-01-15").doesNotMatch(FormInput.FORM_DATE_PATTERN);
  }

  @Test
  void aFormDateKeepsTheBoundsOfEveryDate() {
    LocalDate earliest = LocalDate.of(2000, 1, 1);
    LocalDate latest = LocalDate.of(2046, 6, 1);
    assertThat(FormInput.requiredFormDate("d", "01/01/2000", "ngày", earliest, latest))
        .isEqualTo(earliest);
    assertThatThrownBy(
            () -> FormInput.requiredFormDate("d", "31/12/1999", "ngày", earliest, latest))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.getMessage()).contains("31/12/1999").contains("01/01/2000"));
    assertThatThrownBy(
            () -> FormInput.requiredFormDate("d", "02/06/2046", "ngày", earliest, latest))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void aFormDateTimeIsDayMonthYearAndTimeInVietnam() {
    assertThat(
            FormInput.requiredFormDateTime(
                "conferenceDate", "10/07/2026 08:30", "ngày họp", java.time.LocalTime.of(8, 0)))
        .isEqualTo(java.time.Instant.parse("2026-07-10T01:30:00Z"));
    assertThat(
            FormInput.requiredFormDateTime(
                "conferenceDate", "10/07/2026", "ngày họp", java.time.LocalTime.of(8, 0)))
        .isEqualTo(java.time.Instant.parse("2026-07-10T01:00:00Z"));
    for (String bad : List.of("2026-07-10T08:30", "10/07/2026 25:00", "31/06/2026 08:00")) {
      assertThatThrownBy(
              () ->
                  FormInput.requiredFormDateTime(
                      "conferenceDate", bad, "ngày họp", java.time.LocalTime.of(8, 0)))
          .isInstanceOfSatisfying(
              DomainException.class, e -> assertThat(e.field()).isEqualTo("conferenceDate"));
    }
  }

  @Test
  void moneyIsTypedWithThousandsSeparatorsOrPlainDigitsAndStoredAsANumber() {
    assertThat(FormInput.requiredAmount("v", "1.850.000.000", "trị giá")).isEqualTo(1_850_000_000L);
    assertThat(FormInput.requiredAmount("v", "1850000000", "trị giá")).isEqualTo(1_850_000_000L);
    assertThat(FormInput.requiredAmount("v", "1,850,000,000", "trị giá")).isEqualTo(1_850_000_000L);
    assertThat(FormInput.requiredAmount("v", " 980.000 ", "trị giá")).isEqualTo(980_000L);
    assertThat(FormInput.requiredAmount("v", 1_850_000_000L, "trị giá")).isEqualTo(1_850_000_000L);
    assertThat(FormInput.requiredAmount("v", 12.0, "trị giá")).isEqualTo(12L);
    assertThat(FormInput.optionalAmount("v", " ", "trị giá")).isNull();
    for (Object bad : List.of("1.5", "1.85.000", "-1000", "12,5", "abc", -5, 1.5, true)) {
      assertThatThrownBy(() -> FormInput.requiredAmount("estimatedValueVnd", bad, "trị giá"))
          .isInstanceOfSatisfying(
              DomainException.class, e -> assertThat(e.field()).isEqualTo("estimatedValueVnd"));
    }
    assertThatThrownBy(() -> FormInput.requiredAmount("v", "1.5", "trị giá"))
        .hasMessageStartingWith("Trị giá phải là số tiền (đồng) nguyên");
    assertThat(VietnameseFormats.grouped(1_850_000_000L)).isEqualTo("1.850.000.000");
    assertThat(VietnameseFormats.vnd(1_850_000_000L)).isEqualTo("1.850.000.000 đồng");
  }
}
