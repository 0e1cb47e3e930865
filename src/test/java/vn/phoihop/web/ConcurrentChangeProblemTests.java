package vn.phoihop.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** A stale version on /api/v1 is a 409 problem telling the user to reload, not a 500. */
class ConcurrentChangeProblemTests {

  private final ApiExceptionHandler handler =
      new ApiExceptionHandler(org.springframework.util.unit.DataSize.ofMegabytes(25));

  @Test
  void aStaleAggregateVersionIsAConflict() {
    ProblemDetail problem =
        handler.handleConcurrentChange(
            new ObjectOptimisticLockingFailureException("vn.phoihop.agreement.Agreement", 42L));
    assertThat(problem.getStatus()).isEqualTo(409);
    assertThat(problem.getTitle()).isEqualTo("Conflict");
    assertThat(problem.getDetail()).contains("tải lại");
  }

  @Test
  void theEnginesConcurrentChangeIsAConflictToo() {
    ProblemDetail problem =
        handler.handleConcurrentChange(new OptimisticLockingException("ENGINE-03005"));
    assertThat(problem.getStatus()).isEqualTo(409);
  }
}
