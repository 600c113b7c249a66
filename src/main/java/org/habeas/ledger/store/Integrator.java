package org.habeas.ledger.store;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.habeas.ledger.CheckpointSigned;
import org.habeas.ledger.LedgerSettings;
import org.habeas.ledger.checkpoint.Checkpoint;
import org.habeas.ledger.merkle.MerkleHash;
import org.habeas.ledger.note.SignedNote;
import org.habeas.ledger.store.Checkpoints.StoredCheckpoint;
import org.habeas.ledger.store.TreeHeads.TreeHead;
import org.habeas.ledger.tiles.TileUpdate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the outbox into the log (docs/design/ledger-research.md §7.4, step 2): under the
 * integration lock, takes a batch of queued leaves, gives them the next indices, extends the tiles,
 * records the new tree, and then signs a checkpoint of it.
 *
 * <p>Integration and signing are separate transactions on purpose: a checkpoint is only ever signed
 * for a tree already committed, so a failed commit can never leave the signer remembering a tree
 * that the next batch, perhaps in another order, would contradict.
 */
@Component
public class Integrator {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final TransactionTemplate tx;
  private final IntegrationLock lock;
  private final Outbox outbox;
  private final Leaves leaves;
  private final StoredTiles tiles;
  private final TreeHeads heads;
  private final Checkpoints checkpoints;
  private final LogSigner signer;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final LedgerSettings settings;

  /** Creates an integrator; each application instance has one. */
  public Integrator(
      PlatformTransactionManager transactions,
      IntegrationLock lock,
      Outbox outbox,
      Leaves leaves,
      StoredTiles tiles,
      TreeHeads heads,
      Checkpoints checkpoints,
      LogSigner signer,
      ApplicationEventPublisher events,
      Clock clock,
      LedgerSettings settings) {
    this.tx = new TransactionTemplate(transactions);
    this.lock = lock;
    this.outbox = outbox;
    this.leaves = leaves;
    this.tiles = tiles;
    this.heads = heads;
    this.checkpoints = checkpoints;
    this.signer = signer;
    this.events = events;
    this.clock = clock;
    this.settings = settings;
  }

  /**
   * Integrates everything queued and signs a checkpoint of the result, waiting for the lock if
   * another integrator has it; for tests and tools that need the log up to date now.
   */
  public void integrateNow() {
    while (!(patiently(this::integrateBatch) instanceof IntegrationOutcome.Idle)) {
      // Until the outbox is empty.
    }
    patiently(() -> signCheckpoint(true));
  }

  /** Integrates what is queued if no other integrator is at work, then signs when due. */
  public void integrateAvailable() {
    IntegrationOutcome outcome;
    do {
      outcome = integrateBatch();
    } while (outcome instanceof IntegrationOutcome.Integrated(int count, long size)
        && count == settings.batchSize());
    if (!(outcome instanceof IntegrationOutcome.Busy)) {
      // Also when idle: the last batch may have waited for the checkpoint interval to pass.
      signCheckpoint(false);
    }
  }

  /** Integrates one batch in one transaction, if the lock is free. */
  public IntegrationOutcome integrateBatch() {
    return tx.execute(
        status -> {
          if (!lock.tryLock()) {
            return new IntegrationOutcome.Busy();
          }
          TreeHead head = heads.latest();
          List<PendingLeaf> batch = outbox.oldest(settings.batchSize());
          if (batch.isEmpty()) {
            return new IntegrationOutcome.Idle(head.size());
          }
          TileUpdate update =
              TileUpdate.append(
                  head.size(),
                  tiles,
                  batch.stream().map(p -> MerkleHash.leafHash(p.leaf())).toList());
          tiles.extend(head.size(), update.tiles());
          leaves.addAll(head.size(), batch);
          heads.add(new TreeHead(update.treeSize(), update.rootHash()), clock.instant());
          outbox.remove(batch);
          return new IntegrationOutcome.Integrated(batch.size(), update.treeSize());
        });
  }

  /**
   * Signs and stores a checkpoint of the current tree if it has none yet and, unless {@code now},
   * the last one is older than the checkpoint interval; then announces it.
   */
  public IntegrationOutcome signCheckpoint(boolean now) {
    IntegrationOutcome outcome =
        tx.execute(
            status -> {
              if (!lock.tryLock()) {
                return new IntegrationOutcome.Busy();
              }
              TreeHead head = heads.latest();
              Optional<StoredCheckpoint> last = checkpoints.latest();
              if (last.isPresent() && !due(last.get(), head, now)) {
                return new IntegrationOutcome.Idle(head.size());
              }
              SignedNote note =
                  signer.sign(
                      Checkpoint.of(signer.origin(), head.size(), head.rootHash()),
                      tiles,
                      last.map(stored -> SignedNote.parse(stored.note())));
              checkpoints.add(
                  new StoredCheckpoint(
                      head.size(), head.rootHash(), note.encoded(), clock.instant()));
              return new IntegrationOutcome.Signed(head.size(), note.encoded());
            });
    if (outcome instanceof IntegrationOutcome.Signed(long size, String note)) {
      events.publishEvent(new CheckpointSigned(size, note));
    }
    return outcome;
  }

  private boolean due(StoredCheckpoint last, TreeHead head, boolean now) {
    return last.treeSize() != head.size()
        && (now || !clock.instant().isBefore(last.signedAt().plus(settings.checkpointEvery())));
  }

  private IntegrationOutcome patiently(Supplier<IntegrationOutcome> step) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    IntegrationOutcome outcome = step.get();
    while (outcome instanceof IntegrationOutcome.Busy) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the ledger integration lock stayed busy for " + PATIENCE);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted waiting for the ledger integration lock", e);
      }
      outcome = step.get();
    }
    return outcome;
  }
}
