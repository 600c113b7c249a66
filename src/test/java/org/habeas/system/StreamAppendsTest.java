package org.habeas.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/** How an entry lands on an append-only stream, without a database. */
class StreamAppendsTest {

  @Test
  void theNextSeqFollowsTheLastUnlessTheCallersViewIsStale() {
    assertThat(StreamAppends.next(4, null, "x.stale")).isEqualTo(5);
    assertThat(StreamAppends.next(4, 4, "x.stale")).isEqualTo(5);
    assertThatThrownBy(() -> StreamAppends.next(4, 3, "x.stale"))
        .isInstanceOfSatisfying(
            Problem.class,
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.CONFLICT);
              assertThat(p.code()).isEqualTo("x.stale");
              assertThat(p.args()).containsExactly(3, 4);
            });
  }

  @Test
  void anEntryLandsThenCommitsAndATakenSeqCommitsNothing() {
    var done = new ArrayList<String>();
    StreamAppends.land("x.conflict", () -> done.add("insert"), () -> done.add("commit"));
    assertThat(done).containsExactly("insert", "commit");

    done.clear();
    assertThatThrownBy(
            () ->
                StreamAppends.land(
                    "x.conflict",
                    () -> {
                      throw new DuplicateKeyException("seq taken");
                    },
                    () -> done.add("commit")))
        .isInstanceOfSatisfying(
            Problem.class,
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.CONFLICT);
              assertThat(p.code()).isEqualTo("x.conflict");
            });
    assertThat(done).isEmpty();
  }
}
