package vn.phoihop.referral;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Allocates referral numbers {@code CHS-<year>-<4 digits>}: one counter row per year, incremented
 * in the caller's transaction. The update locks the row, so two openings never get the same number,
 * and a rolled-back opening gives its number back.
 */
@Component
class ReferralCodes {

  static final String PREFIX = "CHS";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;

  ReferralCodes(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactionManager);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  String next(int year) {
    ensureCounter(year);
    jdbc.update(
        "update case_referral_sequence set last_number = last_number + 1 where code_year = ?",
        year);
    Integer number =
        jdbc.queryForObject(
            "select last_number from case_referral_sequence where code_year = ?",
            Integer.class,
            year);
    return String.format("%s-%d-%04d", PREFIX, year, number);
  }

  /** The year's row, created in a transaction of its own so that a race on it aborts nothing. */
  private void ensureCounter(int year) {
    Integer rows =
        jdbc.queryForObject(
            "select count(*) from case_referral_sequence where code_year = ?", Integer.class, year);
    if (rows != null && rows > 0) {
      return;
    }
    try {
      separateTransaction.executeWithoutResult(
          status ->
              jdbc.update(
                  "insert into case_referral_sequence (code_year, last_number) values (?, 0)",
                  year));
    } catch (DataIntegrityViolationException alreadyCreated) {
      // Another opening created the row first: fine.
    }
  }
}
