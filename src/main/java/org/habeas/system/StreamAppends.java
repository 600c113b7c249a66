package org.habeas.system;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How an entry lands on an append-only stream (a custody record's events, a complaint's timeline, a
 * visit's or recommendation's changes): at the stream's next seq, in a row whose primary key
 * (stream, seq) is the concurrency guard, and committed to the ledger in the same transaction, or
 * not at all. Each module keeps its own table and its own ledger call; this is the part they share.
 *
 * <p>Two appends computed from the same state both take the same seq; the second insert waits for
 * the first and then fails on the key. A stream whose writers decided on what they read refuses the
 * second ({@link #land}: it must read again); a stream whose writers do not depend on each other
 * takes the next seq and lands it ({@link #landNext}).
 */
@Component
public class StreamAppends {

  /**
   * Each failed attempt of {@link #landNext} means another writer landed an entry on the stream, so
   * the attempts a writer needs are bounded by how many write at once.
   */
  private static final int MAX_ATTEMPTS = 50;

  private final TransactionTemplate savepoint;

  StreamAppends(PlatformTransactionManager transactions) {
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * The seq after {@code last}; a conflict ({@code staleCode}, with the expected and the actual
   * last seq) when the caller expected another last seq: its view of the stream is stale.
   */
  public static int next(int last, @Nullable Integer expectedLast, String staleCode) {
    if (expectedLast != null && expectedLast != last) {
      throw new Problem(Problem.Kind.CONFLICT, staleCode, List.of(), expectedLast, last);
    }
    return last + 1;
  }

  /**
   * Lands an entry at the seq its writer computed: {@code insert} writes the row, then {@code
   * commit} commits it to the ledger. Another entry already at that seq refuses this one as a
   * conflict ({@code conflictCode}), before anything is committed.
   */
  public static void land(String conflictCode, Runnable insert, Runnable commit) {
    try {
      insert.run();
    } catch (DuplicateKeyException e) {
      throw new Problem(Problem.Kind.CONFLICT, conflictCode, List.of());
    }
    commit.run();
  }

  /**
   * Lands an entry at the stream's next seq as the database has it ({@code nextSeq}), retried
   * behind a savepoint with the seq after when another writer took it; then commits it to the
   * ledger ({@code commit}). In the caller's transaction; returns the seq.
   */
  public int landNext(
      String conflictCode, IntSupplier nextSeq, IntConsumer insert, IntConsumer commit) {
    int seq = 0;
    for (int attempt = 1; seq == 0; attempt++) {
      try {
        seq =
            savepoint.execute(
                s -> {
                  int next = nextSeq.getAsInt();
                  insert.accept(next);
                  return next;
                });
      } catch (DuplicateKeyException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw Problem.conflict(conflictCode);
        }
      }
    }
    commit.accept(seq);
    return seq;
  }
}
