package vn.phoihop.agency;

import java.time.Instant;

/**
 * An entry of the registry's audit.
 *
 * @param action {@code CREATED}, {@code RENAMED}, {@code MOVED} or {@code CLOSED}
 * @param details what changed, in Vietnamese (before → after)
 */
public record AgencyChangeView(
    long id,
    String agencyCode,
    String action,
    String changedBy,
    Instant changedAt,
    String reason,
    String details) {}
