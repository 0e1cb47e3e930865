package vn.phoihop.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.PhoiHopIntegrationTest;

/**
 * The numbering mechanism itself, on the test database (H2, or PostgreSQL with the {@code postgres}
 * profile): many threads taking the first numbers of a year at once.
 */
@PhoiHopIntegrationTest
class YearlyCodesTests {

  /** A prefix only these tests use; its series row is registered here as a migration would. */
  private static final String PREFIX = "TST";

  private static final int THREADS = 32;

  @Autowired YearlyCodes codes;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  @BeforeEach
  void freshTestSeries() {
    if (jdbc.queryForObject(
            "select count(*) from code_series where prefix = ?", Integer.class, PREFIX)
        == 0) {
      jdbc.update("insert into code_series (prefix) values (?)", PREFIX);
    }
    jdbc.update("delete from code_counter where prefix = ?", PREFIX);
  }

  @Test
  void thirtyTwoThreadsTakingTheFirstNumbersOfAYearGetDistinctConsecutiveCodes() throws Exception {
    List<String> issued = inParallel(i -> codeInTransaction(2040, false));

    assertThat(issued)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, THREADS)
                .mapToObj(n -> String.format("TST-2040-%04d", n))
                .toList());
    assertThat(counter(2040)).isEqualTo(THREADS);
  }

  @Test
  void aRolledBackCreationGivesItsNumberBackSoCommittedCodesHaveNoGaps() throws Exception {
    // Every other thread rolls back after taking its number.
    List<String> committed =
        inParallel(i -> codeInTransaction(2041, i % 2 == 1)).stream()
            .filter(code -> !code.isEmpty())
            .toList();

    assertThat(committed)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, THREADS / 2)
                .mapToObj(n -> String.format("TST-2041-%04d", n))
                .toList());
    assertThat(counter(2041)).isEqualTo(THREADS / 2);
  }

  @Test
  void aCreationQueuesBehindASlowOneLongerThanTheDatabasesDefaultLockWait() throws Exception {
    // H2 gives up on a lock after 2 seconds by default; the series lock is held until commit.
    CountDownLatch taken = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<String> slow =
          pool.submit(
              () ->
                  new TransactionTemplate(transactionManager)
                      .execute(
                          status -> {
                            String code = codes.next(PREFIX, 2044);
                            taken.countDown();
                            sleep(3_000);
                            return code;
                          }));
      assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();
      long before = System.nanoTime();

      String queued = codeInTransaction(2044, false);

      assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThan(Duration.ofSeconds(2));
      assertThat(slow.get(30, TimeUnit.SECONDS)).isEqualTo("TST-2044-0001");
      assertThat(queued).isEqualTo("TST-2044-0002");
    } finally {
      pool.shutdownNow();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void yearsAndPrefixesAreNumberedSeparately() {
    assertThat(codeInTransaction(2042, false)).isEqualTo("TST-2042-0001");
    assertThat(codeInTransaction(2042, false)).isEqualTo("TST-2042-0002");
    assertThat(codeInTransaction(2043, false)).isEqualTo("TST-2043-0001");
    assertThat(codeInTransaction(2042, false)).isEqualTo("TST-2042-0003");
  }

  @Test
  void anUnregisteredPrefixIsRefused() {
    TransactionTemplate tx = new TransactionTemplate(transactionManager);
    assertThatThrownBy(() -> tx.execute(s -> codes.next("ZZZ", 2040)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ZZZ");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from code_counter where prefix = 'ZZZ'", Integer.class))
        .isZero();
  }

  @Test
  void aCodeIsTakenOnlyInsideTheTransactionThatStoresIt() {
    assertThatThrownBy(() -> codes.next(PREFIX, 2040))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  /** The code taken in a transaction of its own, or "" when that transaction rolled back. */
  private String codeInTransaction(int year, boolean rollBack) {
    TransactionTemplate tx = new TransactionTemplate(transactionManager);
    return tx.execute(
        status -> {
          String code = codes.next(PREFIX, year);
          if (rollBack) {
            status.setRollbackOnly();
            return "";
          }
          return code;
        });
  }

  private int counter(int year) {
    return jdbc.queryForObject(
        "select last_value from code_counter where prefix = ? and code_year = ?",
        Integer.class,
        PREFIX,
        year);
  }

  private interface Work {
    String run(int thread) throws Exception;
  }

  /** Runs the work on {@link #THREADS} threads released at the same moment. */
  private static List<String> inParallel(Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch ready = new CountDownLatch(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        int thread = i;
        Callable<String> task =
            () -> {
              ready.countDown();
              start.await();
              return work.run(thread);
            };
        futures.add(pool.submit(task));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      start.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> future : futures) {
        results.add(future.get(120, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
