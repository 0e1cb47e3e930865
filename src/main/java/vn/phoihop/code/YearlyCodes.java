package vn.phoihop.code;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one numbering mechanism of PhoiHop: codes {@code <PREFIX>-<year>-<nnnn>} ({@code
 * QC-2026-0001}, {@code KH-2026-0001}, {@code CHS-2026-0007}), numbered from 1 per prefix and year.
 *
 * <p>How it stays correct when many users create at once, on H2 and PostgreSQL alike:
 *
 * <ol>
 *   <li>Each prefix has one row in {@code code_series}, created by a Flyway migration, never at run
 *       time. {@link #next} locks it ({@code select … for update}) in the caller's transaction, so
 *       everyone numbering with that prefix queues there until the holder commits or rolls back.
 *   <li>Under that lock the year's row in {@code code_counter} is incremented, or inserted with 1
 *       when the year has none yet. Nobody else can insert or change it meanwhile, so there is no
 *       insert race to lose on the first code of a year, and no unique violation to recover from.
 *       Both databases run at READ COMMITTED: the statements after the lock see what the previous
 *       holder committed.
 * </ol>
 *
 * The number belongs to the caller's transaction ({@link Propagation#MANDATORY}): a creation that
 * rolls back gives its number back, so the codes of the creations that succeed are consecutive,
 * without gaps. The price is that creations with the same prefix are serialised from the moment
 * they take a number until they commit. PostgreSQL waits for a lock as long as it takes; H2's
 * session default is 2 seconds, which a burst of creations can exceed, so on H2 the wait for this
 * lock is raised to {@value #H2_LOCK_WAIT_MILLIS} ms and set back once it is held.
 *
 * <p>A new prefix is added by a migration ({@code insert into code_series}); an unknown one is
 * refused.
 */
@Component
public class YearlyCodes {

  /** How long an H2 session waits for a series that another creation holds. */
  static final int H2_LOCK_WAIT_MILLIS = 60_000;

  private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,10}");

  private final JdbcTemplate jdbc;
  private volatile Boolean h2;

  public YearlyCodes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The next code of the prefix for the year, e.g. {@code next("QC", 2026)} → {@code QC-2026-0001}
   * for the year's first. Must run in the transaction that stores what the code names.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String prefix, int year) {
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("Code prefix must be 2 to 10 capital letters: " + prefix);
    }
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("Code year must have four digits: " + year);
    }
    lockSeries(prefix);
    int updated =
        jdbc.update(
            "update code_counter set last_value = last_value + 1"
                + " where prefix = ? and code_year = ?",
            prefix,
            year);
    if (updated == 0) {
      jdbc.update(
          "insert into code_counter (prefix, code_year, last_value) values (?, ?, 1)",
          prefix,
          year);
    }
    Integer number =
        jdbc.queryForObject(
            "select last_value from code_counter where prefix = ? and code_year = ?",
            Integer.class,
            prefix,
            year);
    return String.format("%s-%d-%04d", prefix, year, number);
  }

  private void lockSeries(String prefix) {
    Integer previousWait = null;
    if (isH2()) {
      previousWait = jdbc.queryForObject("select lock_timeout()", Integer.class);
      jdbc.execute("set lock_timeout " + H2_LOCK_WAIT_MILLIS);
    }
    List<String> locked;
    try {
      locked =
          jdbc.queryForList(
              "select prefix from code_series where prefix = ? for update", String.class, prefix);
    } finally {
      if (previousWait != null) {
        jdbc.execute("set lock_timeout " + previousWait);
      }
    }
    if (locked.isEmpty()) {
      throw new IllegalArgumentException(
          "Code prefix " + prefix + " is not registered: add it to code_series in a migration");
    }
  }

  private boolean isH2() {
    Boolean known = h2;
    if (known == null) {
      known =
          jdbc.execute(
              (ConnectionCallback<Boolean>)
                  con -> "H2".equalsIgnoreCase(con.getMetaData().getDatabaseProductName()));
      h2 = known;
    }
    return known;
  }
}
