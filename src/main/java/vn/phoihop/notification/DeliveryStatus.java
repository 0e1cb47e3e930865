package vn.phoihop.notification;

/** Where a stored notification is on its way to the recipient. */
enum DeliveryStatus {
  /** Stored, waiting for (another) delivery attempt. */
  PENDING,
  /** Handed to the SMTP server. */
  SENT,
  /**
   * Cannot be delivered as things stand (no mail server configured, recipient without e-mail).
   * Kept.
   */
  UNDELIVERABLE,
  /** Gave up after the configured number of attempts. Kept. */
  FAILED
}
