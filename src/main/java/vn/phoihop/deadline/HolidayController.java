package vn.phoihop.deadline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.phoihop.identity.CurrentUser;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Calendar", description = "Public holidays, swap days and deadline arithmetic")
class HolidayController {

  private static final int MIN_YEAR = 2000;
  private static final int MAX_YEAR = 2100;

  private final HolidayRepository holidays;
  private final WorkingDayCalendar calendar;
  private final Deadlines deadlines;
  private final CurrentUser currentUser;

  HolidayController(
      HolidayRepository holidays,
      WorkingDayCalendar calendar,
      Deadlines deadlines,
      CurrentUser currentUser) {
    this.holidays = holidays;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.currentUser = currentUser;
  }

  /** The calendar covers 2000–2100: a day outside is a typing error, not a holiday. */
  private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

  private static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

  @GetMapping("/holidays")
  @Transactional(readOnly = true)
  @Operation(summary = "Holidays, compensatory, bridge and swap days of a year")
  List<HolidayView> list(@RequestParam int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw DomainException.invalid("year", Texts.text("deadline.holiday.yearRange"));
    }
    return holidays
        .findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
        .stream()
        .map(HolidayView::of)
        .toList();
  }

  @PutMapping("/holidays/{day}")
  @Transactional
  @Operation(summary = "Create or change a day of the calendar (administrators)")
  HolidayView put(
      @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @Valid @RequestBody HolidayRequest request) {
    requireAdmin();
    FormInput.within("day", day, FIRST_DAY, LAST_DAY, Texts.text("deadline.holiday.day"));
    String name =
        FormInput.requiredLine("name", request.name(), 200, Texts.text("deadline.holiday.name"));
    if (request.kind() == DayKind.SWAP_WORKDAY && !isWeekend(day)) {
      throw DomainException.invalid("kind", Texts.text("deadline.holiday.swapNotWeekend"));
    }
    Instant now = Clocks.now();
    Holiday holiday =
        holidays
            .findById(day)
            .orElseGet(() -> new Holiday(day, request.kind(), name, request.provisional()));
    holiday.update(request.kind(), name, request.provisional(), currentUser.userId(), now);
    holidays.save(holiday);
    calendar.invalidate();
    return HolidayView.of(holiday);
  }

  @DeleteMapping("/holidays/{day}")
  @Transactional
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a day from the calendar (administrators)")
  void delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
    requireAdmin();
    requireCalendarYear("day", day);
    Holiday holiday =
        holidays
            .findById(day)
            .orElseThrow(
                () ->
                    DomainException.notFound(
                        Texts.text("deadline.holiday.notFound", day.toString())));
    holidays.delete(holiday);
    calendar.invalidate();
  }

  @GetMapping("/calendar/deadline")
  @Operation(
      summary =
          "The last day of a period counted by the legal rules (first day not counted, day off → next working day)")
  DeadlineView deadline(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam int duration,
      @RequestParam(defaultValue = "WORKING_DAYS") DeadlineUnit unit) {
    FormInput.within("from", from, FIRST_DAY, LAST_DAY, Texts.text("deadline.calculator.from"));
    if (duration < 0 || duration > 3660) {
      throw DomainException.invalid("duration", Texts.text("deadline.calculator.durationRange"));
    }
    LocalDate due = deadlines.dueDay(from, duration, unit);
    return new DeadlineView(from, duration, unit, due, calendar.isWorkingDay(due));
  }

  /**
   * The calendar keeps the years 2000–2100 (as {@code GET /holidays} lists them); a day far outside
   * (the ISO format admits years up to 999,999,999) made the deadline count overflow into a 500.
   */
  private static void requireCalendarYear(String field, LocalDate day) {
    if (day.getYear() < MIN_YEAR || day.getYear() > MAX_YEAR) {
      throw DomainException.invalid(
          field,
          Texts.text(
              "deadline.holiday.dayYearRange",
              String.valueOf(MIN_YEAR),
              String.valueOf(MAX_YEAR),
              day.toString()));
    }
  }

  private void requireAdmin() {
    if (!currentUser.isAdmin()) {
      throw DomainException.forbidden(Texts.text("deadline.holiday.adminOnly"));
    }
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek().getValue() >= 6;
  }

  record HolidayRequest(
      @NotNull(message = "{phoihop.holiday.kind.required}") DayKind kind,
      @NotBlank(message = "{phoihop.holiday.name.required}")
          @Size(max = 200, message = "{phoihop.holiday.name.size}")
          String name,
      boolean provisional) {}

  record HolidayView(
      LocalDate day,
      DayKind kind,
      String name,
      boolean provisional,
      String updatedBy,
      Instant updatedAt) {
    static HolidayView of(Holiday h) {
      return new HolidayView(
          h.getDay(),
          h.getKind(),
          h.getName(),
          h.isProvisional(),
          h.getUpdatedBy(),
          h.getUpdatedAt());
    }
  }

  record DeadlineView(
      LocalDate from, int duration, DeadlineUnit unit, LocalDate due, boolean dueIsWorkingDay) {}
}
