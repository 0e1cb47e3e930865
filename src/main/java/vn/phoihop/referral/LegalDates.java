package vn.phoihop.referral;

import java.time.LocalDate;
import vn.phoihop.shared.Clocks;
import vn.phoihop.shared.DomainException;
import vn.phoihop.shared.FormInput;
import vn.phoihop.shared.Texts;
import vn.phoihop.shared.VietnameseFormats;

/**
 * The legal dates users record on a referral (docs/domain.md#legal-dates): the day of the legal
 * event a clock counts from, entered as dd/mm/yyyy. A legal date is a day in Vietnam (the working
 * day's bounds are Vietnam's midnight, whatever the server's zone); it is not after today and not
 * before the previous legal event of the case. The time the user recorded it is kept beside it
 * ({@link ReferralEvent#recordedLateDays()}).
 */
final class LegalDates {

  private LegalDates() {}

  /**
   * The legal date in {@code field}: required, dd/mm/yyyy, not after today and not before {@code
   * notBefore} (the previous legal event, named {@code previousEvent} in the refusal), when given.
   */
  static LocalDate require(
      Object value, String field, String what, LocalDate notBefore, String previousEvent) {
    LocalDate date = FormInput.requiredFormDate(field, value, what);
    LocalDate today = Clocks.today();
    if (date.isAfter(today)) {
      throw DomainException.invalid(
          field,
          Texts.text(
              "referral.legalDate.future",
              FormInput.capitalize(what),
              VietnameseFormats.date(today)));
    }
    if (notBefore != null && date.isBefore(notBefore)) {
      throw DomainException.invalid(
          field,
          Texts.text(
              "referral.legalDate.beforePrevious",
              FormInput.capitalize(what),
              previousEvent,
              VietnameseFormats.date(notBefore)));
    }
    return date;
  }
}
