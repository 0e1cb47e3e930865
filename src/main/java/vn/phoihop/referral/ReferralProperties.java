package vn.phoihop.referral;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of case referrals ({@code phoihop.referral.*}). The legal clocks that are unconfirmed or
 * left to policy (docs/domain.md#legal-clocks) live here or in the deadline policy, never in code.
 *
 * @param transferWorkingDaysWhenConsidering "transfer immediately" (signs of crime found while
 *     considering a penalty) as a working-day target; 0 = by the end of the opening day
 * @param transferWorkingDaysWhenEnforcing found while enforcing a penalty: 3 working days (2020
 *     text)
 * @param maxExtensions extensions of the decision clock (2: the investigation body's, then the
 *     Procuracy's)
 * @param maxExtensionMonths months one extension may add (2)
 * @param extensionRequestDaysBeforeExpiry an extension must be recorded at least this many calendar
 *     days before the clock expires (5)
 * @param sanctionDaysWithVerification the administrative penalty's clock after the return when
 *     verification is needed: 45 calendar days (2012 text, unconfirmed; 30 without, in the deadline
 *     policy of {@code Task_HandleAdministratively})
 * @param maxDocumentSize largest document accepted
 * @param allowedContentTypes media types accepted for documents
 */
@ConfigurationProperties("phoihop.referral")
record ReferralProperties(
    Integer transferWorkingDaysWhenConsidering,
    Integer transferWorkingDaysWhenEnforcing,
    Integer maxExtensions,
    Integer maxExtensionMonths,
    Integer extensionRequestDaysBeforeExpiry,
    Integer sanctionDaysWithVerification,
    DataSize maxDocumentSize,
    List<String> allowedContentTypes) {

  static final List<String> DEFAULT_TYPES =
      List.of(
          "application/pdf",
          "image/jpeg",
          "image/png",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  ReferralProperties {
    transferWorkingDaysWhenConsidering = orDefault(transferWorkingDaysWhenConsidering, 1);
    transferWorkingDaysWhenEnforcing = orDefault(transferWorkingDaysWhenEnforcing, 3);
    maxExtensions = orDefault(maxExtensions, 2);
    maxExtensionMonths = orDefault(maxExtensionMonths, 2);
    extensionRequestDaysBeforeExpiry = orDefault(extensionRequestDaysBeforeExpiry, 5);
    sanctionDaysWithVerification = orDefault(sanctionDaysWithVerification, 45);
    maxDocumentSize = maxDocumentSize == null ? DataSize.ofMegabytes(20) : maxDocumentSize;
    allowedContentTypes =
        allowedContentTypes == null || allowedContentTypes.isEmpty()
            ? DEFAULT_TYPES
            : List.copyOf(allowedContentTypes);
  }

  private static Integer orDefault(Integer value, int fallback) {
    return value == null ? fallback : value;
  }
}
