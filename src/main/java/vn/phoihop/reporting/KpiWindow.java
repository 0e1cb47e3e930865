package vn.phoihop.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.phoihop.evaluation.EvaluationPeriod;
import vn.phoihop.evaluation.PeriodKind;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * The reporting window of a KPI roll-up: a statistical window of the national 15th→14th convention
 * ({@code period}: {@code 2026}, {@code 2026-Q1}…{@code Q4}, {@code 2026-H1} for 6 months, {@code
 * 2026-9M} for 9 months, {@code 2026-03} for a month), or any two days ({@code from}, {@code to},
 * both included). Without either, the reporting year that contains today.
 */
record KpiWindow(String period, String label, LocalDate from, LocalDate to) {

  private static final Pattern PERIOD =
      Pattern.compile("(\\d{4})(?:-(?:Q([1-4])|(H1)|(9M)|(0[1-9]|1[0-2])))?");

  static KpiWindow of(String period, String from, String to, LocalDate today) {
    if (period != null && (from != null || to != null)) {
      throw DomainException.invalid("period", Texts.text("reporting.kpis.periodOrDates"));
    }
    if (from != null || to != null) {
      if (from == null || to == null) {
        throw DomainException.invalid(
            from == null ? "from" : "to", Texts.text("reporting.kpis.bothDates"));
      }
      LocalDate start = day(from, "from");
      LocalDate end = day(to, "to");
      if (end.isBefore(start)) {
        throw DomainException.invalid("to", Texts.text("reporting.kpis.endsBeforeStart"));
      }
      return new KpiWindow(
          null,
          Texts.text(
              "reporting.kpis.window", VietnameseFormats.date(start), VietnameseFormats.date(end)),
          start,
          end);
    }
    EvaluationPeriod window =
        period == null ? yearOf(today) : parse(period.strip().toUpperCase(java.util.Locale.ROOT));
    return new KpiWindow(code(window), window.label(), window.start(), window.end());
  }

  private static EvaluationPeriod yearOf(LocalDate today) {
    EvaluationPeriod year = EvaluationPeriod.of(PeriodKind.YEAR, today.getYear(), null);
    return today.isAfter(year.end())
        ? EvaluationPeriod.of(PeriodKind.YEAR, today.getYear() + 1, null)
        : year;
  }

  private static EvaluationPeriod parse(String period) {
    Matcher m = PERIOD.matcher(period);
    if (!m.matches()) {
      throw DomainException.invalid("period", Texts.text("reporting.kpis.period", period));
    }
    int year = Integer.parseInt(m.group(1));
    if (year < 2000 || year > 2100) {
      throw DomainException.invalid("period", Texts.text("reporting.kpis.period", period));
    }
    if (m.group(2) != null) {
      return EvaluationPeriod.of(PeriodKind.QUARTER, year, Integer.parseInt(m.group(2)));
    }
    if (m.group(3) != null) {
      return EvaluationPeriod.of(PeriodKind.HALF_YEAR, year, null);
    }
    if (m.group(4) != null) {
      return EvaluationPeriod.of(PeriodKind.NINE_MONTHS, year, null);
    }
    if (m.group(5) != null) {
      return EvaluationPeriod.of(PeriodKind.MONTH, year, Integer.parseInt(m.group(5)));
    }
    return EvaluationPeriod.of(PeriodKind.YEAR, year, null);
  }

  private static String code(EvaluationPeriod window) {
    return switch (window.kind()) {
      case MONTH -> "%d-%02d".formatted(window.year(), window.number());
      case QUARTER -> window.year() + "-Q" + window.number();
      case HALF_YEAR -> window.year() + "-H1";
      case NINE_MONTHS -> window.year() + "-9M";
      case YEAR -> String.valueOf(window.year());
    };
  }

  private static LocalDate day(String text, String field) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(field, Texts.text("reporting.kpis.date", text));
    }
  }
}
