package org.habeas.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** What a failed after-commit listener leaves in the log names nobody. */
class AfterCommitFailureTest {

  @Test
  void keepsTheRecordTheEventAndTheKindOfFailureButNotTheFailuresWords() {
    var refused =
        new DataIntegrityViolationException(
            "new row violates check constraint; Failing row contains (Дәурен Сапаров, kicked)");
    var failure = new AfterCommitFailure("complaints.raise-from-custody", "rec-1", 2, refused);

    assertThat(failure.getMessage())
        .contains("complaints.raise-from-custody", "rec-1", "seq 2")
        .contains(DataIntegrityViolationException.class.getName())
        .doesNotContain("Дәурен", "Сапаров", "kicked", "Failing row");
    assertThat(failure.getCause()).isNull();
    assertThat(failure.getSuppressed()).isEmpty();
    assertThat(failure.getStackTrace()).isEqualTo(refused.getStackTrace());
  }
}
