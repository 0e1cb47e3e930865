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
}
