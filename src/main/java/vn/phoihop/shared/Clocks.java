package vn.phoihop.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock and the one time zone of PhoiHop. "Now" is the engine's clock ({@link ClockUtil}),
 * so process tests that move the engine clock move every deadline, timestamp and outbox retry with
 * it; in production it is the system clock. Days are counted in Vietnam's time zone whatever the
 * server's default zone is.
 */
public final class Clocks {

  /** Vietnam's time zone (UTC+7, no daylight saving): working days and legal dates live in it. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** The engine clock as a {@link Clock}, also exposed as the application's {@code Clock} bean. */
  public static final Clock ENGINE = new EngineClock(ZONE);

  private Clocks() {}

  /** The current instant on the engine clock. */
  public static Instant now() {
    return ENGINE.instant();
  }

  /** Today in Vietnam on the engine clock. */
  public static LocalDate today() {
    return LocalDate.now(ENGINE);
  }

  /** The day an instant falls on in Vietnam. */
  public static LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  private static final class EngineClock extends Clock {

    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new EngineClock(other);
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }
  }
}
