package vn.phoihop.shared;

import java.time.LocalDate;

/**
 * How many information items PhoiHop carried between one party of an agreement and the others in a
 * window: each request and each reply counts once for the asking and once for the answering party.
 * Implemented by {@code vn.phoihop.inforequest} and read by the evaluation's report pre-fill, so
 * that the evaluation (below the agreement) needs no dependency on the requests (above it).
 */
public interface InformationExchangeCounts {

  /**
   * Items exchanged under {@code agreementCode} by {@code agencyCode}, asking or answering, from
   * {@code from} to {@code to}, both days included ({@link Clocks#ZONE}).
   */
  long exchanged(String agreementCode, String agencyCode, LocalDate from, LocalDate to);
}
